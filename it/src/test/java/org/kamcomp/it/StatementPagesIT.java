package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kamcomp.launcher.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A run in the browser: sales operations runs a quarter, reviews and publishes it; a KAM reads
 * their statement line by line; their manager finds it among the team's.
 */
class StatementPagesIT {

  @Test
  void aQuarterIsRunPublishedAndReadByTheParticipantAndTheirManager() throws Exception {
    try (Browser admin = new Browser()) {
      admin.open(Platform.APP_URL + "/kam/admin/runs.xhtml");
      admin.signIn("alice", "alice");
      assertEquals("Calculation runs", admin.textOf("page-title"));
      admin.choose("runs-form:quarter", "2026-09");
      admin.click("runs-form:start");
      assertTrue(
          admin.textOf("runs-form:messages").contains("statements"),
          admin.textOf("runs-form:messages"));
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
      kate.driver.findElement(By.id("statements:0:open")).click();
      assertTrue(
          kate.textOf("page-title").startsWith("Statement of Kate Keller"),
          kate.textOf("page-title"));
      String lines = kate.textOf("lines");
      assertTrue(lines.contains("Account revenue") && lines.contains("Attainment = actual"), lines);
      assertTrue(
          kate.textOf("explanation").contains("Advance = max(0, 75 %"), kate.textOf("explanation"));
      kate.screenshotWholePage("21-my-statement");
    }
    try (Browser mona = new Browser()) {
      mona.open(Platform.APP_URL + "/kam/team/statements.xhtml");
      mona.signIn("mona", "mona");
      String team = mona.textOf("team-form:statements");
      assertTrue(team.contains("Kate Keller") && !team.contains("Anna Albers"), team);
      mona.screenshotWholePage("22-team-statements");
    }
  }
}
