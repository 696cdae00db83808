package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plan design over the API, as sales operations uses it: a plan with a draft, invariants answered
 * field by field, a stale edit refused, approval freezing a version, a new draft from it, and the
 * plan-fit check of the demo's AM quota plan on key account managers.
 */
class PlanApiIT {

  private static final String CURVE =
      "{\"type\":\"LINEAR\",\"cap\":2,\"points\":[{\"attainment\":0.8,\"payout\":0.5},"
          + "{\"attainment\":1.0,\"payout\":1.0},{\"attainment\":1.2,\"payout\":2.0}]}";

  static String measure(String code, String perspective, String weight) {
    return "{\"code\":\""
        + code
        + "\",\"name\":\""
        + code
        + "\",\"perspective\":\""
        + perspective
        + "\",\"source\":\"QUANTITATIVE\",\"direction\":\"HIGHER_IS_BETTER\",\"data\":\"BOOKINGS\",\"weightPercent\":"
        + weight
        + ",\"curve\":"
        + CURVE
        + "}";
  }

  static final String TERMS =
      "{\"effectiveFrom\":\"2026-01-01\",\"targetIncentiveKind\":\"PERCENT_OF_BASE\","
          + "\"targetIncentive\":25,\"performancePeriod\":\"YEAR\",\"payoutFrequency\":\"QUARTER\","
          + "\"advanceRatePercent\":75,\"creditingRule\":\"ACV\",\"clawbackWindowMonths\":6}";

  static String scorecard(String revenueWeight, String csatWeight) {
    return "{\"measures\":["
        + measure("revenue", "FINANCIAL", revenueWeight)
        + ","
        + measure("csat", "CUSTOMER", csatWeight)
        + "]}";
  }

  /** A plan code no other test uses. */
  static String uniqueCode(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
  }

  /** Posts a new plan for the demo's KAM role, as the comp admin. */
  static Api.Reply postPlan(String code, String terms, String scorecard) {
    return Api.post(
        "/plans",
        "alice",
        "{\"code\":\""
            + code
            + "\",\"name\":\"Test plan\",\"roleProfileCode\":\"KAM\",\"currency\":\"EUR\","
            + "\"terms\":"
            + terms
            + ",\"scorecard\":"
            + scorecard
            + "}");
  }

  /** Creates a plan with a sound first draft; returns its code. */
  static String createDraftPlan(String prefix) {
    String code = uniqueCode(prefix);
    Api.Reply r = postPlan(code, TERMS, scorecard("60", "40"));
    assertEquals(201, r.status(), r.body());
    return code;
  }

