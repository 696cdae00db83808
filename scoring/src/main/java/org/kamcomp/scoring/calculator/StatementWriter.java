package org.kamcomp.scoring.calculator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kamcomp.scoring.Adjustments;
import org.kamcomp.scoring.PayoutStatement;
import org.kamcomp.scoring.Statement;
import org.kamcomp.scoring.Step;

/**
 * Writes statements as the three outputs' bytes: each statement's part of {@code statements.json}
 * (an element of its {@code "statements"} array, after a comma), its rows of {@code statements.csv}
 * and its row of {@code payouts.csv}. A statement's bytes depend on nothing but the statement, so
 * chunks of statements are written apart (in parallel) and put one after another.
 */
final class StatementWriter {

  static final String CSV_HEADER =
      "participant,plan,period_start,period_end,kind,status,line,measure,weight_percent,target,"
          + "actual,attainment_percent,payout_percent,gated_by,amount,currency\n";
  static final String PAYOUTS_HEADER =
      "participant,plan,date,kind,earned,amount,balance,held_windfalls\n";

  private static final PrettyJson.Field PARTICIPANT = PrettyJson.field("participant");
  private static final PrettyJson.Field PLAN = PrettyJson.field("plan");
  private static final PrettyJson.Field CURRENCY = PrettyJson.field("currency");
  private static final PrettyJson.Field KIND = PrettyJson.field("kind");
  private static final PrettyJson.Field PERIOD_START = PrettyJson.field("periodStart");
  private static final PrettyJson.Field PERIOD_END = PrettyJson.field("periodEnd");
  private static final PrettyJson.Field SCORECARD_START = PrettyJson.field("scorecardStart");
  private static final PrettyJson.Field SCORECARD_END = PrettyJson.field("scorecardEnd");
  private static final PrettyJson.Field ASSIGNED_FROM = PrettyJson.field("assignedFrom");
  private static final PrettyJson.Field ASSIGNED_TO = PrettyJson.field("assignedTo");
  private static final PrettyJson.Field STATUS = PrettyJson.field("status");
  private static final PrettyJson.Field HELD_BECAUSE = PrettyJson.field("heldBecause");
  private static final PrettyJson.Field TARGET_INCENTIVE = PrettyJson.field("targetIncentive");
  private static final PrettyJson.Field LINES = PrettyJson.field("lines");
  private static final PrettyJson.Field MEASURE_CODE = PrettyJson.field("measureCode");
  private static final PrettyJson.Field MEASURE_NAME = PrettyJson.field("measureName");
  private static final PrettyJson.Field WEIGHT_PERCENT = PrettyJson.field("weightPercent");
  private static final PrettyJson.Field TARGET = PrettyJson.field("target");
  private static final PrettyJson.Field ACTUAL = PrettyJson.field("actual");
  private static final PrettyJson.Field ATTAINMENT_PERCENT = PrettyJson.field("attainmentPercent");
  private static final PrettyJson.Field PAYOUT_PERCENT = PrettyJson.field("payoutPercent");
  private static final PrettyJson.Field GATED_BY = PrettyJson.field("gatedBy");
  private static final PrettyJson.Field AMOUNT = PrettyJson.field("amount");
  private static final PrettyJson.Field TRAIL = PrettyJson.field("trail");
  private static final PrettyJson.Field ROUNDING_LINE = PrettyJson.field("roundingLine");
  private static final PrettyJson.Field MULTIPLIER = PrettyJson.field("multiplier");
  private static final PrettyJson.Field MODIFIER_LINE = PrettyJson.field("modifierLine");
  private static final PrettyJson.Field CAP_LINE = PrettyJson.field("capLine");
  private static final PrettyJson.Field EXPLANATION = PrettyJson.field("explanation");
  private static final PrettyJson.Field EARNED = PrettyJson.field("earned");
  private static final PrettyJson.Field ADVANCE = PrettyJson.field("advance");
  private static final PrettyJson.Field RATE_PERCENT = PrettyJson.field("ratePercent");
  private static final PrettyJson.Field PAID_BEFORE = PrettyJson.field("paidBefore");
  private static final PrettyJson.Field OVERPAID = PrettyJson.field("overpaid");
  private static final PrettyJson.Field DRAW = PrettyJson.field("draw");
  private static final PrettyJson.Field PAID = PrettyJson.field("paid");
  private static final PrettyJson.Field RECOVERED = PrettyJson.field("recovered");
  private static final PrettyJson.Field BALANCE_BEFORE = PrettyJson.field("balanceBefore");
  private static final PrettyJson.Field BALANCE = PrettyJson.field("balance");
  private static final PrettyJson.Field FORGIVEN = PrettyJson.field("forgiven");
  private static final PrettyJson.Field ADJUSTMENTS = PrettyJson.field("adjustments");
  private static final PrettyJson.Field REASON = PrettyJson.field("reason");
  private static final PrettyJson.Field DUE = PrettyJson.field("due");
  private static final PrettyJson.Field HELD_WINDFALLS = PrettyJson.field("heldWindfalls");
  private static final PrettyJson.Field DEAL = PrettyJson.field("deal");
  private static final PrettyJson.Field MEASURE = PrettyJson.field("measure");
  private static final PrettyJson.Field CREDIT = PrettyJson.field("credit");
  private static final PrettyJson.Field THRESHOLD = PrettyJson.field("threshold");
  private static final PrettyJson.Field NOTES = PrettyJson.field("notes");
  private static final PrettyJson.Field PERIOD = PrettyJson.field("period");
  private static final PrettyJson.Field START = PrettyJson.field("start");
  private static final PrettyJson.Field END = PrettyJson.field("end");
  private static final PrettyJson.Field FISCAL_YEAR_START_MONTH =
      PrettyJson.field("fiscalYearStartMonth");
  private static final PrettyJson.Field STATEMENTS = PrettyJson.field("statements");

