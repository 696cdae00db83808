package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamcomp.launcher.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Sales operations designs a plan in the browser: a KAM balanced scorecard built measure by measure
 * with its curves drawn while they are edited, every broken rule read beside its input and in the
 * summary with nothing saved, then saved and approved. Two admins editing one draft: the second
 * save is refused as a conflict and the first admin's change survives.
 */
class PlanDesignerIT {

  private static final String PLANS = Platform.APP_URL + "/kam/plans/index.xhtml";

  /** Clicks "Approve" on the version page and confirms it in the dialog that asks. */
  private static void approve(Browser browser, String screenshot) throws Exception {
    browser.click("actions:approve");
    var yes =
        browser.wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")));
    if (screenshot != null) {
      browser.screenshot(screenshot);
    }
    yes.click();
    browser.waitForAjax();
  }

  /** A field the API leaves out, or sends as null, when it has no value. */
  private static boolean absent(JsonNode node, String field) {
    return node.path(field).isMissingNode() || node.path(field).isNull();
  }

  /** The problem shown beneath an input of the editor. */
  private static String fieldError(Browser browser, String inputId) {
    return browser
        .byId(inputId)
        .findElement(
            By.xpath(
                "./ancestor::div[contains(@class,'kam-field')][1]"
                    + "//span[contains(@class,'kam-field-error')]"))
        .getText();
  }

