package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kamcomp.launcher.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A run in the browser: sales operations runs a quarter, reviews and publishes it; a KAM reads
 * their statement line by line; their manager finds it among the team's.
 */
class StatementPagesIT {

  /** A published statement of kate's peer kai. */
  static long kaisStatement() {
    for (var st : Api.get("/statements?participant=kai", "mona").json().get("items")) {
      if (st.get("participant").asText().equals("kai")) {
        return st.get("id").asLong();
      }
    }
    throw new AssertionError("kai has no published statement");
  }

  static String pdfText(byte[] pdf) throws java.io.IOException {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }

  @Test
  void aQuarterIsRunPublishedAndReadByTheParticipantAndTheirManager() throws Exception {
    String kateStatement;
    try (Browser admin = new Browser()) {
      admin.open(Platform.APP_URL + "/kam/admin/runs.xhtml");
      admin.signIn("alice", "alice");
      assertEquals("Calculation runs", admin.textOf("page-title"));
      // The last quarter ended is chosen already: Q3 2026, published once; this recalculates it.
      admin.choose("runs-form:period", "2026-07-01/2026-09-30");
      admin.click("runs-form:start");
      // Calculated in the background while the page polls its progress.
      admin
          .wait
          .ignoring(StaleElementReferenceException.class)
          .until(d -> admin.textOf("runs-form:messages").contains("statements"));
      assertTrue(admin.textOf("runs-form:statements").contains("advance"));
      admin.screenshotWholePage("20-run-review");
      admin.click("runs-form:runs:0:publish");
      admin
          .wait
          .until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")))
          .click();
      admin.waitForAjax();
      assertTrue(
          admin.textOf("runs-form:messages").contains("Published"),
          admin.textOf("runs-form:messages"));
    }
    try (Browser kate = new Browser()) {
      kate.open(Platform.APP_URL + "/kam/my/statements.xhtml");
      kate.signIn("kate", "kate");
      assertTrue(kate.textOf("statements").contains("KAM-SCORECARD"));
      assertTrue(kate.textOf("paid-this-year").contains("EUR"), kate.textOf("paid-this-year"));
      kate.driver.findElement(By.id("statements:0:open")).click();
      assertTrue(
          kate.textOf("page-title").startsWith("Statement of Kate Keller"),
          kate.textOf("page-title"));
      String lines = kate.textOf("lines");
      assertTrue(lines.contains("Account revenue") && lines.contains("Attainment = actual"), lines);
      assertTrue(
          kate.textOf("explanation").contains("Advance = max(0, 75 %"), kate.textOf("explanation"));
      assertTrue(kate.isPresent("attainment"), "the chart of attainment against the curves");
      String points = kate.chartData("attainment");
      assertTrue(points.contains("\"x\":"), points);
      kate.screenshotWholePage("21-my-statement");

      // The PDF holds the same figures as the page.
      String statementUrl = kate.driver.getCurrentUrl();
      String id = statementUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
      String pdf = pdfText(kate.fetch(Platform.APP_URL + "/kam/statement.pdf?id=" + id));
      assertTrue(pdf.contains("Kate Keller") && pdf.contains("Account revenue"), pdf);
      assertTrue(pdf.contains(kate.textOf("due").replace(" EUR", "")), pdf);
      java.nio.file.Files.write(
          java.nio.file.Path.of("target/screenshots/21-my-statement.pdf"),
          kate.fetch(Platform.APP_URL + "/kam/statement.pdf?id=" + id));
      kateStatement = id;
      String refused =
          org.junit.jupiter.api.Assertions.assertThrows(
                  IllegalStateException.class,
                  () ->
                      kate.fetch(
                          Platform.APP_URL
                              + "/kam/team/statements.pdf?period=2026-07-01/2026-09-30"))
              .getMessage();
      assertTrue(refused.contains("403"), "a participant has no team PDF: " + refused);
      String missing =
          org.junit.jupiter.api.Assertions.assertThrows(
                  IllegalStateException.class,
                  () -> kate.fetch(Platform.APP_URL + "/kam/statement.pdf?id=" + kaisStatement()))
              .getMessage();
      assertTrue(missing.contains("404"), "another's statement is not found: " + missing);

      // A question about a line goes to sales operations.
      kate.choose("ask-form:line", "Account revenue");
      kate.type("ask-form:question", "Is the Q3 renewal of my largest account counted?");
      kate.click("ask-form:ask");
      assertTrue(kate.textOf("inquiries").contains("Q3 renewal"), kate.textOf("inquiries"));
    }
    try (Browser admin = new Browser()) {
      admin.open(Platform.APP_URL + "/kam/admin/inquiries.xhtml");
      admin.signIn("alice", "alice");
      assertTrue(admin.textOf("inquiries-form:inquiries").contains("Q3 renewal"));
      admin.click("inquiries-form:inquiries:0:decide");
      admin.type("inquiries-form:answer", "Yes: it is in Account revenue, booked 2026-08-14.");
      admin.click("inquiries-form:answer-only");
      assertTrue(
          admin.textOf("inquiries-form:messages").contains("Answered"),
          admin.textOf("inquiries-form:messages"));
      admin.screenshotWholePage("23-inquiries");
    }
    assertTrue(
        Api.get("/inquiries", "kate").body().contains("booked 2026-08-14"),
        "kate reads the answer");
    try (Browser mona = new Browser()) {
      mona.open(Platform.APP_URL + "/kam/team/statements.xhtml");
      mona.signIn("mona", "mona");
      mona.choose("team-form:period", "2026-07-01/2026-09-30");
      String team = mona.textOf("team-form:statements");
      assertTrue(team.contains("Kate Keller") && !team.contains("Anna Albers"), team);
      assertTrue(mona.textOf("total-due").contains("EUR"), "totals");
      long bars = 0;
      for (String count :
          mona.chartData("team-form:distribution").replaceAll("[\\[\\]]", "").split(",")) {
        bars += Long.parseLong(count.trim());
      }
      long rows =
          mona.driver.findElements(By.cssSelector("[id='team-form:statements_data'] > tr")).size();
      assertTrue(bars >= rows, "every statement is in the distribution");
      mona.screenshotWholePage("22-team-statements");
      byte[] teamPdf =
          mona.fetch(Platform.APP_URL + "/kam/team/statements.pdf?period=2026-07-01/2026-09-30");
      java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/22-team.pdf"), teamPdf);
      assertTrue(
          pdfText(mona.fetch(Platform.APP_URL + "/kam/statement.pdf?id=" + kateStatement))
              .contains("Kate Keller"),
          "a manager opens a member's statement PDF");
      String teamText = pdfText(teamPdf);
      assertTrue(
          teamText.contains("Team of Mona Maier")
              && teamText.contains("Kate Keller")
              && teamText.contains("Kai Kruger")
              && !teamText.contains("Anna Albers"),
          "mona's whole line and nobody else: " + teamText);

      // The export holds the same rows as the table: a header and one row per statement.
      java.nio.file.Path xlsx = mona.download("team-form:xlsx");
      try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
        var sheet = book.getSheetAt(0);
        assertEquals("Name", sheet.getRow(0).getCell(0).getStringCellValue());
        boolean kate = false;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          kate |= "Kate Keller".equals(sheet.getRow(r).getCell(0).getStringCellValue());
        }
        assertTrue(kate, "Kate's statement exported");
        assertEquals(bars, sheet.getLastRowNum(), "all rows, every page");
      }
    }
  }
}