  private StatementWriter() {}

  // --- statements.json -----------------------------------------------------------------------

  /** The document up to its statements: the period, the fiscal year's start and {@code [}. */
  static void jsonHead(Scenario scenario, Bytes out) {
    PrettyJson g = new PrettyJson(out);
    g.startObject();
    g.objectField(PERIOD);
    g.string(START, scenario.period().start());
    g.string(END, scenario.period().end());
    g.endObject();
    g.number(
        FISCAL_YEAR_START_MONTH,
        scenario.fiscalYearStartMonth() == null ? 1 : scenario.fiscalYearStartMonth());
    g.arrayField(STATEMENTS);
  }

  /** The document after its statements (none: an empty array), and the last line feed. */
  static void jsonTail(long statements, Bytes out) {
    out.ascii(statements == 0 ? " ]\n}\n" : "\n  ]\n}\n");
  }

  /**
   * One statement as an element of the {@code "statements"} array, a comma first (the document's
   * first element is written without it).
   */
  static void json(PayoutStatement s, Bytes out) {
    PrettyJson g = new PrettyJson(out).within(2);
    g.elementObject();
    g.string(PARTICIPANT, s.participant());
    g.string(PLAN, s.plan());
    g.string(CURRENCY, s.currency());
    g.ascii(KIND, s.kind().name());
    g.date(PERIOD_START, s.periodStart());
    g.date(PERIOD_END, s.periodEnd());
    g.date(SCORECARD_START, s.scorecardStart());
    g.date(SCORECARD_END, s.scorecardEnd());
    g.date(ASSIGNED_FROM, s.assignedFrom());
    g.date(ASSIGNED_TO, s.assignedTo());
    g.ascii(STATUS, s.status().name());
    if (s.heldBecause() != null) {
      g.string(HELD_BECAUSE, s.heldBecause());
    }
    Statement card = s.scorecard();
    if (card != null) {
      g.number(TARGET_INCENTIVE, card.targetIncentive());
      g.arrayField(LINES);
      for (Statement.Line l : card.lines()) {
        g.elementObject();
        g.string(MEASURE_CODE, l.measureCode());
        g.string(MEASURE_NAME, l.measureName());
        g.stripped(WEIGHT_PERCENT, l.weightPercent());
        g.stripped(TARGET, l.target());
        g.number(ACTUAL, l.actual());
        g.number(ATTAINMENT_PERCENT, l.attainmentPercent());
        g.number(PAYOUT_PERCENT, l.payoutPercent());
        if (l.gatedBy() != null) {
          g.string(GATED_BY, l.gatedBy());
        }
        g.number(AMOUNT, l.amount());
        steps(g, TRAIL, l.trail());
        g.endObject();
      }
      g.endArray();
      if (card.payout() != null) {
        g.number(ROUNDING_LINE, card.roundingLine());
        g.number(MULTIPLIER, card.multiplier());
        g.number(MODIFIER_LINE, card.modifierLine());
        g.number(CAP_LINE, card.capLine());
      }
      steps(g, EXPLANATION, card.explanation());
    }
    if (s.earned() != null) {
      g.number(EARNED, s.earned());
    }
    if (s.advance() != null) {
      g.objectField(ADVANCE);
      if (s.advance().ratePercent() != null) {
        g.stripped(RATE_PERCENT, s.advance().ratePercent());
      }
      g.number(PAID_BEFORE, s.advance().paidBefore());
      g.number(AMOUNT, s.advance().amount());
      g.number(OVERPAID, s.advance().overpaid());
      g.endObject();
    }
    if (s.draw() != null) {
      g.objectField(DRAW);
      g.ascii(KIND, s.draw().kind().name());
      g.number(DRAW, s.draw().draw());
      g.number(PAID, s.draw().paid());
      g.number(RECOVERED, s.draw().recovered());
      g.number(BALANCE_BEFORE, s.draw().balanceBefore());
      g.number(BALANCE, s.draw().balance());
      g.number(FORGIVEN, s.draw().forgiven());
      g.endObject();
    }
    if (s.overpaid() != null) {
      g.objectField(OVERPAID);
      g.number(RECOVERED, s.overpaid().recovered());
      g.number(BALANCE, s.overpaid().balance());
      g.endObject();
    }
    if (!s.adjustments().isEmpty()) {
      g.arrayField(ADJUSTMENTS);
      for (Adjustments.Carried a : s.adjustments()) {
        g.elementObject();
        g.string(REASON, a.reason());
        g.number(AMOUNT, a.amount());
        g.endObject();
      }
      g.endArray();
    }
    if (s.due() != null) {
      g.number(DUE, s.due());
    }
    if (!s.heldWindfalls().isEmpty()) {
      g.arrayField(HELD_WINDFALLS);
      for (PayoutStatement.HeldWindfall w : s.heldWindfalls()) {
        g.elementObject();
        g.string(DEAL, w.deal());
        g.string(MEASURE, w.measureCode());
        g.number(CREDIT, w.credit());
        g.number(THRESHOLD, w.threshold());
        g.endObject();
      }
      g.endArray();
    }
    steps(g, NOTES, s.notes());
    g.endObject();
  }