  @Test
  void salesOperationsDesignsAKamScorecardReadsEveryBrokenRuleFixesItAndApprovesIt()
      throws Exception {
    String code = PlanApiIT.uniqueCode("KAM-UI");
    try (Browser browser = new Browser()) {
      browser.open(PLANS);
      browser.signIn("alice", "alice");
      browser.click("new-plan");
      assertEquals("New plan", browser.textOf("page-title"));
      browser.screenshotWholePage("designer-01-new-plan");

      browser.type("editor:code", code);
      browser.type("editor:name", "Key account scorecard 2027");
      browser.choose("editor:role", "KAM");
      browser.type("editor:windfall", "50");

      // 1: revenue, already there with the usual curve
      browser.type("editor:measures:0:name", "Account revenue");
      browser.type("editor:measures:0:weight", "50");
      assertTrue(browser.textOf("editor:weight-sum").contains("50 %"));
      // 2: gross margin %
      browser.click("editor:addMeasure");
      browser.type("editor:measures:1:code", "margin");
      browser.type("editor:measures:1:name", "Gross margin %");
      browser.choose("editor:measures:1:data", "MARGIN_PERCENT");
      browser.type("editor:measures:1:weight", "20");
      // 3: the account plan, rated by the manager on 1-5 in steps, uncapped
      browser.click("editor:addMeasure");
      browser.type("editor:measures:2:code", "account-plan");
      browser.type("editor:measures:2:name", "Account plan execution");
      browser.choose("editor:measures:2:perspective", "ACCOUNT_PLAN");
      browser.choose("editor:measures:2:source", "QUALITATIVE");
      assertEquals("", browser.valueOf("editor:measures:2:direction"), "a rating has no direction");
      assertEquals(
          "RATING", browser.valueOf("editor:measures:2:data"), "it is measured on ratings");
      browser.choose("editor:measures:2:curveType", "STEP");
      browser.type("editor:measures:2:cap", "");
      browser.type("editor:measures:2:points:0:attainment", "1");
      browser.type("editor:measures:2:points:0:payout", "0");
      browser.type("editor:measures:2:points:1:attainment", "3");
      browser.type("editor:measures:2:points:2:attainment", "5");
      browser.type("editor:measures:2:weight", "20");
      // the chart follows the edits: steps up at ratings 3 and 5, no cap
      String steps = browser.chartData("editor:measures:2:curve");
      assertTrue(steps.contains("{\"x\":3,\"y\":0},{\"x\":3,\"y\":1}"), steps);
      assertTrue(steps.contains("{\"x\":5,\"y\":1},{\"x\":5,\"y\":2}"), steps);
      // 4: customer satisfaction, feeding the modifier only
      browser.click("editor:addMeasure");
      browser.type("editor:measures:3:code", "csat");
      browser.type("editor:measures:3:name", "Customer satisfaction");
      browser.choose("editor:measures:3:perspective", "CUSTOMER");
      browser.choose("editor:measures:3:data", "RESULT_LATEST");
      browser.click("editor:addGate");
      browser.choose("editor:gates:0:measure", "revenue");
      browser.click("editor:modifierEnabled");
      browser.choose("editor:modifierMeasure", "csat");

      // Break the rules: weights add up to 90 %, margin's curve points go backwards, and a yearly
      // plan paid quarterly without an advance rate.
      assertTrue(browser.textOf("editor:weight-sum").contains("90 %"));
      browser.type("editor:measures:1:points:1:attainment", "0.7");
      String kinked = browser.chartData("editor:measures:1:curve");
      assertTrue(kinked.startsWith("[{\"x\":0.8,\"y\":0.5},{\"x\":0.7,\"y\":1}"), kinked);
      browser.type("editor:advanceRate", "");
      browser.screenshotWholePage("designer-02-curves-while-editing");
      browser.click("editor:save");

      String summary = browser.textOf("editor:summary");
      assertTrue(summary.contains("Nothing was saved. Please fix these 3 problems"), summary);
      assertTrue(
          summary.contains(
              "Measure 2 (Gross margin %), curve point 2, attainment: Attainment must rise from"
                  + " point to point: 0.7 does not come after 0.8"),
          summary);
      assertTrue(
          summary.contains(
              "Scorecard: The weights add up to 90 %; they must add up to exactly 100 %"),
          summary);
      assertTrue(
          summary.contains(
              "Advance rate: Payouts before the period ends are advances: set the advance rate"),
          summary);
      assertEquals(
          "Attainment must rise from point to point: 0.7 does not come after 0.8",
          browser.textOf("editor:measures:1:points:1:point-error").strip());
      assertTrue(
          browser
              .textOf("editor:weight-sum")
              .contains("The weights add up to 90 %; they must add up to exactly 100 %"));
      assertEquals(
          "Payouts before the period ends are advances: set the advance rate",
          fieldError(browser, "editor:advanceRate"));
      assertEquals(
          404, Api.get("/plans/" + code + "/versions/1", "alice").status(), "nothing was saved");
      browser.screenshot("designer-03-problems-summary");
      browser.screenshotWholePage("designer-04-problems-beside-inputs");

      // Fix them and save.
      browser.type("editor:measures:1:points:1:attainment", "1");
      browser.type("editor:measures:3:weight", "10");
      browser.type("editor:advanceRate", "75");
      assertTrue(browser.textOf("editor:weight-sum").contains("100 %"));
      browser.click("editor:save");
      browser.wait.until(d -> d.getCurrentUrl().contains("code=" + code));
      assertEquals("Edit Key account scorecard 2027, version 1", browser.textOf("page-title"));
      assertTrue(
          browser.textOf("editor:messages").contains("Plan " + code + " created"),
          browser.textOf("editor:messages"));
      assertFalse(browser.isPresent("editor:summary"));
      JsonNode saved = Api.get("/plans/" + code + "/versions/1", "alice").json();
      assertEquals("DRAFT", saved.get("status").asText());
      JsonNode measures = saved.get("scorecard").get("measures");
      assertEquals(4, measures.size());
      assertEquals("MARGIN_PERCENT", measures.get(1).get("data").asText());
      assertEquals("account-plan", measures.get(2).get("code").asText());
      assertEquals("RATING", measures.get(2).get("data").asText());
      assertEquals("QUALITATIVE", measures.get(2).get("source").asText());
      assertEquals("STEP", measures.get(2).get("curve").get("type").asText());
      assertTrue(absent(measures.get(2).get("curve"), "cap"));
      assertEquals(
          "revenue", saved.get("scorecard").get("gates").get(0).get("measureCode").asText());
      assertEquals("csat", saved.get("scorecard").get("modifier").get("measureCode").asText());
      browser.screenshot("designer-05-saved");

      // Approve it on the version page.
      browser.open(Platform.APP_URL + "/kam/plans/version.xhtml?code=" + code + "&number=1");
      assertEquals("Key account scorecard 2027, version 1", browser.textOf("page-title"));
      approve(browser, "designer-06-approve-confirm");
      assertTrue(
          browser.textOf("messages").contains("Version 1 of plan " + code + " is approved"),
          browser.textOf("messages"));
      assertTrue(browser.textOf("terms").contains("approved"));
      assertTrue(browser.textOf("terms").contains("by alice"));
      assertFalse(browser.isPresent("actions:approve"));
      assertTrue(browser.isPresent("actions:new-draft"), "the next draft can be started");
      assertEquals(
          "APPROVED",
          Api.get("/plans/" + code + "/versions/1", "alice").json().get("status").asText());
      browser.screenshot("designer-07-approved");

      // An approved version never changes: the designer says so instead of showing a form.
      browser.open(Platform.APP_URL + "/kam/plans/edit.xhtml?code=" + code + "&number=1");
      assertTrue(browser.textOf("not-a-draft").contains("approved and never changes again"));
      assertFalse(browser.isPresent("editor"));
    }
  }

