package org.kamcomp.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo company, loaded through the platform's own API as the demo comp admin, so it passes the
 * same validation as any user's data. Loading is idempotent: people already there are kept.
 */
public final class DemoData {

  /** A demo person; the demo logins are among them, in the places the product brief gives. */
  public record Person(String username, String fullName, String title, String manager) {}

  public static final List<Person> PEOPLE =
      List.of(
          new Person("victor", "Victor Vance", "Head of Sales", null),
          new Person("mona", "Mona Maier", "Manager, Key Accounts North", "victor"),
          new Person("nils", "Nils Nyberg", "Manager, Accounts South", "victor"),
          new Person("kate", "Kate Keller", "Key Account Manager", "mona"),
          new Person("kai", "Kai Kruger", "Key Account Manager", "mona"),
          new Person("ines", "Ines Ibarra", "Key Account Manager", "mona"),
          new Person("jonas", "Jonas Jansen", "Key Account Manager", "mona"),
          new Person("anna", "Anna Albers", "Account Manager", "nils"),
          new Person("aaron", "Aaron Achterberg", "Account Manager", "nils"),
          new Person("bruno", "Bruno Berger", "Account Manager", "nils"),
          new Person("clara", "Clara Conti", "Account Manager", "nils"),
          new Person("alice", "Alice Adler", "Sales Operations Analyst", null),
          new Person("fiona", "Fiona Fischer", "Finance Controller", null),
          new Person("hank", "Hank Hofmann", "HR Business Partner", null),
          new Person("otto", "Otto Olsen", "Internal Auditor", null));

  /** The demo logins (password = user name) with what each may do. */
  public static final List<String> LOGINS =
      List.of(
          "alice   comp-admin (sales operations)",
          "victor  approver-sales, manager, participant (head of sales)",
          "fiona   approver-finance",
          "hank    approver-hr",
          "mona    manager, participant (key accounts North: kate, kai, ...)",
          "nils    manager, participant (accounts South: anna, aaron, ...)",
          "kate    participant (KAM)        kai    participant (KAM)",
          "anna    participant (AM)         aaron  participant (AM)",
          "otto    auditor");

