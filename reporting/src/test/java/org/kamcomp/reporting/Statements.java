package org.kamcomp.reporting;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kamcomp.domain.statement.StatementRecord.Kind;
import org.kamcomp.domain.statement.StatementRecord.Status;

/**
 * Statement documents as the calculation run writes them (see StatementDocument in the calculation
 * module), for a KAM scorecard of six measures: revenue, gross margin %, pipeline (gated by
 * margin), share of wallet, a rated account plan and customer satisfaction at weight 0 feeding the
 * modifier. Figures worked out by hand from the engine's rules: target incentive 48,000 a year, Q2.
 */
final class Statements {

  static final LocalDate Q2_START = LocalDate.of(2026, 4, 1);
  static final LocalDate Q2_END = LocalDate.of(2026, 6, 30);

  private Statements() {}

  static StatementView.Header header(
      Kind kind, Status status, String exception, String earned, String due, String previousDue) {
    return new StatementView.Header(
        "Anna Schmidt",
        "aschmidt",
        "KAM-2026",
        3,
        Q2_START,
        Q2_END,
        kind,
        status,
        exception,
        "EUR",
        dec(earned),
        dec(due),
        dec(previousDue));
  }

  /** Q2's period statement: 13,088.06 EUR, the pipeline gated by margin, a windfall held. */
  static String q2Document() {
    return document("2026-04-01", "2026-06-30", 0).build().toString();
  }

  /**
   * The same statement with every line's trail made long (a crediting step a deal), so that it
   * flows onto a second page.
   */
  static String q2DocumentWithLongTrails(int dealsPerLine) {
    return document("2026-04-01", "2026-06-30", dealsPerLine).build().toString();
  }

  /** The Q2 advance: the scorecard read over the year to date. */
  static String advanceDocument() {
    JsonObjectBuilder doc = document("2026-01-01", "2026-06-30", 0);
    doc.add(
        "notes",
        Json.createArrayBuilder()
            .add(
                "Advance = max(0, 80 % x earned to date 24350.40 - advances paid 13067.52) ="
                    + " 6412.80"));
    return doc.build().toString();
  }

  /** A statement the engine held: no rating for the account plan, no lines, no payout. */
  static String heldDocument() {
    return Json.createObjectBuilder()
        .add("participant", "aschmidt")
        .add("plan", "KAM-2026")
        .add("currency", "EUR")
        .add("periodStart", "2026-04-01")
        .add("periodEnd", "2026-06-30")
        .add("status", "HELD")
        .add("heldBecause", "no rating yet for \"Account plan\"")
        .add("targetIncentive", new BigDecimal("12000.00"))
        .add("lines", Json.createArrayBuilder())
        .addNull("roundingLine")
        .addNull("multiplier")
        .addNull("modifierLine")
        .addNull("capLine")
        .addNull("payout")
        .add(
            "explanation",
            Json.createArrayBuilder()
                .add("Target incentive = annual 48000 x 3/12 = 12000.00")
                .add("Held: no rating yet for \"Account plan\"; a missing rating does not pay 0"))
        .add("notes", Json.createArrayBuilder())
        .build()
        .toString();
  }

  /** What the run writes when it cannot even start the scorecard (no base salary). */
  static String bareHeldDocument() {
    return Json.createObjectBuilder()
        .add("participant", "aschmidt")
        .add("plan", "KAM-2026")
        .add("status", "HELD")
        .add("heldBecause", "aschmidt has no base salary for a target incentive of 20 % of base")
        .build()
        .toString();
  }