  private static void steps(PrettyJson g, PrettyJson.Field name, List<Step> steps) {
    g.arrayField(name);
    StringBuilder text = TEXT.get();
    for (Step step : steps) {
      text.setLength(0);
      step.appendText(text);
      g.element(text);
    }
    g.endArray();
  }

  /** Each thread's buffer for a step's sentence. */
  private static final ThreadLocal<StringBuilder> TEXT =
      ThreadLocal.withInitial(() -> new StringBuilder(256));

  // --- statements.csv --------------------------------------------------------------------------

  private static final byte[] MEASURE_ROW = "MEASURE,".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HELD_ROW = "HELD,".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ROUNDING_ROW = "ROUNDING,,,,,,,,".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MODIFIER_ROW = "MODIFIER,,,,,,,,".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CAP_ROW = "CAP,,,,,,,,".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PAYOUT_ROW = "PAYOUT,,,,,,,,".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DUE_ROW = "DUE,,,,,,,,".getBytes(StandardCharsets.US_ASCII);

  /** A row per scorecard line, then its payout and what is due (one HELD row when held). */
  static void csv(PayoutStatement s, Bytes b) {
    // every row of the statement starts the same: written once, then copied
    int from = b.length();
    start(b, s);
    int to = b.length();
    if (s.isHeld()) {
      b.raw(HELD_ROW).csvText(s.heldBecause()).ascii(",,,,,,,");
      end(b, s, null);
      return;
    }
    Statement card = s.scorecard();
    boolean first = true;
    for (Statement.Line l : card.lines()) {
      if (!first) {
        b.again(from, to);
      }
      first = false;
      b.raw(MEASURE_ROW).csvText(l.measureCode()).raw(',');
      stripped(b, l.weightPercent()).raw(',');
      stripped(b, l.target()).raw(',');
      stripped(b, l.actual()).raw(',');
      stripped(b, l.attainmentPercent()).raw(',');
      stripped(b, l.payoutPercent()).raw(',');
      b.csvText(l.gatedBy()).raw(',');
      end(b, s, l.amount());
    }
    if (!first) {
      b.again(from, to);
    }
    end(b.raw(ROUNDING_ROW), s, card.roundingLine());
    end(b.again(from, to).raw(MODIFIER_ROW), s, card.modifierLine());
    end(b.again(from, to).raw(CAP_ROW), s, card.capLine());
    end(b.again(from, to).raw(PAYOUT_ROW), s, card.payout());
    end(b.again(from, to).raw(DUE_ROW), s, s.due());
  }