  private static final Pattern PLAN_CODE = Pattern.compile("\"planCode\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String appUrl;
  private final String keycloakUrl;

  public DemoData(String appUrl, String keycloakUrl) {
    this.appUrl = appUrl;
    this.keycloakUrl = keycloakUrl;
  }

  /** The demo's role profiles: a key account manager and an account manager. */
  static final List<String> ROLE_PROFILES =
      List.of(
          """
          {"code":"KAM","name":"Key account manager","salesCycleMonths":9,
           "opportunitiesPerYear":3,"teamSelling":true,"keyAccount":true,
           "variablePayMinPercent":15,"variablePayMaxPercent":25}""",
          """
          {"code":"AM","name":"Account manager","salesCycleMonths":2,
           "opportunitiesPerYear":24,"teamSelling":false,"keyAccount":false,
           "variablePayMinPercent":30,"variablePayMaxPercent":40}""");

  private static final String STANDARD_CURVE =
      """
      {"type":"LINEAR","cap":2.0,"points":[{"attainment":0.8,"payout":0.5},
       {"attainment":1.0,"payout":1.0},{"attainment":1.2,"payout":2.0}]}""";

  /**
   * The demo's plans: the AM quota plan (a quarter, paid quarterly, one revenue measure, 65/35) and
   * the KAM balanced scorecard (a year with quarterly advances at 75 %, four perspectives, a
   * revenue gate and a customer-satisfaction modifier, 80/20).
   */
  static final List<String> PLANS =
      List.of(
          """
          {"code":"AM-QUOTA","name":"Account manager quota plan","roleProfileCode":"AM",
           "currency":"EUR","terms":{"effectiveFrom":"2025-01-01",
           "targetIncentiveKind":"PERCENT_OF_BASE","targetIncentive":53.85,
           "performancePeriod":"QUARTER","payoutFrequency":"QUARTER","planCapMultiple":2,
           "creditingRule":"ACV","overlayAllowed":false,"clawbackWindowMonths":3},
           "scorecard":{"measures":[{"code":"revenue","name":"Booked revenue",
           "perspective":"FINANCIAL","source":"QUANTITATIVE","direction":"HIGHER_IS_BETTER",
           "data":"BOOKINGS","weightPercent":100,"curve":%s}]}}"""
              .formatted(STANDARD_CURVE),
          """
          {"code":"KAM-SCORECARD","name":"Key account balanced scorecard","roleProfileCode":"KAM",
           "currency":"EUR","terms":{"effectiveFrom":"2025-01-01",
           "targetIncentiveKind":"PERCENT_OF_BASE","targetIncentive":25,
           "performancePeriod":"YEAR","payoutFrequency":"QUARTER","advanceRatePercent":75,
           "planCapMultiple":2,"creditingRule":"FIRST_YEAR","overlayAllowed":true,"windfallThresholdPercent":50,
           "clawbackWindowMonths":6},
           "scorecard":{"measures":[
            {"code":"revenue","name":"Account revenue","perspective":"FINANCIAL",
             "source":"QUANTITATIVE","direction":"HIGHER_IS_BETTER","data":"BOOKINGS","weightPercent":40,"curve":%1$s},
            {"code":"margin","name":"Gross margin %%","perspective":"FINANCIAL",
             "source":"QUANTITATIVE","direction":"HIGHER_IS_BETTER","data":"MARGIN_PERCENT","weightPercent":20,"curve":%1$s},
            {"code":"account-plan","name":"Account plan execution","perspective":"ACCOUNT_PLAN",
             "source":"QUALITATIVE","weightPercent":20,"curve":{"type":"STEP","points":[
             {"attainment":1,"payout":0},{"attainment":2,"payout":0.5},{"attainment":3,"payout":1.0},
             {"attainment":4,"payout":1.5},{"attainment":5,"payout":2.0}]}},
            {"code":"share-of-wallet","name":"Share of wallet","perspective":"CUSTOMER",
             "source":"QUANTITATIVE","direction":"HIGHER_IS_BETTER","data":"RESULT_LATEST","weightPercent":20,"curve":%1$s},
            {"code":"csat","name":"Customer satisfaction","perspective":"CUSTOMER",
             "source":"QUANTITATIVE","direction":"HIGHER_IS_BETTER","data":"RESULT_LATEST","weightPercent":0,"curve":%1$s}],
           "gates":[{"measureCode":"revenue","minimumAttainment":0.5}],
           "modifier":{"measureCode":"csat","points":[{"attainment":0.9,"payout":0.9},
            {"attainment":1.0,"payout":1.0},{"attainment":1.1,"payout":1.1}]}}}"""
              .formatted(STANDARD_CURVE));

  /**
   * Loads the demo company: role profiles and plans through their API, everything else through the
   * CSV imports. Returns how many records were added (0 when everything was there already).
   */
  public int load() throws IOException, InterruptedException {
    String token = tokenFor("alice");
    int added = 0;
    for (String profile : ROLE_PROFILES) {
      added += post("/api/role-profiles", token, profile) ? 1 : 0;
    }
    for (String plan : PLANS) {
      HttpResponse<String> created = send("/api/plans", token, plan);
      if (created.statusCode() == 201) {
        added++;
        // The demo's plans are in force: approve each first version as it was created.
        Matcher code = PLAN_CODE.matcher(created.body());
        Matcher version = VERSION.matcher(created.body());
        if (!code.find() || !version.find()) {
          throw new IllegalStateException("Unexpected plan version: " + created.body());
        }
        send(
            "/api/plans/" + code.group(1) + "/versions/1/approval",
            token,
            "{\"version\":" + version.group(1) + "}");
      }
    }
    DemoCompany company = new DemoCompany(PEOPLE, LocalDate.now(ZoneOffset.UTC));
    added += importCsv("participants", token, company.participantsCsv());
    added += importCsv("accounts", token, company.accountsCsv());
    added += importCsv("account-teams", token, company.accountTeamsCsv());
    added += importCsv("assignments", token, company.assignmentsCsv());
    added += importCsv("targets", token, company.targetsCsv());
    added += importCsv("transactions", token, company.transactionsCsv());
    added += importCsv("results", token, company.resultsCsv());
    return added;
  }

  private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

  /**
   * Publishes the demo's history as sales operations would have: one run for each fiscal quarter
   * from the plans' start to the last quarter ended by {@code today}, each published. Along the way
   * kate asks about her second-to-last statement and sales operations resolves it with an
   * adjustment, which her last statement carries; anna's question on her last statement is still
   * open. Quarters already published are left alone. Returns how many runs it published.
   */
  public int publishHistory(LocalDate today) throws IOException, InterruptedException {
    String alice = tokenFor("alice");
    String runs = get("/api/runs", alice).body();
    List<String> published = new ArrayList<>();
    Matcher o = OBJECT.matcher(runs);
    while (o.find()) {
      if (o.group().contains("\"status\":\"PUBLISHED\"")) {
        published.add(field(o.group(), "periodStart"));
      }
    }
    List<LocalDate> quarters = new ArrayList<>();
    int firstMonth = fiscalYearStartMonth();
    LocalDate q = LocalDate.of(DemoCompany.PRIOR_YEAR - 1, firstMonth, 1);
    while (q.plusMonths(3).isBefore(LocalDate.of(DemoCompany.PRIOR_YEAR, 1, 2))) {
      q = q.plusMonths(3);
    }
    for (; !q.plusMonths(3).minusDays(1).isAfter(today.minusDays(1)); q = q.plusMonths(3)) {
      quarters.add(q);
    }
    int count = 0;
    for (int i = 0; i < quarters.size(); i++) {
      LocalDate start = quarters.get(i);
      if (published.contains(start.toString())) {
        continue;
      }
      LocalDate end = start.plusMonths(3).minusDays(1);
      HttpResponse<String> run =
          send(
              "/api/runs?wait=600",
              alice,
              "{\"periodStart\":\"" + start + "\",\"periodEnd\":\"" + end + "\"}");
      String id = match(ID, run.body(), "a run");
      String status = match(STATUS, run.body(), "a run's status");
      if (!status.equals("CALCULATED")) {
        throw new IllegalStateException(
            "The demo run of " + start + " did not finish: " + run.body());
      }
      send("/api/runs/" + id + "/publication", alice, "");
      count++;
      if (i == quarters.size() - 2) {
        inquiry("kate", start, "Account revenue", RESOLVED_QUESTION, alice, true);
      } else if (i == quarters.size() - 1) {
        inquiry("anna", start, "Booked revenue", OPEN_QUESTION, alice, false);
      }
    }
    return count;
  }

  static final String RESOLVED_QUESTION =
      "A renewal I closed on the last day of the quarter is not in my revenue.";
  static final String OPEN_QUESTION =
      "My revenue is lower than my own tally; which deals were credited to me?";

  /**
   * A participant asks about a line of their statement of the quarter; sales ops may resolve it.
   */
  private void inquiry(
      String username, LocalDate start, String line, String question, String alice, boolean resolve)
      throws IOException, InterruptedException {
    String token = tokenFor(username);
    String list =
        get("/api/statements?participant=" + username + "&periodStart=" + start, token).body();
    String statement = match(ID, list, username + "'s statement of " + start);
    HttpResponse<String> raised =
        send(
            "/api/inquiries",
            token,
            "{\"statementId\":"
                + statement
                + ",\"line\":\""
                + line
                + "\",\"question\":\""
                + question
                + "\"}");
    if (resolve) {
      String id = match(ID, raised.body(), "an inquiry");
      String version = match(VERSION, raised.body(), "an inquiry's version");
      send(
          "/api/inquiries/" + id + "/resolution",
          alice,
          "{\"version\":"
              + version
              + ",\"answer\":\"The renewal was booked to the account after the run; it is"
              + " credited now, with your next statement.\",\"amount\":1250.00}");
    }
  }

  private static int fiscalYearStartMonth() {
    String month = System.getenv("KAM_FISCAL_YEAR_START_MONTH");
    return month == null || month.isBlank() ? 1 : Integer.parseInt(month.strip());
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : "";
  }

  private static String match(Pattern p, String json, String what) {
    Matcher m = p.matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("Expected " + what + " in: " + json);
    }
    return m.group(1);
  }

