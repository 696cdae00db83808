package org.kamcomp.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kamcomp.scoring.Adjustments;
import org.kamcomp.scoring.Advances;
import org.kamcomp.scoring.FiscalCalendar;
import org.kamcomp.scoring.PayoutStatement;
import org.kamcomp.scoring.PayoutStatement.Kind;
import org.kamcomp.scoring.PayoutStatement.Status;
import org.kamcomp.scoring.Statement;
import org.kamcomp.scoring.Step;

/**
 * Statements as the pipeline makes them, for a KAM scorecard of six measures: revenue, gross margin
 * %, pipeline (gated by margin), share of wallet, a rated account plan and customer satisfaction at
 * weight 0 feeding the modifier. Figures worked out by hand from the engine's rules: target
 * incentive 48,000 a year, Q2. Test-data builders: each part can be changed.
 */
final class Statements {

  static final LocalDate Q2_START = LocalDate.of(2026, 4, 1);
  static final LocalDate Q2_END = LocalDate.of(2026, 6, 30);

  private Statements() {}

  /** A statement being built, by default Q2's period statement of 13,088.06 EUR. */
  static final class Builder {
    Kind kind = Kind.PERIOD;
    Status status = Status.CALCULATED;
    String heldBecause;
    LocalDate scorecardStart = Q2_START;
    int dealsPerLine;
    boolean scorecard = true;
    boolean lines = true;
    BigDecimal earned = dec("13088.06");
    BigDecimal due = dec("13088.06");
    BigDecimal previousDue;
    Advances.Paid advance;
    List<Adjustments.Carried> adjustments = new ArrayList<>();
    List<PayoutStatement.HeldWindfall> held = new ArrayList<>();
    List<String> notes =
        new ArrayList<>(
            List.of(
                "Deal D-2026-0412 is a windfall: its credit of 700000.00 on \"Revenue\" exceeds"
                    + " 50 % of the annual target 1200000 (600000.00); it is held for review"));

    Builder advance(String paidBefore, String amount) {
      kind = Kind.ADVANCE;
      scorecardStart = LocalDate.of(2026, 1, 1);
      earned = dec("24350.40");
      due = dec(amount);
      advance = new Advances.Paid(dec("80"), dec(paidBefore), dec(amount), dec("0.00"), List.of());
      notes.add(
          "Advance = max(0, 80 % x earned to date 24350.40 - advances paid "
              + paidBefore
              + ") = "
              + amount);
      return this;
    }

    Builder held(String because, boolean withScorecard) {
      status = Status.HELD;
      heldBecause = because;
      scorecard = withScorecard;
      lines = false;
      earned = null;
      due = null;
      notes.clear();
      return this;
    }

    Builder longTrails(int deals) {
      dealsPerLine = deals;
      return this;
    }

    Builder recalculates(String before) {
      previousDue = dec(before);
      return this;
    }

    Builder carrying(String reason, String amount) {
      adjustments.add(
          new Adjustments.Carried(String.valueOf(adjustments.size()), reason, dec(amount)));
      due = due.add(dec(amount));
      return this;
    }

    Builder holding(String deal, String credit, String threshold) {
      held.add(new PayoutStatement.HeldWindfall(deal, "REV", dec(credit), dec(threshold)));
      return this;
    }

    PayoutStatement build() {
      Statement card =
          !scorecard
              ? null
              : new Statement(
                  "aschmidt",
                  "KAM-2026",
                  "EUR",
                  scorecardStart.toString(),
                  Q2_END.toString(),
                  status == Status.HELD ? Statement.Status.HELD : Statement.Status.CALCULATED,
                  heldBecause,
                  dec(kind == Kind.PERIOD ? "12000.00" : "24000.00"),
                  lines ? lines(dealsPerLine) : List.of(),
                  lines ? dec("0.00") : null,
                  lines ? dec("1.0375") : null,
                  lines ? dec("473.06") : null,
                  lines ? dec("0.00") : null,
                  lines ? dec("13088.06") : null,
                  lines
                      ? steps(
                          "Target incentive = annual 48000 x 3/12 = 12000.00",
                          "Raw total = sum of the measure payouts = 12615.00",
                          "Modifier on CSAT at 107.50 % attainment: x 1.0375",
                          "Plan cap 2 x target incentive = 24000.00 does not bind",
                          "Payout = 13088.06 EUR")
                      : steps(
                          "Target incentive = annual 48000 x 3/12 = 12000.00",
                          "Held: no rating yet for \"Account plan\"; a missing rating does not pay"
                              + " 0"));
      BigDecimal total =
          adjustments.stream()
              .map(Adjustments.Carried::amount)
              .reduce(dec("0.00"), BigDecimal::add);
      return new PayoutStatement(
          "aschmidt",
          "7",
          "KAM-2026",
          3,
          "EUR",
          kind,
          Q2_START,
          Q2_END,
          scorecardStart,
          Q2_END,
          scorecardStart,
          Q2_END,
          status,
          heldBecause,
          card,
          earned,
          advance,
          null,
          null,
          due == null ? null : due.subtract(total),
          adjustments,
          status == Status.HELD ? null : total,
          due,
          held,
          steps(notes.toArray(String[]::new)));
    }

    StatementView view() {
      return StatementView.of(
          new StatementView.Header(7, "Anna Schmidt", "aschmidt", 3, true, previousDue, false),
          build(),
          FiscalCalendar.JANUARY);
    }
  }

  static Builder statement() {
    return new Builder();
  }

  static List<Step> steps(String... sentences) {
    List<Step> steps = new ArrayList<>();
    for (String s : sentences) {
      steps.add(Step.literal(s));
    }
    return steps;
  }

  private static List<Statement.Line> lines(int dealsPerLine) {
    return List.of(
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
            "Payout = target incentive 12000.00 x weight 40 % x 1.625 = 7800.00"),
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
            "Payout = target incentive 12000.00 x weight 20 % x 0.6 = 1440.00"),
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
            "Payout = target incentive 12000.00 x weight 15 % x 0 = 0.00"),
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
            "Payout = target incentive 12000.00 x weight 15 % x 0.875 = 1575.00"),
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
            "Payout = target incentive 12000.00 x weight 10 % x 1.5 = 1800.00"),
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
  }

  private static Statement.Line line(
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
    List<String> steps = new ArrayList<>();
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
    steps.addAll(List.of(trail));
    return new Statement.Line(
        code,
        name,
        dec(weight),
        dec(target),
        dec(actual),
        dec(attainment),
        dec(payout),
        gatedBy,
        dec(amount),
        steps(steps.toArray(String[]::new)));
  }

  static BigDecimal dec(String s) {
    return s == null ? null : new BigDecimal(s);
  }
}
