package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every page of the UI, found in the web module's sources, against every demo login and an
 * anonymous visitor. A page without an expectation here fails the test.
 */
class PageRoleMatrixIT {

  private static final Set<String> SIGNED_IN = Set.of("*");

  /** Page to the roles that open it ("*": anyone signed in). */
  private static final Set<String> PLAN_READERS =
      Set.of("comp-admin", "approver-sales", "approver-finance", "approver-hr", "auditor");

  static final Map<String, Set<String>> EXPECTED =
      Map.ofEntries(
          Map.entry("/plans/index.xhtml", PLAN_READERS),
          Map.entry("/plans/version.xhtml", PLAN_READERS),
          Map.entry("/plans/edit.xhtml", Set.of("comp-admin")),
          Map.entry("/plans/history.xhtml", PLAN_READERS),
          Map.entry("/plans/compare.xhtml", PLAN_READERS),
          Map.entry("/index.xhtml", SIGNED_IN),
          Map.entry("/no-access.xhtml", SIGNED_IN),
          Map.entry(
              "/participants.xhtml", Set.of("comp-admin", "manager", "participant", "auditor")),
          Map.entry("/admin/index.xhtml", Set.of("comp-admin")),
          Map.entry("/admin/imports.xhtml", Set.of("comp-admin")),
          Map.entry("/admin/assignments.xhtml", Set.of("comp-admin")),
          Map.entry("/admin/runs.xhtml", Set.of("comp-admin")),
          Map.entry("/admin/inquiries.xhtml", Set.of("comp-admin")),
          Map.entry("/admin/whatif.xhtml", Set.of("comp-admin")),
          Map.entry("/statement.xhtml", SIGNED_IN),
          Map.entry("/team/statements.xhtml", Set.of("manager")),
          Map.entry("/my/statements.xhtml", Set.of("participant")),
          Map.entry(
              "/approvals/index.xhtml",
              Set.of("approver-sales", "approver-finance", "approver-hr")),
          Map.entry("/team/index.xhtml", Set.of("manager")),
          Map.entry("/my/index.xhtml", Set.of("participant")),
          Map.entry("/my/plan.xhtml", Set.of("participant")),
          Map.entry("/audit/index.xhtml", Set.of("auditor")));

  static List<String> pages() throws IOException {
    Path webapp = Path.of(System.getProperty("kam.root", ".."), "web/src/main/webapp");
    try (Stream<Path> files = Files.walk(webapp)) {
      return files
          .filter(f -> f.toString().endsWith(".xhtml"))
          .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void everyPageHasAnExpectation() throws IOException {
    Set<String> missing = new TreeSet<>(pages());
    missing.removeAll(EXPECTED.keySet());
    assertTrue(missing.isEmpty(), "pages without expected access: " + missing);
    Set<String> stale = new TreeSet<>(EXPECTED.keySet());
    stale.removeAll(pages());
    assertTrue(stale.isEmpty(), "expectations for pages that do not exist: " + stale);
  }

  @TestFactory
  Stream<DynamicTest> everyPageAgainstEveryLogin() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    List<String> pages = pages();
    tests.add(
        DynamicTest.dynamicTest(
            "anonymous visitors are sent to Keycloak",
            () -> {
              for (String page : pages) {
                WebSession.Page p = WebSession.anonymous().get("/kam" + page);
                assertFalse(p.onThePlatform(), page + " was served without signing in");
                assertTrue(p.body().contains("kc-form-login"), page + " shows the login form");
              }
            }));
    for (var login : DemoLogins.ROLES.entrySet()) {
      tests.add(
          DynamicTest.dynamicTest(
              login.getKey() + " " + login.getValue(),
              () -> {
                WebSession session = WebSession.signIn(login.getKey());
                for (String page : pages) {
                  Set<String> open = EXPECTED.get(page);
                  boolean allowed =
                      open == SIGNED_IN || login.getValue().stream().anyMatch(open::contains);
                  WebSession.Page p = session.get("/kam" + page);
                  assertTrue(p.onThePlatform(), page + " left the platform: " + p.uri());
                  assertEquals(allowed ? 200 : 403, p.status(), page);
                }
              }));
    }
    return tests.stream();
  }

  @Test
  void theSignedOutPageIsOpenToEveryone() throws Exception {
    WebSession.Page p = WebSession.anonymous().get("/kam/signed-out.html");
    assertEquals(200, p.status());
    assertTrue(p.onThePlatform());
  }
}
