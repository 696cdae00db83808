package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamcomp.launcher.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A user signs in through Keycloak's login page, lands on their page, and signs out everywhere. */
class BrowserLoginIT {

  @Test
  void aManagerSignsInSeesTheirLandingPageAndSignsOut() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(Platform.APP_URL + "/kam/");
      assertTrue(
          browser.driver.getCurrentUrl().startsWith(TestPlatform.keycloakUrl() + "/realms/kam/"),
          "sent to Keycloak's login page: " + browser.driver.getCurrentUrl());
      browser.screenshot("01-keycloak-login");
      browser.signIn("mona", "mona");

      assertEquals("My team", browser.textOf("page-title"));
      assertTrue(browser.textOf("signed-in-user").contains("Mona Maier"));
      List<String> menu =
          browser.driver.findElements(By.cssSelector("#menu a")).stream()
              .map(WebElement::getText)
              .map(String::strip)
              .toList();
      assertEquals(
          List.of(
              "My team", "Team statements", "My pay", "My plan", "My statements", "Participants"),
          menu);
      String team = browser.textOf("team");
      assertTrue(team.contains("Kate Keller") && team.contains("Kai Kruger"), team);
      assertTrue(!team.contains("Anna Albers"), "nobody outside mona's line");
      browser.screenshot("02-manager-landing");

      browser.driver.findElement(By.id("logout")).click();
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-again")));
      browser.screenshot("03-signed-out");

      // The Keycloak session ended too: the platform asks for the password again.
      browser.open(Platform.APP_URL + "/kam/");
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }
  }

  @Test
  void salesOperationsLandsOnItsOwnPage() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(Platform.APP_URL + "/kam/");
      browser.signIn("alice", "alice");
      assertEquals("Sales operations", browser.textOf("page-title"));
      browser.screenshot("04-admin-landing");
      browser.open(Platform.APP_URL + "/kam/participants.xhtml");
      // 175 people: the name filter finds one among them.
      browser.type("participants-form:participants:name:filter", "Olsen");
      new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver, java.time.Duration.ofSeconds(10))
          .until(d -> browser.textOf("participants-form:participants").contains("Otto Olsen"));
      String table = browser.textOf("participants-form:participants");
      assertTrue(!table.contains("Anna Albers"), table);
      browser.screenshot("05-participants");
    }
  }

  @Test
  void anAuditorReadsAPlanWithItsCurvesAndItsFitForAnotherRole() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(Platform.APP_URL + "/kam/plans/index.xhtml");
      browser.signIn("otto", "otto");
      assertEquals("Plans", browser.textOf("page-title"));
      browser.driver.findElement(By.linkText("Account manager quota plan")).click();
      assertEquals("Account manager quota plan, version 1", browser.textOf("page-title"));
      assertTrue(browser.textOf("terms").contains("53.85 % of base"));
      browser.wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("#curves canvas")));
      browser.driver.findElement(By.linkText("KAM")).click();
      String findings = browser.textOf("findings");
      assertTrue(
          findings.contains("shorter than the Key account manager's typical sales cycle"),
          findings);
      browser.screenshot("06-plan-fit");
    }
  }
}
