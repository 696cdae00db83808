package org.kamcomp.reporting;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kamcomp.domain.statement.CalculationRun;
import org.kamcomp.domain.statement.StatementRecord;
import org.kamcomp.scoring.Advances;
import org.kamcomp.scoring.Draws;
import org.kamcomp.scoring.FiscalCalendar;
import org.kamcomp.scoring.PayoutStatement;
import org.kamcomp.scoring.Statement;
import org.kamcomp.scoring.Step;

/**
 * A statement as a participant reads it, on the page and in the PDF alike: who, what it pays for
 * and what it measured (each span named), what is due, paid before and earned, the scorecard lines
 * with their trails, the rounding, modifier and cap lines, the advance, true-up or draw, the
 * adjustments it carries, and how it was calculated. Built from the typed statement ({@link
 * PayoutStatement}) and a few facts of its record; nothing is recalculated here. Numbers stay
 * {@link BigDecimal}; each has a {@code ...Text} twin written the way statements show figures.
 */
public final class StatementView implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The statement's facts kept on its record: whose, which plan version, whether its run is
   * published, and what the published version it recalculates was due.
   */
  public record Header(
      long statementId,
      String participantName,
      String username,
      int planVersion,
      boolean published,
      BigDecimal previousDue,
      boolean superseded)
      implements Serializable {

    public Header {
      Objects.requireNonNull(participantName, "participantName is required");
    }
  }

  /** One measure's line: what went in, what the rules made of it, the amount, and its trail. */
  public static final class Line implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String measureCode;
    private final String measureName;
    private final BigDecimal weightPercent;
    private final BigDecimal target;
    private final BigDecimal actual;
    private final BigDecimal attainmentPercent;
    private final BigDecimal payoutPercent;
    private final String gatedBy;
    private final BigDecimal amount;
    private final List<String> trail;
    private final String currency;

    Line(Statement.Line l, String currency) {
      this.measureCode = l.measureCode();
      this.measureName = l.measureName() == null ? l.measureCode() : l.measureName();
      this.weightPercent = l.weightPercent();
      this.target = l.target();
      this.actual = l.actual();
      this.attainmentPercent = l.attainmentPercent();
      this.payoutPercent = l.payoutPercent();
      this.gatedBy = l.gatedBy();
      this.amount = l.amount();
      this.trail = l.trail().stream().map(Step::text).toList();
      this.currency = currency;
    }

    public String getMeasureCode() {
      return measureCode;
    }

    public String getMeasureName() {
      return measureName;
    }

    public BigDecimal getWeightPercent() {
      return weightPercent;
    }

    public String getWeightText() {
      return Figures.percentAsEntered(weightPercent);
    }

    public BigDecimal getTarget() {
      return target;
    }

    public String getTargetText() {
      return Figures.plain(target);
    }

    public BigDecimal getActual() {
      return actual;
    }

    public String getActualText() {
      return Figures.plain(actual);
    }

    public BigDecimal getAttainmentPercent() {
      return attainmentPercent;
    }

    /**
     * A rated measure (an account plan rated 1 to 5, say) has no target, and its attainment is the
     * rating itself rather than a percentage.
     */
    public boolean isRated() {
      return target == null && attainmentPercent != null;
    }

    /** "112.50 %", or "rating 4" for a rated measure. */
    public String getAttainmentText() {
      return isRated()
          ? "rating " + Figures.plain(attainmentPercent)
          : Figures.percent(attainmentPercent);
    }

    public BigDecimal getPayoutPercent() {
      return payoutPercent;
    }

    public String getPayoutText() {
      return Figures.percent(payoutPercent);
    }

    /** The gate measure that held this line at 0, or null. */
    public String getGatedBy() {
      return gatedBy;
    }

    public boolean isGated() {
      return gatedBy != null;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public String getAmountText() {
      return Figures.money(amount, currency);
    }

    /** Each step with its inputs and the rule applied, in order. */
    public List<String> getTrail() {
      return trail;
    }
  }

  /** An amount carried from elsewhere (a recalculated period, a resolved inquiry). */
  public static final class Adjustment implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String reason;
    private final BigDecimal amount;
    private final String amountText;

    Adjustment(String reason, BigDecimal amount, String currency) {
      this.reason = reason;
      this.amount = amount;
      this.amountText = Figures.signedMoney(amount, currency);
    }

    public String getReason() {
      return reason;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public String getAmountText() {
      return amountText;
    }
  }

  /**
   * A row between the scorecard's payout and what is due: what the advance, the true-up, the draw
   * or the recovery of an overpaid true-up made of the payout. The rows add up, cent for cent.
   */
  public static final class Settlement implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String label;
    private final String text;
    private final String amountText;

    Settlement(String label, String text, String amountText) {
      this.label = label;
      this.text = text;
      this.amountText = amountText;
    }

    public String getLabel() {
      return label;
    }

    public String getText() {
      return text;
    }

    public String getAmountText() {
      return amountText;
    }
  }

  /** A deal held as a windfall: the deal, the measure, its credit and the threshold. */
  public static final class HeldDeal implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String deal;
    private final String measure;
    private final String creditText;
    private final String thresholdText;

    HeldDeal(PayoutStatement.HeldWindfall w, String currency) {
      this.deal = w.deal();
      this.measure = w.measureCode();
      this.creditText = Figures.money(w.credit(), currency);
      this.thresholdText = Figures.money(w.threshold(), currency);
    }

    public String getDeal() {
      return deal;
    }

    public String getMeasure() {
      return measure;
    }

    public String getCreditText() {
      return creditText;
    }

    public String getThresholdText() {
      return thresholdText;
    }
  }

  private final Header header;
  private final PayoutStatement s;
  private final String periodName;
  private final List<Line> lines;
  private final List<Adjustment> adjustments;
  private final List<Settlement> settlements;
  private final List<HeldDeal> heldDeals;
  private final List<String> explanation;
  private final List<String> notes;

  private StatementView(Header header, PayoutStatement s, FiscalCalendar calendar) {
    this.header = Objects.requireNonNull(header, "header is required");
    this.s = Objects.requireNonNull(s, "statement is required");
    this.periodName = calendar.name(s.periodStart(), s.periodEnd());
    List<Line> read = new ArrayList<>();
    if (s.scorecard() != null) {
      s.scorecard().lines().forEach(l -> read.add(new Line(l, s.currency())));
    }
    this.lines = List.copyOf(read);
    this.adjustments =
        s.adjustments().stream()
            .map(a -> new Adjustment(a.reason(), a.amount(), s.currency()))
            .toList();
    this.heldDeals = s.heldWindfalls().stream().map(w -> new HeldDeal(w, s.currency())).toList();
    this.settlements = settlements(s, periodName);
    this.explanation =
        s.scorecard() == null
            ? List.of()
            : s.scorecard().explanation().stream().map(Step::text).toList();
    this.notes = s.notes().stream().map(Step::text).toList();
  }

  private static List<Settlement> settlements(PayoutStatement s, String periodName) {
    if (s.ownDue() == null || s.earned() == null) {
      return List.of();
    }
    String c = s.currency();
    List<Settlement> rows = new ArrayList<>();
    Advances.Paid a = s.advance();
    if (a != null) {
      String before =
          s.periodStart().isAfter(s.scorecardStart())
              ? "for " + Figures.span(s.scorecardStart(), s.periodStart().minusDays(1))
              : "";
      boolean owed = a.overpaid() != null && a.overpaid().signum() > 0;
      if (s.kind() == PayoutStatement.Kind.ADVANCE) {
        rows.add(
            new Settlement(
                "Advance rate",
                Figures.percentAsEntered(a.ratePercent())
                    + " of earned to date"
                    + (a.amount().signum() > 0 ? "" : ": no more than the advances paid"),
                a.amount().signum() > 0 ? Figures.money(a.amount().add(a.paidBefore()), c) : ""));
      }
      rows.add(
          new Settlement("Advances paid", before, Figures.signedMoney(a.paidBefore().negate(), c)));
      if (owed) {
        rows.add(
            new Settlement(
                "Overpaid",
                "the advances exceeded what was earned; recovered from later payouts",
                Figures.signedMoney(a.overpaid(), c)));
      }
    }
    Draws.Applied d = s.draw();
    if (d != null && d.paid().compareTo(s.earned()) != 0) {
      boolean guarantee = d.kind() == Draws.Kind.GUARANTEE;
      rows.add(
          new Settlement(
              guarantee ? "Guarantee" : "Draw",
              d.paid().compareTo(s.earned()) > 0
                  ? "tops the payout up to the draw of " + Figures.money(d.draw(), c)
                  : "recovers from the balance of " + Figures.money(d.balanceBefore(), c),
              Figures.signedMoney(d.paid().subtract(s.earned()), c)));
    }
    if (s.overpaid() != null && s.overpaid().recovered().signum() > 0) {
      rows.add(
          new Settlement(
              "Overpaid recovered",
              Figures.money(s.overpaid().balance(), c) + " still owed after this statement",
              Figures.signedMoney(s.overpaid().recovered().negate(), c)));
    }
    if (!rows.isEmpty()) {
      rows.add(new Settlement("Due for " + periodName, "", Figures.money(s.ownDue(), c)));
    }
    return List.copyOf(rows);
  }

  /** The view of a stored statement, as its record holds it. */
  public static StatementView of(StatementRecord record, FiscalCalendar calendar) {
    return of(
        new Header(
            record.getId(),
            record.getParticipant().getFullName(),
            record.getParticipant().getUsername(),
            record.getPlanVersion(),
            record.getRun().getStatus() == CalculationRun.Status.PUBLISHED,
            record.getPreviousDue(),
            record.getSupersededById() != null),
        record.toPayoutStatement(),
        calendar);
  }

  /** The view of a statement as the pipeline made it, with the facts of its record. */
  public static StatementView of(Header header, PayoutStatement s, FiscalCalendar calendar) {
    return new StatementView(header, s, calendar);
  }

  public long getStatementId() {
    return header.statementId();
  }

  public String getParticipantName() {
    return header.participantName();
  }

  public String getUsername() {
    return s.participant();
  }

  public String getPlanCode() {
    return s.plan();
  }

  public int getPlanVersion() {
    return header.planVersion();
  }

  /** "KAM-2026 v3". */
  public String getPlanText() {
    return s.plan() + " v" + header.planVersion();
  }

  /** Whether its run is published; else sales operations reviews it before anyone else sees it. */
  public boolean isPublished() {
    return header.published();
  }

  /** Whether a later published recalculation replaced this version. */
  public boolean isSuperseded() {
    return header.superseded();
  }

  public LocalDate getPeriodStart() {
    return s.periodStart();
  }

  public LocalDate getPeriodEnd() {
    return s.periodEnd();
  }

  /** What the statement pays for, named: "Q2 2026 (1 Apr 2026 – 30 Jun 2026)". */
  public String getPeriodText() {
    return periodName + " (" + Figures.period(s.periodStart(), s.periodEnd()) + ")";
  }

  /** The period's days: "1 Apr 2026 – 30 Jun 2026". */
  public String getPeriodDatesText() {
    return Figures.period(s.periodStart(), s.periodEnd());
  }

  /** The period's name alone: "Q2 2026". */
  public String getPeriodName() {
    return periodName;
  }

  /** The span the scorecard measured: "1 Jan 2026 – 30 Jun 2026". */
  public String getScorecardSpanText() {
    return Figures.period(s.scorecardStart(), s.scorecardEnd());
  }

  /**
   * The span the scorecard measured when it is not the period paid for (an advance or true-up reads
   * the performance period to date), else null.
   */
  public String getScorecardPeriodText() {
    if (s.scorecardStart().equals(s.periodStart()) && s.scorecardEnd().equals(s.periodEnd())) {
      return null;
    }
    return getScorecardSpanText();
  }

  /** The days assigned within the scorecard's span, when fewer than all of them, else null. */
  public String getAssignedText() {
    if (s.assignedFrom().equals(s.scorecardStart()) && s.assignedTo().equals(s.scorecardEnd())) {
      return null;
    }
    return Figures.period(s.assignedFrom(), s.assignedTo());
  }

  public PayoutStatement.Kind getKind() {
    return s.kind();
  }

  /** "Period payout", "Advance" or "True-up". */
  public String getKindText() {
    return switch (s.kind()) {
      case PERIOD -> "Period payout";
      case ADVANCE -> "Advance";
      case TRUE_UP -> "True-up";
    };
  }

  /** "Calculated" or "Held". */
  public String getStatusText() {
    return isHeld() ? "Held" : "Calculated";
  }

  public boolean isHeld() {
    return s.isHeld();
  }

  /** Why the statement is held (a missing rating or target, a foreign currency), or null. */
  public String getException() {
    return s.heldBecause();
  }

  public String getCurrency() {
    return s.currency();
  }

  /** What the scorecard earned over its span (null when held). */
  public BigDecimal getEarned() {
    return s.earned();
  }

  public String getEarnedText() {
    return Figures.money(s.earned(), s.currency());
  }

  /** "earned 1 Jan – 30 Jun 2026, to date" and the like. */
  public String getEarnedSpanText() {
    String span = "earned " + Figures.span(s.scorecardStart(), s.scorecardEnd());
    return switch (s.kind()) {
      case PERIOD -> span;
      case ADVANCE -> span + ", to date";
      case TRUE_UP -> span + ", the whole period";
    };
  }

  /** What the statement pays in all: its own due and the adjustments (null when held). */
  public BigDecimal getAmountDue() {
    return s.due();
  }

  public String getAmountDueText() {
    return Figures.money(s.due(), s.currency());
  }

  /** "due for Q2 2026: the advance" and the like. */
  public String getDueSpanText() {
    if (s.due() == null) {
      return "nothing is due while it is held";
    }
    String what =
        switch (s.kind()) {
          case PERIOD -> "the period payout";
          case ADVANCE -> "the advance";
          case TRUE_UP -> "the true-up";
        };
    return "due for "
        + periodName
        + ": "
        + what
        + (adjustments.isEmpty() ? "" : " and adjustments");
  }

  /** What this statement pays for its own period, before adjustments. */
  public BigDecimal getOwnDue() {
    return s.ownDue();
  }

  public String getOwnDueText() {
    return Figures.money(s.ownDue(), s.currency());
  }

  /** For an advance or a true-up: the advances paid before it in the performance period. */
  public BigDecimal getPaidBefore() {
    return s.advance() == null ? null : s.advance().paidBefore();
  }

  public String getPaidBeforeText() {
    return Figures.money(getPaidBefore(), s.currency());
  }

  /** "paid before: advances from 1 Jan 2026 to 31 Mar 2026". */
  public String getPaidBeforeSpanText() {
    if (s.advance() == null || !s.periodStart().isAfter(s.scorecardStart())) {
      return null;
    }
    return "paid for " + Figures.span(s.scorecardStart(), s.periodStart().minusDays(1));
  }

  public BigDecimal getAdvanceRatePercent() {
    return s.advance() == null ? null : s.advance().ratePercent();
  }

  /** The draw's figures as a sentence, or null without a draw. */
  public String getDrawText() {
    if (s.draw() == null) {
      return null;
    }
    boolean guarantee = s.draw().kind() == org.kamcomp.scoring.Draws.Kind.GUARANTEE;
    StringBuilder b =
        new StringBuilder(guarantee ? "Guarantee " : "Recoverable draw ")
            .append(Figures.money(s.draw().draw(), s.currency()))
            .append(" ")
            .append(s.currency());
    if (!guarantee) {
      b.append("; balance before ")
          .append(Figures.money(s.draw().balanceBefore(), s.currency()))
          .append(", recovered ")
          .append(Figures.money(s.draw().recovered(), s.currency()))
          .append(", balance after ")
          .append(Figures.money(s.draw().balance(), s.currency()));
      if (s.draw().forgiven() != null && s.draw().forgiven().signum() > 0) {
        b.append(", forgiven at the plan year's end ")
            .append(Figures.money(s.draw().forgiven(), s.currency()));
      }
    }
    return b.toString();
  }

  public BigDecimal getDraw() {
    return s.draw() == null ? null : s.draw().draw();
  }

  public String getDrawAmountText() {
    return Figures.money(getDraw(), s.currency());
  }

  public BigDecimal getDrawRecovered() {
    return s.draw() == null ? null : s.draw().recovered();
  }

  public String getDrawRecoveredText() {
    return Figures.money(getDrawRecovered(), s.currency());
  }

  public BigDecimal getDrawBalance() {
    return s.draw() == null ? null : s.draw().balance();
  }

  public String getDrawBalanceText() {
    return Figures.money(getDrawBalance(), s.currency());
  }

  public boolean isGuarantee() {
    return s.draw() != null && s.draw().kind() == org.kamcomp.scoring.Draws.Kind.GUARANTEE;
  }

  /** What an overpaid true-up still leaves owed after this statement, or null. */
  public String getOverpaidText() {
    if (s.overpaid() == null) {
      return null;
    }
    return "Overpaid balance: recovered "
        + Figures.money(s.overpaid().recovered(), s.currency())
        + ", "
        + Figures.money(s.overpaid().balance(), s.currency())
        + " still owed";
  }

  /** The amount due of the published statement this one recalculates, or null. */
  public BigDecimal getPreviousDue() {
    return header.previousDue();
  }

  public String getPreviousDueText() {
    return Figures.money(header.previousDue(), s.currency());
  }

  public boolean isRecalculated() {
    return header.previousDue() != null;
  }

  /** What changed against the published version, or null when this is the first version. */
  public BigDecimal getDifference() {
    if (header.previousDue() == null) {
      return null;
    }
    BigDecimal due = s.due() == null ? BigDecimal.ZERO : s.due();
    return due.subtract(header.previousDue());
  }

  /** "+120.00", "−80.00". */
  public String getDifferenceText() {
    return Figures.signedMoney(getDifference(), s.currency());
  }

  public BigDecimal getTargetIncentive() {
    return s.scorecard() == null ? null : s.scorecard().targetIncentive();
  }

  public String getTargetIncentiveText() {
    return Figures.money(getTargetIncentive(), s.currency());
  }

  public List<Line> getLines() {
    return lines;
  }

  /** The rows from the payout to what the period pays (none when the two are the same). */
  public List<Settlement> getSettlements() {
    return settlements;
  }

  public BigDecimal getRoundingLine() {
    return s.scorecard() == null ? null : s.scorecard().roundingLine();
  }

  public String getRoundingLineText() {
    return Figures.money(getRoundingLine(), s.currency());
  }

  public BigDecimal getMultiplier() {
    return s.scorecard() == null ? null : s.scorecard().multiplier();
  }

  /** "× 1.05". */
  public String getMultiplierText() {
    return Figures.factor(getMultiplier());
  }

  public BigDecimal getModifierLine() {
    return s.scorecard() == null ? null : s.scorecard().modifierLine();
  }

  public String getModifierLineText() {
    return Figures.money(getModifierLine(), s.currency());
  }

  public BigDecimal getCapLine() {
    return s.scorecard() == null ? null : s.scorecard().capLine();
  }

  public String getCapLineText() {
    return Figures.money(getCapLine(), s.currency());
  }

  /** The scorecard's payout: what it earned over its span. */
  public BigDecimal getPayout() {
    return s.scorecard() == null ? null : s.scorecard().payout();
  }

  public String getPayoutText() {
    return Figures.money(getPayout(), s.currency());
  }

  /** The adjustments this statement carries, each a line of its own (included in the due). */
  public List<Adjustment> getAdjustments() {
    return adjustments;
  }

  /** The deals held as windfalls on this statement. */
  public List<HeldDeal> getHeldDeals() {
    return heldDeals;
  }

  /** The statement-level steps: target incentive, raw total, modifier, cap, payout. */
  public List<String> getExplanation() {
    return explanation;
  }

  /** Windfalls, advances, draws, recoveries and adjustments, as sentences. */
  public List<String> getNotes() {
    return notes;
  }

  /** The typed statement behind the view. */
  public PayoutStatement getStatement() {
    return s;
  }
}
