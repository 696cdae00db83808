package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A calculator scenario (docs/scenario.schema.json, its fiscal year starting in January, as the
 * test platform's does) loaded into the running platform the way a user would: its plans through
 * the plan API (approved), everything else through the CSV imports, its windfall releases through
 * the API. Every name gets a prefix of its own so that the scenario sits beside the demo company
 * and beside itself loaded again.
 */
final class ScenarioLoad {

  final JsonNode scenario;
  final String prefix;
  final LocalDate start;
  final LocalDate end;
  private final Map<String, JsonNode> plans = new LinkedHashMap<>();

  ScenarioLoad(JsonNode scenario) {
    this.scenario = scenario;
    this.prefix = "s" + Long.toString(System.nanoTime(), 36);
    this.start = LocalDate.parse(scenario.at("/period/start").asText());
    this.end = LocalDate.parse(scenario.at("/period/end").asText());
    scenario.get("plans").forEach(p -> plans.put(p.get("code").asText(), p));
  }

  String username(String participant) {
    return prefix + "-" + participant.toLowerCase();
  }

  String plan(String code) {
    return prefix.toUpperCase() + "-" + code;
  }

  private String account(String code) {
    return prefix.toUpperCase() + "-" + code;
  }

  String deal(String id) {
    return prefix.toUpperCase() + "-" + id;
  }

  List<String> usernames() {
    List<String> names = new ArrayList<>();
    scenario.get("participants").forEach(p -> names.add(username(p.get("id").asText())));
    return names;
  }

  /** Loads the scenario; returns the run periods its plans pay for, in the order to run them. */
  List<LocalDate[]> load() {
    assertEquals(1, scenario.path("fiscalYearStartMonth").asInt(1), "the platform's fiscal year");
    for (JsonNode p : plans.values()) {
      createPlan(p);
    }
    importCsv("participants", participants());
    if (has("teams")) {
      importCsv("accounts", accounts());
      importCsv("account-teams", teams());
    }
    importCsv("assignments", assignments());
    importCsv("targets", targets());
    if (has("deals")) {
      importCsv("transactions", deals());
    }
    if (has("actuals")) {
      importCsv("results", results());
    }
    if (has("releasedWindfalls")) {
      for (JsonNode deal : scenario.get("releasedWindfalls")) {
        Api.Reply r =
            Api.post(
                "/windfalls",
                "alice",
                "{\"deal\":\""
                    + deal(deal.asText())
                    + "\",\"reason\":\"Released in the scenario\"}");
        assertEquals(201, r.status(), r.body());
      }
    }
    return runPeriods();
  }

  private boolean has(String field) {
    return scenario.hasNonNull(field) && scenario.get(field).size() > 0;
  }

  private int performanceMonths(JsonNode p) {
    return p.hasNonNull("performancePeriodMonths")
        ? p.get("performancePeriodMonths").asInt()
        : (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
  }

  private int payoutMonths(JsonNode p) {
    JsonNode advances = p.get("advances");
    if (advances != null && !advances.isNull()) {
      return advances.hasNonNull("everyMonths") ? advances.get("everyMonths").asInt() : 3;
    }
    return performanceMonths(p);
  }

  private static String periodType(int months) {
    return switch (months) {
      case 1 -> "MONTH";
      case 3 -> "QUARTER";
      case 6 -> "HALF_YEAR";
      case 12 -> "YEAR";
      default -> throw new IllegalArgumentException("no period of " + months + " months");
    };
  }

  private void createPlan(JsonNode p) {
    ObjectNode terms = Api.JSON.createObjectNode();
    terms.put("effectiveFrom", start.toString());
    terms.put("targetIncentiveKind", p.at("/targetIncentive/kind").asText());
    terms.set("targetIncentive", p.at("/targetIncentive/value"));
    terms.put("performancePeriod", periodType(performanceMonths(p)));
    terms.put("payoutFrequency", periodType(payoutMonths(p)));
    JsonNode advances = p.get("advances");
    if (advances != null && !advances.isNull()) {
      terms.set("advanceRatePercent", advances.get("ratePercent"));
      terms.put("trueUpForgiven", advances.path("forgiven").asBoolean(false));
    }
    if (p.hasNonNull("planCapMultiple")) {
      terms.set("planCapMultiple", p.get("planCapMultiple"));
    }
    JsonNode c = p.path("crediting");
    terms.put("creditingRule", c.path("rule").asText("ACV"));
    terms.put("overlayAllowed", c.path("overlayAllowed").asBoolean(true));
    if (c.hasNonNull("windfallThresholdPercent")) {
      terms.set("windfallThresholdPercent", c.get("windfallThresholdPercent"));
    }
    terms.put("clawbackWindowMonths", c.path("clawbackWindowMonths").asInt(0));
    JsonNode draw = p.get("draw");
    if (draw != null && !draw.isNull()) {
      terms.put("drawKind", draw.get("kind").asText());
      terms.set("drawAmountPerPeriod", draw.get("amountPerPeriod"));
      terms.put("drawCarriesOver", draw.path("carriesOver").asBoolean(false));
    }
    ArrayNode measures = Api.JSON.createArrayNode();
    for (JsonNode m : p.get("measures")) {
      boolean rated = m.path("rated").asBoolean(false);
      ObjectNode measure = measures.addObject();
      measure.set("code", m.get("code"));
      measure.set("name", m.get("name"));
      measure.put("perspective", rated ? "ACCOUNT_PLAN" : "FINANCIAL");
      measure.put("source", rated ? "QUALITATIVE" : "QUANTITATIVE");
      if (!rated) {
        measure.put("direction", m.path("direction").asText("HIGHER_IS_BETTER"));
      }
      measure.put(
          "data",
          rated
              ? "RATING"
              : switch (m.path("data").asText("GIVEN")) {
                case "GIVEN" -> "RESULT_SUM";
                case "GIVEN_LATEST" -> "RESULT_LATEST";
                default -> m.get("data").asText();
              });
      measure.set("weightPercent", m.get("weightPercent"));
      measure.set("curve", curve(m.get("curve")));
    }
    ArrayNode gates = Api.JSON.createArrayNode();
    for (JsonNode g : p.path("gates")) {
      ObjectNode gate = gates.addObject();
      gate.set("measureCode", g.get("measure"));
      gate.set("minimumAttainment", g.get("minimumAttainment"));
      gate.set("governs", g.has("governs") ? g.get("governs") : Api.JSON.createArrayNode());
    }
    ObjectNode scorecard = Api.JSON.createObjectNode();
    scorecard.set("measures", measures);
    scorecard.set("gates", gates);
    if (p.hasNonNull("modifier")) {
      ObjectNode modifier = scorecard.putObject("modifier");
      modifier.set("measureCode", p.at("/modifier/measure"));
      modifier.set("points", points(p.at("/modifier/points")));
    }
    ObjectNode plan = Api.JSON.createObjectNode();
    plan.put("code", plan(p.get("code").asText()));
    plan.put("name", "Scenario plan " + p.get("code").asText());
    plan.put("roleProfileCode", "KAM");
    plan.set("currency", p.get("currency"));
    plan.set("terms", terms);
    plan.set("scorecard", scorecard);
    Api.Reply created = Api.post("/plans", "alice", plan.toString());
    assertEquals(201, created.status(), created.body());
    Api.Reply approved =
        Api.post(
            "/plans/" + plan(p.get("code").asText()) + "/versions/1/approval",
            "alice",
            "{\"version\":" + created.json().get("version").asLong() + "}");
    assertEquals(200, approved.status(), approved.body());
  }

  private static ObjectNode curve(JsonNode c) {
    ObjectNode curve = Api.JSON.createObjectNode();
    curve.set("type", c.get("type"));
    curve.set("points", points(c.get("points")));
    if (c.hasNonNull("cap")) {
      curve.set("cap", c.get("cap"));
    }
    return curve;
  }

  private static ArrayNode points(JsonNode pairs) {
    ArrayNode points = Api.JSON.createArrayNode();
    for (JsonNode pair : pairs) {
      ObjectNode point = points.addObject();
      point.set("attainment", pair.get(0));
      point.set("payout", pair.get(1));
    }
    return points;
  }

  private String currencyOf(String participant) {
    for (JsonNode a : scenario.get("assignments")) {
      if (a.get("participant").asText().equals(participant)) {
        return plans.get(a.get("plan").asText()).get("currency").asText();
      }
    }
    return plans.values().iterator().next().get("currency").asText();
  }

  private String participants() {
    StringBuilder csv = new StringBuilder("username,full_name,currency,start_date,base_salary\n");
    for (JsonNode p : scenario.get("participants")) {
      String id = p.get("id").asText();
      csv.append(username(id))
          .append(',')
          .append(p.path("name").asText(id).replace(",", " "))
          .append(',')
          .append(currencyOf(id))
          .append(',')
          .append(start.minusYears(1))
          .append(',')
          .append(
              p.hasNonNull("baseSalary") ? p.get("baseSalary").decimalValue().toPlainString() : "")
          .append('\n');
    }
    return csv.toString();
  }

  private String accounts() {
    StringBuilder csv = new StringBuilder("code,name,tier\n");
    TreeSet<String> codes = new TreeSet<>();
    scenario.get("teams").forEach(t -> codes.add(t.get("account").asText()));
    if (has("deals")) {
      scenario.get("deals").forEach(d -> codes.add(d.get("account").asText()));
    }
    codes.forEach(c -> csv.append(account(c)).append(",Account ").append(c).append(",KEY\n"));
    return csv.toString();
  }

  private String teams() {
    StringBuilder csv =
        new StringBuilder("account,username,split_percent,valid_from,valid_to,role\n");
    for (JsonNode t : scenario.get("teams")) {
      csv.append(account(t.get("account").asText()))
          .append(',')
          .append(username(t.get("participant").asText()))
          .append(',')
          .append(t.get("splitPercent").decimalValue().toPlainString())
          .append(',')
          .append(t.path("from").asText(start.toString()))
          .append(',')
          .append(t.path("to").asText(""))
          .append(',')
          .append(t.path("role").asText("PRIMARY"))
          .append('\n');
    }
    return csv.toString();
  }

  private String assignments() {
    StringBuilder csv = new StringBuilder("username,plan,plan_version,valid_from,valid_to\n");
    for (JsonNode a : scenario.get("assignments")) {
      csv.append(username(a.get("participant").asText()))
          .append(',')
          .append(plan(a.get("plan").asText()))
          .append(",1,")
          .append(a.get("from").asText())
          .append(',')
          .append(a.get("to").asText())
          .append('\n');
    }
    return csv.toString();
  }

  /**
   * Targets by period end: a schedule as given; a number for every period becomes one row per
   * period (payout date, for advances) of each fiscal year the assignment touches.
   */
  private String targets() {
    StringBuilder csv = new StringBuilder("username,plan,measure,period_end,target\n");
    for (JsonNode a : scenario.get("assignments")) {
      JsonNode plan = plans.get(a.get("plan").asText());
      String user = username(a.get("participant").asText());
      String code = plan(a.get("plan").asText());
      LocalDate from = LocalDate.parse(a.get("from").asText());
      LocalDate to = LocalDate.parse(a.get("to").asText());
      int months = plan.hasNonNull("advances") ? payoutMonths(plan) : performanceMonths(plan);
      for (Iterator<Map.Entry<String, JsonNode>> it = a.get("targets").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> t = it.next();
        if (t.getValue().isObject()) {
          t.getValue()
              .fields()
              .forEachRemaining(
                  e -> row(csv, user, code, t.getKey(), e.getKey(), e.getValue().decimalValue()));
        } else {
          for (LocalDate d = LocalDate.of(from.getYear(), 1, 1).plusMonths(months).minusDays(1);
              !d.isAfter(LocalDate.of(to.getYear(), 12, 31));
              d = d.plusDays(1).plusMonths(months).minusDays(1)) {
            // The periods the assignment touches (the platform takes no others).
            if (!d.isBefore(from) && !d.minusMonths(months).isAfter(to)) {
              row(csv, user, code, t.getKey(), d.toString(), t.getValue().decimalValue());
            }
          }
        }
      }
    }
    return csv.toString();
  }

  private static void row(
      StringBuilder csv, String user, String plan, String measure, String end, BigDecimal value) {
    csv.append(user)
        .append(',')
        .append(plan)
        .append(',')
        .append(measure)
        .append(',')
        .append(end)
        .append(',')
        .append(value.toPlainString())
        .append('\n');
  }

  /** The currency of the plan a deal credits: that of the first team member's plan. */
  private String dealCurrency(String account) {
    for (JsonNode t : scenario.get("teams")) {
      if (t.get("account").asText().equals(account)) {
        return currencyOf(t.get("participant").asText());
      }
    }
    return plans.values().iterator().next().get("currency").asText();
  }

  private String deals() {
    StringBuilder csv =
        new StringBuilder(
            "id,account,booking_date,amount,currency,margin,contract_term_months,"
                + "first_year_amount,cancelled_on\n");
    for (JsonNode d : scenario.get("deals")) {
      String account = d.get("account").asText();
      csv.append(deal(d.get("id").asText()))
          .append(',')
          .append(account(account))
          .append(',')
          .append(d.get("booked").asText())
          .append(',')
          .append(d.get("amount").decimalValue().toPlainString())
          .append(',')
          .append(d.path("currency").asText(dealCurrency(account)))
          .append(',')
          .append(d.hasNonNull("margin") ? d.get("margin").decimalValue().toPlainString() : "")
          .append(',')
          .append(d.hasNonNull("termMonths") ? d.get("termMonths").asText() : "")
          .append(',')
          .append(
              d.hasNonNull("firstYearAmount")
                  ? d.get("firstYearAmount").decimalValue().toPlainString()
                  : "")
          .append(',')
          .append(d.path("cancelledOn").asText(""))
          .append('\n');
    }
    return csv.toString();
  }

  /** Results and ratings, each on its date (the scenario's end when it has none). */
  private String results() {
    StringBuilder csv = new StringBuilder("username,measure,period_end,value\n");
    for (JsonNode r : scenario.get("actuals")) {
      csv.append(username(r.get("participant").asText()))
          .append(',')
          .append(r.get("measure").asText())
          .append(',')
          .append(r.path("date").asText(end.toString()))
          .append(',')
          .append(r.get("value").decimalValue().toPlainString())
          .append('\n');
    }
    return csv.toString();
  }

  private static void importCsv(String kind, String csv) {
    Api.Reply r = Api.postCsv("/imports/" + kind, "alice", csv);
    assertEquals(200, r.status(), kind + ": " + r.body() + "\n" + csv);
  }

  /**
   * The periods the plans pay for, each a whole period of the fiscal calendar within the
   * scenario's: by end date, the shorter first.
   */
  private List<LocalDate[]> runPeriods() {
    TreeSet<Integer> lengths = new TreeSet<>();
    plans.values().forEach(p -> lengths.add(payoutMonths(p)));
    List<LocalDate[]> periods = new ArrayList<>();
    for (int months : lengths) {
      for (LocalDate s = start;
          !s.plusMonths(months).minusDays(1).isAfter(end);
          s = s.plusMonths(months)) {
        periods.add(new LocalDate[] {s, s.plusMonths(months).minusDays(1)});
      }
    }
    periods.sort((a, b) -> a[1].equals(b[1]) ? b[0].compareTo(a[0]) : a[1].compareTo(b[1]));
    return periods;
  }
}
