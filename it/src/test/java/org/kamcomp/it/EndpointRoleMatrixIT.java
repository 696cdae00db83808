package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kamcomp.api.KamApi;

/**
 * Every JAX-RS resource method of the API, found by reflection, against every demo login, anonymous
 * and a forged token. The expected access of each endpoint is written down here; an endpoint
 * without an entry fails the test, so no new endpoint escapes the matrix.
 */
class EndpointRoleMatrixIT {

  /**
   * Who may call an endpoint: everyone (even without a token), any platform role, or some roles.
   */
  record Access(boolean isPublic, Set<String> roles) {
    static Access everyone() {
      return new Access(true, Set.of());
    }

    static Access anyRole() {
      return new Access(
          false,
          DemoLogins.ROLES.values().stream()
              .flatMap(Set::stream)
              .collect(java.util.stream.Collectors.toSet()));
    }

    static Access roles(String... roles) {
      return new Access(false, Set.of(roles));
    }

    boolean allows(Set<String> userRoles) {
      return isPublic || userRoles.stream().anyMatch(roles::contains);
    }
  }

  private static final Access PLAN_READERS =
      Access.roles("comp-admin", "approver-sales", "approver-finance", "approver-hr", "auditor");
  private static final Access COMP_ADMIN = Access.roles("comp-admin");

  static final Map<String, Access> EXPECTED =
      Map.ofEntries(
          Map.entry("GET /health", Access.everyone()),
          Map.entry("GET /me", Access.anyRole()),
          Map.entry("GET /participants", Access.anyRole()),
          Map.entry("GET /participants/{id}", Access.anyRole()),
          Map.entry("POST /participants", COMP_ADMIN),
          Map.entry("GET /role-profiles", PLAN_READERS),
          Map.entry("POST /role-profiles", COMP_ADMIN),
          Map.entry("GET /plans", PLAN_READERS),
          Map.entry("POST /plans", COMP_ADMIN),
          Map.entry("GET /plans/{code}/versions/{number}", PLAN_READERS),
          Map.entry("PUT /plans/{code}/versions/{number}", COMP_ADMIN),
          Map.entry("POST /plans/{code}/versions/{number}/approval", COMP_ADMIN),
          Map.entry("POST /plans/{code}/versions", COMP_ADMIN),
          Map.entry("GET /plans/{code}/versions/{number}/fit", PLAN_READERS),
          Map.entry("GET /plans/{code}/compare", PLAN_READERS),
          Map.entry("GET /plans/{code}/versions/{number}/history", PLAN_READERS),
          Map.entry("POST /imports/{kind}", COMP_ADMIN),
          Map.entry("GET /imports/{kind}/template", COMP_ADMIN),
          Map.entry("GET /imports", Access.roles("comp-admin", "auditor")),
          Map.entry("GET /accounts", Access.roles("comp-admin", "auditor")),
          Map.entry("GET /accounts/{code}", Access.roles("comp-admin", "auditor")),
          Map.entry("GET /assignments", Access.anyRole()),
          Map.entry("GET /assignments/{id}", Access.anyRole()),
          Map.entry("GET /assignments/{id}/plan", Access.anyRole()),
          Map.entry("POST /assignments", COMP_ADMIN),
          Map.entry("PUT /assignments/{id}/targets", COMP_ADMIN),
          Map.entry("GET /results", Access.anyRole()),
          Map.entry("PUT /results/rating", Access.roles("manager")),
          Map.entry("GET /runs", Access.roles("comp-admin", "auditor")),
          Map.entry("POST /runs", COMP_ADMIN),
          Map.entry("GET /runs/{id}/statements", Access.roles("comp-admin", "auditor")),
          Map.entry("GET /runs/progress", Access.roles("comp-admin", "auditor")),
          Map.entry("POST /runs/{id}/publication", COMP_ADMIN),
          Map.entry("GET /runs/{id}", Access.roles("comp-admin", "auditor")),
          Map.entry("POST /runs/{id}/restart", COMP_ADMIN),
          Map.entry("DELETE /runs/{id}", COMP_ADMIN),
          Map.entry("GET /statements", Access.anyRole()),
          Map.entry("GET /statements/{id}", Access.anyRole()),
          Map.entry("GET /statements/{id}/pdf", Access.anyRole()),
          Map.entry("GET /statements/{id}/versions", Access.anyRole()),
          Map.entry("GET /inquiries", Access.anyRole()),
          Map.entry("POST /inquiries", Access.roles("participant")),
          Map.entry("POST /inquiries/{id}/answer", COMP_ADMIN),
          Map.entry("POST /inquiries/{id}/resolution", COMP_ADMIN),
          Map.entry("GET /adjustments", Access.roles("comp-admin", "auditor")),
          Map.entry("POST /what-if", COMP_ADMIN),
          Map.entry("GET /windfalls", Access.roles("comp-admin", "auditor")),
          Map.entry("GET /windfalls/released", Access.roles("comp-admin", "auditor")),
          Map.entry("POST /windfalls", COMP_ADMIN));