  @Test
  void aSecondAdminsStaleSaveIsRefusedAsAConflictAndTheFirstChangeSurvives() throws Exception {
    String code = PlanApiIT.createDraftPlan("KAM-UI-EDIT");
    String draft = Platform.APP_URL + "/kam/plans/edit.xhtml?code=" + code + "&number=1";
    try (Browser first = new Browser();
        Browser second = new Browser()) {
      for (Browser b : List.of(first, second)) {
        b.open(PLANS);
        b.signIn("alice", "alice");
        b.open(draft);
        assertEquals("Edit Test plan, version 1", b.textOf("page-title"));
      }

      first.type("editor:clawback", "12");
      first.click("editor:save");
      assertTrue(first.textOf("editor:messages").contains("saved"));

      second.type("editor:windfall", "40");
      second.click("editor:save");
      String conflict = second.textOf("editor:conflict");
      assertTrue(conflict.contains("Your changes were not saved."), conflict);
      assertTrue(
          conflict.contains(
              "Someone else changed version 1 of plan " + code + " since you read it"),
          conflict);
      assertEquals("40", second.valueOf("editor:windfall"), "what was typed stays to be noted");
      second.screenshot("designer-08-conflict");

      JsonNode terms = Api.get("/plans/" + code + "/versions/1", "alice").json().get("terms");
      assertEquals(12, terms.get("clawbackWindowMonths").asInt(), "the first save stands");
      assertTrue(absent(terms, "windfallThresholdPercent"), "the stale save changed nothing");

      second.click("editor:reload");
      assertFalse(second.isPresent("editor:conflict"));
      assertEquals("12", second.valueOf("editor:clawback"));
      assertEquals("", second.valueOf("editor:windfall"));
      // Now based on the current version, the second admin's change goes through.
      second.type("editor:windfall", "40");
      second.click("editor:save");
      assertTrue(second.textOf("editor:messages").contains("saved"));
      terms = Api.get("/plans/" + code + "/versions/1", "alice").json().get("terms");
      assertEquals(12, terms.get("clawbackWindowMonths").asInt());
      assertEquals(40, terms.get("windfallThresholdPercent").asInt());

      // An approval names the version shown too: a draft changed since is not approved.
      first.open(Platform.APP_URL + "/kam/plans/version.xhtml?code=" + code + "&number=1");
      JsonNode current = Api.get("/plans/" + code + "/versions/1", "alice").json();
      Api.Reply revised =
          Api.call(
              "PUT",
              "/plans/" + code + "/versions/1",
              Api.token("alice"),
              "{\"version\":"
                  + current.get("version").asLong()
                  + ",\"terms\":"
                  + current.get("terms")
                  + ",\"scorecard\":"
                  + current.get("scorecard")
                  + "}");
      assertEquals(200, revised.status(), revised.body());
      approve(first, null);
      assertTrue(
          first.textOf("messages").contains("since you read it")
              && first.textOf("messages").contains("Nothing was approved"),
          first.textOf("messages"));
      assertEquals(
          "DRAFT",
          Api.get("/plans/" + code + "/versions/1", "alice").json().get("status").asText());
    }
  }

  @Test
  void otherRolesReadAVersionWithoutTheDesignersActions() throws Exception {
    String code = PlanApiIT.createDraftPlan("KAM-UI-READ");
    try (Browser browser = new Browser()) {
      browser.open(PLANS);
      browser.signIn("fiona", "fiona");
      assertFalse(browser.isPresent("new-plan"));
      assertTrue(browser.driver.findElements(By.linkText("Edit")).isEmpty());
      browser.open(Platform.APP_URL + "/kam/plans/version.xhtml?code=" + code + "&number=1");
      assertEquals("Test plan, version 1", browser.textOf("page-title"));
      assertFalse(browser.isPresent("actions"), "no edit, approve or new draft");
    }
  }
}