  private static Bytes start(Bytes b, PayoutStatement s) {
    b.csvText(s.participant()).raw(',').csvText(s.plan()).raw(',');
    b.date(s.periodStart()).raw(',').date(s.periodEnd()).raw(',');
    return b.ascii(s.kind().name()).raw(',').ascii(s.status().name()).raw(',');
  }

  private static void end(Bytes b, PayoutStatement s, BigDecimal amount) {
    if (amount != null) {
      b.plain(amount);
    }
    b.raw(',').text(s.currency()).raw('\n');
  }

  private static Bytes stripped(Bytes b, BigDecimal x) {
    return x == null ? b : b.stripped(x);
  }

  // --- payouts.csv -----------------------------------------------------------------------------

  /**
   * What the statement pays: a period's payout (after a draw; {@code balance}: the recoverable draw
   * balance), an advance or the true-up ({@code balance}: what an overpaid true-up leaves owed), or
   * HELD; and the windfall deals held.
   */
  static void payout(PayoutStatement s, Bytes b) {
    BigDecimal balance =
        s.draw() != null
            ? s.draw().balance()
            : s.overpaid() != null
                ? s.overpaid().balance()
                : s.due() == null ? null : BigDecimal.ZERO.setScale(s.due().scale());
    b.csvText(s.participant()).raw(',').csvText(s.plan()).raw(',').date(s.periodEnd()).raw(',');
    b.ascii(s.isHeld() ? "HELD" : s.kind().name()).raw(',');
    if (s.earned() != null) {
      b.plain(s.earned());
    }
    b.raw(',');
    if (s.due() != null) {
      b.plain(s.due());
    }
    b.raw(',');
    if (balance != null) {
      b.plain(balance);
    }
    b.raw(',');
    List<PayoutStatement.HeldWindfall> held = s.heldWindfalls();
    if (!held.isEmpty()) {
      StringBuilder deals = new StringBuilder();
      for (PayoutStatement.HeldWindfall w : held) {
        deals.append(deals.length() == 0 ? "" : " ").append(w.deal());
      }
      b.csvText(deals.toString());
    }
    b.raw('\n');
  }
}