  record Endpoint(String method, String path) {
    String key() {
      return method + " " + path;
    }
  }

  @Test
  void everyEndpointHasAnExpectationAndEveryExpectationAnEndpoint() throws Exception {
    Set<String> found = new TreeSet<>();
    discover().forEach(e -> found.add(e.key()));
    Set<String> missing = new TreeSet<>(found);
    missing.removeAll(EXPECTED.keySet());
    Set<String> stale = new TreeSet<>(EXPECTED.keySet());
    stale.removeAll(found);
    assertTrue(missing.isEmpty(), "endpoints without an expected access: " + missing);
    assertTrue(stale.isEmpty(), "expectations for endpoints that do not exist: " + stale);
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointAgainstEveryCaller() throws Exception {
    long someId = Api.participantId("kate");
    // A draft plan of the matrix's own: the calls below cannot change it (an empty body is
    // invalid, and a plan whose latest version is a draft gets no new draft).
    String planCode = PlanApiIT.createDraftPlan("MATRIX");
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint e : discover()) {
      Access access = EXPECTED.get(e.key());
      if (access == null) {
        continue; // reported by the test above
      }
      // A run that does not exist: the calls must not publish, discard or restart anyone's run.
      String id = e.path().startsWith("/runs/") ? "999999999" : Long.toString(someId);
      String path =
          e.path()
              .replace("{id}", id)
              .replace("{code}", planCode)
              .replace("{number}", "1")
              .replace("{kind}", "accounts");
      String body = e.method().equals("GET") ? null : "{}";
      tests.add(
          DynamicTest.dynamicTest(
              e.key() + " anonymous",
              () -> {
                int status = Api.call(e.method(), path, null, body).status();
                if (access.isPublic()) {
                  assertTrue(status < 400, "public, but answered " + status);
                } else {
                  assertEquals(401, status);
                }
              }));
      tests.add(
          DynamicTest.dynamicTest(
              e.key() + " forged token",
              () -> {
                String[] parts = Api.token("alice").split("\\.");
                String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(5) + "AAAAA";
                int status = Api.call(e.method(), path, forged, body).status();
                if (access.isPublic()) {
                  assertTrue(status < 400 || status == 401, "public, but answered " + status);
                } else {
                  assertEquals(401, status);
                }
              }));
      for (var login : DemoLogins.ROLES.entrySet()) {
        tests.add(
            DynamicTest.dynamicTest(
                e.key() + " as " + login.getKey() + " " + login.getValue(),
                () -> {
                  int status = Api.call(e.method(), path, Api.token(login.getKey()), body).status();
                  if (access.allows(login.getValue())) {
                    assertTrue(
                        status != 401 && status != 403 && status < 500,
                        "allowed, but answered " + status);
                  } else {
                    assertEquals(403, status, "not allowed");
                  }
                }));
      }
    }
    return tests.stream();
  }

  /** Every resource method in the API's classes: HTTP method and path template. */
  static List<Endpoint> discover() throws IOException, URISyntaxException {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Class<?> type : apiClasses()) {
      Path root = type.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      for (Method m : type.getMethods()) {
        String httpMethod = httpMethodOf(m);
        Path sub = m.getAnnotation(Path.class);
        if (httpMethod == null) {
          if (sub != null) {
            fail("sub-resource locator " + m + " is not covered by the matrix; add support");
          }
          continue;
        }
        endpoints.add(new Endpoint(httpMethod, join(root.value(), sub == null ? "" : sub.value())));
      }
    }
    return endpoints;
  }

  private static String join(String a, String b) {
    String path =
        "/" + a.replaceAll("^/|/$", "") + (b.isEmpty() ? "" : "/" + b.replaceAll("^/|/$", ""));
    return path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
  }

  private static String httpMethodOf(Method m) {
    for (Class<? extends Annotation> a :
        List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class)) {
      if (m.isAnnotationPresent(a)) {
        return a.getSimpleName();
      }
    }
    return null;
  }

  private static List<Class<?>> apiClasses() throws IOException, URISyntaxException {
    var location =
        Paths.get(KamApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<java.nio.file.Path> files = Files.walk(location)) {
        files
            .map(f -> location.relativize(f).toString())
            .filter(n -> n.endsWith(".class"))
            .forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(names::add);
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String n : names) {
      if (!n.startsWith("org/kamcomp/api/") || n.contains("$")) {
        continue;
      }
      try {
        // Not initialised: only the annotations and methods of resource classes are read.
        classes.add(
            Class.forName(
                n.replace('/', '.').replace(".class", ""),
                false,
                EndpointRoleMatrixIT.class.getClassLoader()));
      } catch (ClassNotFoundException | NoClassDefFoundError e) {
        throw new IllegalStateException("cannot load API class " + n, e);
      }
    }
    assertTrue(classes.contains(KamApi.class), "the API classes were found");
    return classes;
  }
}