  private static JsonObjectBuilder document(String start, String end, int dealsPerLine) {
    JsonArrayBuilder lines =
        Json.createArrayBuilder()
            .add(
                line(
                    "REV",
                    "Revenue",
                    "40",
                    "1200000",
                    "1350000",
                    "112.50",
                    "162.50",
                    null,
                    "7800.00",
                    dealsPerLine,
                    "Attainment = actual 1350000 / target 1200000 = 112.50 %",
                    "LINEAR curve between (1, 1) and (1.2, 2): 1.625",
                    "Payout = target incentive 12000.00 x weight 40 % x 1.625 = 7800.00"))
            .add(
                line(
                    "GM",
                    "Gross margin %",
                    "20",
                    "32.5",
                    "27.3",
                    "84.00",
                    "60.00",
                    null,
                    "1440.00",
                    dealsPerLine,
                    "Attainment = actual 27.3 / target 32.5 = 84.00 %",
                    "LINEAR curve between (0.8, 0.5) and (1, 1): 0.6",
                    "Payout = target incentive 12000.00 x weight 20 % x 0.6 = 1440.00"))
            .add(
                line(
                    "PIPE",
                    "Qualified pipeline",
                    "15",
                    "3600000",
                    "4140000",
                    "115.00",
                    "0.00",
                    "GM",
                    "0.00",
                    dealsPerLine,
                    "Attainment = actual 4140000 / target 3600000 = 115.00 %",
                    "LINEAR curve between (1, 1) and (1.2, 2): 1.75",
                    "Gate: GM attained 84.00 %, below the minimum of 90.00 %: this measure pays 0",
                    "Payout = target incentive 12000.00 x weight 15 % x 0 = 0.00"))
            .add(
                line(
                    "SOW",
                    "Share of wallet",
                    "15",
                    "40",
                    "38",
                    "95.00",
                    "87.50",
                    null,
                    "1575.00",
                    dealsPerLine,
                    "Attainment = actual 38 / target 40 = 95.00 %",
                    "LINEAR curve between (0.8, 0.5) and (1, 1): 0.875",
                    "Payout = target incentive 12000.00 x weight 15 % x 0.875 = 1575.00"))
            .add(
                line(
                    "AP",
                    "Account plan",
                    "10",
                    null,
                    "4",
                    "4.00",
                    "150.00",
                    null,
                    "1800.00",
                    dealsPerLine,
                    "Rating 4, read through the curve",
                    "STEP curve: the step at 4 pays 1.5",
                    "Payout = target incentive 12000.00 x weight 10 % x 1.5 = 1800.00"))
            .add(
                line(
                    "CSAT",
                    "Customer satisfaction",
                    "0",
                    "80",
                    "86",
                    "107.50",
                    "137.50",
                    null,
                    "0.00",
                    dealsPerLine,
                    "Attainment = actual 86 / target 80 = 107.50 %",
                    "LINEAR curve between (1, 1) and (1.2, 2): 1.375",
                    "Weight 0 %: the measure only feeds a gate or the modifier"));
    return Json.createObjectBuilder()
        .add("participant", "aschmidt")
        .add("plan", "KAM-2026")
        .add("currency", "EUR")
        .add("periodStart", start)
        .add("periodEnd", end)
        .add("status", "CALCULATED")
        .addNull("heldBecause")
        .add("targetIncentive", new BigDecimal("12000.00"))
        .add("lines", lines)
        .add("roundingLine", new BigDecimal("0.00"))
        .add("multiplier", new BigDecimal("1.0375"))
        .add("modifierLine", new BigDecimal("473.06"))
        .add("capLine", new BigDecimal("0.00"))
        .add("payout", new BigDecimal("13088.06"))
        .add(
            "explanation",
            Json.createArrayBuilder()
                .add("Target incentive = annual 48000 x 3/12 = 12000.00")
                .add("Raw total = sum of the measure payouts = 12615.00")
                .add("Modifier on CSAT at 107.50 % attainment: x 1.0375")
                .add("Plan cap 2 x target incentive = 24000.00 does not bind")
                .add("Payout = 13088.06 EUR"))
        .add(
            "notes",
            Json.createArrayBuilder()
                .add("Deal D-2026-0412 is a windfall on \"Revenue\", held for review"));
  }

  private static JsonObjectBuilder line(
      String code,
      String name,
      String weight,
      String target,
      String actual,
      String attainment,
      String payout,
      String gatedBy,
      String amount,
      int deals,
      String... trail) {
    JsonObjectBuilder l =
        Json.createObjectBuilder().add("measureCode", code).add("measureName", name);
    number(l, "weightPercent", weight);
    number(l, "target", target);
    number(l, "actual", actual);
    number(l, "attainmentPercent", attainment);
    number(l, "payoutPercent", payout);
    if (gatedBy == null) {
      l.addNull("gatedBy");
    } else {
      l.add("gatedBy", gatedBy);
    }
    number(l, "amount", amount);
    JsonArrayBuilder steps = Json.createArrayBuilder();
    for (int i = 1; i <= deals; i++) {
      steps.add(
          "Deal D-2026-"
              + (1000 + i)
              + " credited 100 % to aschmidt: TCV €"
              + (i * 12_500)
              + " (24 months), first-year value €"
              + (i * 6_250)
              + " – within the ≤12-month rule");
    }
    List.of(trail).forEach(steps::add);
    l.add("trail", steps);
    return l;
  }

  private static void number(JsonObjectBuilder b, String name, String value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, new BigDecimal(value));
    }
  }

  static BigDecimal dec(String s) {
    return s == null ? null : new BigDecimal(s);
  }
}