  private static List<String> fields(Api.Reply r) {
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  @Test
  void aBrokenScorecardIsAnsweredFieldByFieldAndNothingIsSaved() {
    String code = uniqueCode("BROKEN");
    Api.Reply r =
        postPlan(
            code,
            TERMS.replace("\"advanceRatePercent\":75,", ""),
            "{\"measures\":["
                + measure("revenue", "FINANCIAL", "60")
                + ","
                + measure("revenue", "CUSTOMER", "30").replace("0.8", "1.5")
                + "]}");
    assertEquals(400, r.status(), r.body());
    assertEquals("application/problem+json", r.contentType());
    assertEquals(
        List.of(
            "advanceRatePercent",
            "scorecard.measures[1].code",
            "scorecard.measures[1].curve.points[1].attainment",
            "scorecard.measures"),
        fields(r));
    assertTrue(
        r.body().contains("The weights add up to 90 %; they must add up to exactly 100 %"),
        r.body());
    assertEquals(404, Api.get("/plans/" + code + "/versions/1", "alice").status());
  }

  @Test
  void aStaleEditIsAConflictAndApprovalFreezesTheVersion() throws Exception {
    String code = createDraftPlan("FLOW");
    String path = "/plans/" + code + "/versions/1";
    JsonNode v1 = Api.get(path, "alice").json();
    long read = v1.get("version").asLong();

    String revision =
        "{\"version\":"
            + read
            + ",\"terms\":"
            + TERMS
            + ",\"scorecard\":"
            + scorecard("70", "30")
            + "}";
    Api.Reply first = Api.call("PUT", path, Api.token("alice"), revision);
    assertEquals(200, first.status(), first.body());
    assertEquals(70, first.json().at("/scorecard/measures/0/weightPercent").asInt());

    Api.Reply stale = Api.call("PUT", path, Api.token("alice"), revision);
    assertEquals(409, stale.status(), "an edit of the version read before the last save");
    assertTrue(stale.json().get("detail").asText().contains("since you read it"));

    long current = first.json().get("version").asLong();
    Api.Reply approved = Api.post(path + "/approval", "alice", "{\"version\":" + current + "}");
    assertEquals(200, approved.status(), approved.body());
    assertEquals("APPROVED", approved.json().get("status").asText());
    assertEquals("alice", approved.json().get("approvedBy").asText());

    ObjectNode again = (ObjectNode) Api.JSON.readTree(revision);
    again.put("version", approved.json().get("version").asLong());
    Api.Reply frozen = Api.call("PUT", path, Api.token("alice"), again.toString());
    assertEquals(409, frozen.status());
    assertTrue(frozen.json().get("detail").asText().contains("can no longer change"));

    Api.Reply v2 = Api.post("/plans/" + code + "/versions", "alice", null);
    assertEquals(201, v2.status(), v2.body());
    assertEquals(2, v2.json().get("number").asInt());
    assertEquals("DRAFT", v2.json().get("status").asText());
    assertEquals(70, v2.json().at("/scorecard/measures/0/weightPercent").asInt());

    String v2Path = "/plans/" + code + "/versions/2";
    String v2Revision =
        "{\"version\":"
            + v2.json().get("version").asLong()
            + ",\"terms\":"
            + TERMS
            + ",\"scorecard\":"
            + scorecard("50", "50")
            + "}";
    assertEquals(200, Api.call("PUT", v2Path, Api.token("alice"), v2Revision).status());
    List<String> differences = new ArrayList<>();
    Api.get("/plans/" + code + "/compare?from=1&to=2", "otto")
        .json()
        .forEach(
            d ->
                differences.add(
                    d.get("element").asText()
                        + ": "
                        + d.get("before").asText()
                        + " -> "
                        + d.get("after").asText()));
    assertEquals(
        List.of("measure revenue weight: 70 % -> 50 %", "measure csat weight: 30 % -> 50 %"),
        differences);
  }

  @Test
  void theDemoAmQuotaPlanDoesNotFitKeyAccountManagers() {
    List<String> onKams = new ArrayList<>();
    Api.get("/plans/AM-QUOTA/versions/1/fit?role=KAM", "otto")
        .json()
        .forEach(f -> onKams.add(f.get("severity").asText() + " " + f.get("rule").asText()));
    assertEquals(
        List.of(
            "HIGH PERIOD_SHORTER_THAN_SALES_CYCLE",
            "HIGH MORE_PAYOUTS_THAN_DEALS",
            "HIGH NO_CUSTOMER_OR_STRATEGIC_MEASURE",
            "HIGH THRESHOLD_MOSTLY_MISSED",
            "WARNING ONE_MEASURE_DOMINATES",
            "WARNING PAY_MIX_OUTSIDE_BAND"),
        onKams);
    // Last year's actuals: most KAM quarters fall below the AM plan's threshold.
    String missed =
        Api.get("/plans/AM-QUOTA/versions/1/fit?role=KAM", "otto")
            .json()
            .get(3)
            .get("message")
            .asText();
    assertTrue(
        missed.matches(
            "Last year \\d+ % of results on \"Booked revenue\" were below its threshold.*"),
        missed);
    assertEquals(
        List.of(),
        Api.get("/plans/KAM-SCORECARD/versions/1/fit", "fiona").json().findValuesAsText("rule"));
  }

  @Test
  void theDemoPlansAreApprovedAndParticipantsDoNotReadPlansYet() {
    List<String> plans = new ArrayList<>();
    Api.get("/plans", "hank")
        .json()
        .forEach(v -> plans.add(v.get("planCode").asText() + " " + v.get("status").asText()));
    assertTrue(plans.contains("AM-QUOTA APPROVED"), plans.toString());
    assertTrue(plans.contains("KAM-SCORECARD APPROVED"), plans.toString());
    assertEquals(403, Api.get("/plans", "kate").status());
  }
}
