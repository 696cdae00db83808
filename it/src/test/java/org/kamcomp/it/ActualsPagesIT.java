package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kamcomp.launcher.Platform;
import org.openqa.selenium.By;

/**
 * The import, assignment, history and own-plan pages in a real browser, as their users work with
 * them.
 */
class ActualsPagesIT {

  static Path csv(String name, String content) throws Exception {
    Path file = Files.createTempDirectory("kam-import").resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void salesOperationsUploadsABadFileReadsTheRowsThenAGoodOne() throws Exception {
    String a = PlanApiIT.uniqueCode("UI");
    String b = PlanApiIT.uniqueCode("UI");
    try (Browser browser = new Browser()) {
      browser.open(Platform.APP_URL + "/kam/admin/imports.xhtml");
      browser.signIn("alice", "alice");
      browser.choose("import-form:kind", "accounts");
      browser
          .byId("import-form:file")
          .sendKeys(
              csv("bad.csv", "code,name,tier\n" + a + ",Good,key\n" + b + ",,gold\n").toString());
      browser.click("import-form:upload");
      String errors = browser.textOf("import-form:errors");
      assertTrue(errors.contains("name") && errors.contains("is required"), errors);
      assertTrue(errors.contains("\"gold\" is not one of strategic, key, core"), errors);
      assertTrue(browser.textOf("import-form:messages").contains("nothing was imported"));
      browser.screenshotWholePage("10-import-rejected");
      assertEquals(404, Api.get("/accounts/" + a, "alice").status());

      browser.choose("import-form:kind", "accounts");
      browser
          .byId("import-form:file")
          .sendKeys(
              csv("good.csv", "code,name,tier\n" + a + ",Good,key\n" + b + ",Better,core\n")
                  .toString());
      browser.click("import-form:upload");
      assertTrue(
          browser.textOf("import-form:messages").contains("Imported 2 rows: 2 created"),
          browser.textOf("import-form:messages"));
      assertTrue(browser.textOf("recent").contains("accounts"));
      browser.screenshotWholePage("11-import-accepted");
    }
  }

  @Test
  void salesOperationsOpensAParticipantsTargets() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(Platform.APP_URL + "/kam/admin/assignments.xhtml");
      browser.signIn("alice", "alice");
      assertEquals("Plan assignments and targets", browser.textOf("page-title"));
      browser.driver.findElement(By.id("list-form:assignments:0:targets-link")).click();
      browser.waitForAjax();
      assertTrue(browser.textOf("selected").contains(" on "));
      browser.screenshotWholePage("12-assignments");
    }
  }

  @Test
  void aParticipantReadsTheirOwnPlanAndTargets() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(Platform.APP_URL + "/kam/my/plan.xhtml");
      browser.signIn("kate", "kate");
      assertTrue(
          browser.textOf("shown-plan").startsWith("Key account balanced scorecard (version 1)"),
          browser.textOf("shown-plan"));
      assertTrue(browser.textOf("targets").contains("Account revenue"), browser.textOf("targets"));
      browser.screenshotWholePage("13-my-plan");
    }
  }

  @Test
  void anAuditorReadsAVersionsHistory() throws Exception {
    try (Browser browser = new Browser()) {
      // Signed in first: the sign-in round trip does not keep a page's query parameters.
      browser.open(Platform.APP_URL + "/kam/plans/index.xhtml");
      browser.signIn("otto", "otto");
      browser.open(Platform.APP_URL + "/kam/plans/history.xhtml?code=KAM-SCORECARD&number=1");
      String history = browser.textOf("history");
      assertTrue(history.contains("status: DRAFT \u2192 APPROVED"), history);
      assertTrue(history.contains("alice"), history);
      browser.screenshotWholePage("14-history");
    }
  }
}