  private HttpResponse<String> get(String path, String token)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(appUrl + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(1))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + path + " failed: " + r.statusCode() + " " + r.body());
    }
    return r;
  }

  private static final Pattern CREATED = Pattern.compile("\"created\"\\s*:\\s*(\\d+)");

  /** Imports one CSV file of the demo company; returns how many records it created. */
  private int importCsv(String kind, String token, String csv)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(appUrl + "/api/imports/" + kind))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher created = CREATED.matcher(r.body());
    if (r.statusCode() != 200 || !created.find()) {
      throw new IllegalStateException(
          "Importing the demo " + kind + " failed: " + r.statusCode() + " " + r.body());
    }
    return Integer.parseInt(created.group(1));
  }

  /** Posts one demo record; true if it was created, false if it was there already. */
  private boolean post(String path, String token, String json)
      throws IOException, InterruptedException {
    return send(path, token, json).statusCode() == 201;
  }

  /**
   * Posts JSON; a created (201), accepted (200) or existing (409) record is fine, else it fails.
   */
  private HttpResponse<String> send(String path, String token, String json)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(appUrl + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() == 200 || r.statusCode() == 201 || r.statusCode() == 409) {
      return r;
    }
    throw new IllegalStateException(
        "Loading demo data into "
            + path
            + " failed: "
            + r.statusCode()
            + " "
            + r.body()
            + "\n"
            + json);
  }

  /** An access token for a demo login, from the API's public client (password = user name). */
  public String tokenFor(String username) throws IOException, InterruptedException {
    return tokenFor(username, "kam-api");
  }

  /** An access token for a demo login from a public client with direct access grants. */
  public String tokenFor(String username, String clientId)
      throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(username, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(keycloakUrl + "/realms/kam/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = ACCESS_TOKEN.matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException(
          "No token for " + username + " from Keycloak: " + r.statusCode() + " " + r.body());
    }
    return m.group(1);
  }
}
