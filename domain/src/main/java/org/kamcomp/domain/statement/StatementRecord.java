package org.kamcomp.domain.statement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.scoring.Adjustments;
import org.kamcomp.scoring.Advances;
import org.kamcomp.scoring.Draws;
import org.kamcomp.scoring.PayoutStatement;
import org.kamcomp.scoring.Statement;
import org.kamcomp.scoring.Step;

/**
 * A participant's statement in a run, for one assignment, as typed data: what it pays for (the
 * run's period) and what it measured (the scorecard's span: the performance period, or for an
 * advance the period to date), the scorecard's lines with their trails and its totals, what the
 * advance or true-up, the draw and an overpaid balance made of the earnings, the adjustments it
 * carries, and what is due. Written once with its run, by the run's writer, and never changed: a
 * recalculation is a new statement in a later run, which supersedes this one once published.
 */
@Entity
@Table(name = "statement")
public class StatementRecord {

  /** What the statement pays. */
  public enum Kind {
    PERIOD,
    ADVANCE,
    TRUE_UP
  }

  /** CALCULATED, or HELD as an exception (a missing rating or target, a foreign currency). */
  public enum Status {
    CALCULATED,
    HELD
  }

  /** A line of the scorecard: a measure with its inputs, what the rules made of them, its trail. */
  @jakarta.persistence.Embeddable
  public static class Line {
    @Column(name = "measure_code", nullable = false)
    private String measureCode;

    @Column(name = "measure_name", nullable = false)
    private String measureName;

    @Column(name = "weight_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal weightPercent;

    @Column(name = "target", precision = 19, scale = 4)
    private BigDecimal target;

    @Column(name = "actual", precision = 38, scale = 6)
    private BigDecimal actual;

    @Column(name = "attainment_percent", precision = 19, scale = 2)
    private BigDecimal attainmentPercent;

    @Column(name = "payout_percent", precision = 19, scale = 2)
    private BigDecimal payoutPercent;

    @Column(name = "gated_by")
    private String gatedBy;

    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "trail", length = 100_000)
    private String trail;

    protected Line() {}

    public String getMeasureCode() {
      return measureCode;
    }

    public String getMeasureName() {
      return measureName;
    }

    public BigDecimal getWeightPercent() {
      return weightPercent;
    }

    public BigDecimal getTarget() {
      return target;
    }

    public BigDecimal getActual() {
      return actual;
    }

    public BigDecimal getAttainmentPercent() {
      return attainmentPercent;
    }

    public BigDecimal getPayoutPercent() {
      return payoutPercent;
    }

    public String getGatedBy() {
      return gatedBy;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    /** Each step with its inputs and the rule applied, as sentences. */
    public List<String> getTrail() {
      return sentences(trail);
    }
  }

  /** A deal held as a windfall in this statement: on which measure, its credit and threshold. */
  @jakarta.persistence.Embeddable
  public static class HeldWindfall {
    @Column(name = "deal_id", nullable = false, length = 100)
    private String dealId;

    @Column(name = "measure_code", nullable = false)
    private String measureCode;

    @Column(name = "credit", nullable = false, precision = 19, scale = 4)
    private BigDecimal credit;

    @Column(name = "threshold", nullable = false, precision = 19, scale = 4)
    private BigDecimal threshold;

    protected HeldWindfall() {}

    public String getDealId() {
      return dealId;
    }

    public String getMeasureCode() {
      return measureCode;
    }

    public BigDecimal getCredit() {
      return credit;
    }

    public BigDecimal getThreshold() {
      return threshold;
    }
  }

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "run_id", nullable = false, updatable = false)
  private CalculationRun run;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false)
  private Participant participant;

  @Column(name = "assignment_id", nullable = false, updatable = false)
  private long assignmentId;

  @Column(name = "plan_code", nullable = false, updatable = false)
  private String planCode;

  @Column(name = "plan_version", nullable = false, updatable = false)
  private int planVersion;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 20)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, updatable = false, length = 20)
  private Status status;

  @Column(name = "exception_text", updatable = false, length = 2000)
  private String exception;

  @Column(name = "scorecard_start")
  private LocalDate scorecardStart;

  @Column(name = "scorecard_end")
  private LocalDate scorecardEnd;

  @Column(name = "assigned_from")
  private LocalDate assignedFrom;

  @Column(name = "assigned_to")
  private LocalDate assignedTo;

  @Column(name = "target_incentive", precision = 19, scale = 4)
  private BigDecimal targetIncentive;

  @Column(name = "rounding_line", precision = 19, scale = 4)
  private BigDecimal roundingLine;

  @Column(name = "multiplier", precision = 19, scale = 6)
  private BigDecimal multiplier;

  @Column(name = "modifier_line", precision = 19, scale = 4)
  private BigDecimal modifierLine;

  @Column(name = "cap_line", precision = 19, scale = 4)
  private BigDecimal capLine;

  /** What the scorecard earned over its span. */
  @Column(name = "earned", precision = 19, scale = 4)
  private BigDecimal earned;

  @Column(name = "advance_rate_percent", precision = 7, scale = 4)
  private BigDecimal advanceRatePercent;

  /** For an advance or a true-up: the advances paid before it this performance period. */
  @Column(name = "paid_before", precision = 19, scale = 4)
  private BigDecimal paidBefore;

  /** The advance, or the true-up, before an overpaid balance is recovered from it. */
  @Column(name = "advance_amount", precision = 19, scale = 4)
  private BigDecimal advanceAmount;

  /** What a negative true-up left owed. */
  @Column(name = "true_up_overpaid", precision = 19, scale = 4)
  private BigDecimal trueUpOverpaid;

  /** What the statement pays for its own period, before the adjustments it carries. */
  @Column(name = "own_due", precision = 19, scale = 4)
  private BigDecimal ownDue;

  @Column(name = "overpaid_recovered", precision = 19, scale = 4)
  private BigDecimal overpaidRecovered;

  /** What an overpaid true-up still leaves owed after this statement. */
  @Column(name = "overpaid_balance", precision = 19, scale = 4)
  private BigDecimal overpaidBalance;

  @Column(name = "draw_kind", length = 20)
  private String drawKind;

  @Column(name = "draw_amount", precision = 19, scale = 4)
  private BigDecimal drawAmount;

  @Column(name = "draw_recovered", precision = 19, scale = 4)
  private BigDecimal drawRecovered;

  @Column(name = "draw_balance_before", precision = 19, scale = 4)
  private BigDecimal drawBalanceBefore;

  @Column(name = "draw_balance", precision = 19, scale = 4)
  private BigDecimal drawBalance;

  @Column(name = "draw_forgiven", precision = 19, scale = 4)
  private BigDecimal drawForgiven;

  /** The adjustments this statement carries, included in its amount due. */
  @Column(name = "adjustments", precision = 19, scale = 4)
  private BigDecimal adjustments;

  /** What the statement pays in all: its own due and the adjustments it carries. */
  @Column(name = "amount_due", precision = 19, scale = 4)
  private BigDecimal amountDue;

  /** The amount due of the published statement this one recalculates, if any. */
  @Column(name = "previous_due", precision = 19, scale = 4)
  private BigDecimal previousDue;

  /** The published statement of the same assignment and period this one recalculates. */
  @Column(name = "supersedes_id")
  private Long supersedesId;

  /** The published statement that recalculated this one (null while this one is current). */
  @Column(name = "superseded_by_id")
  private Long supersededById;

  @Column(name = "explanation", length = 100_000)
  private String explanation;

  @Column(name = "notes", length = 100_000)
  private String notes;

  @ElementCollection
  @CollectionTable(name = "statement_line", joinColumns = @JoinColumn(name = "statement_id"))
  @OrderColumn(name = "position")
  private List<Line> lines = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "statement_held_windfall",
      joinColumns = @JoinColumn(name = "statement_id"))
  @OrderColumn(name = "position")
  private List<HeldWindfall> heldWindfalls = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "statement_adjustment",
      joinColumns = @JoinColumn(name = "statement_id"),
      inverseJoinColumns = @JoinColumn(name = "adjustment_id"))
  private List<Adjustment> carried = new ArrayList<>();

  protected StatementRecord() {}

  private static List<String> sentences(String stored) {
    return Step.decode(stored).stream().map(Step::text).toList();
  }

  public Long getId() {
    return id;
  }

  public CalculationRun getRun() {
    return run;
  }

  public Participant getParticipant() {
    return participant;
  }

  public long getAssignmentId() {
    return assignmentId;
  }

  public String getPlanCode() {
    return planCode;
  }

  public int getPlanVersion() {
    return planVersion;
  }

  public String getCurrency() {
    return currency;
  }

  public Kind getKind() {
    return kind;
  }

  public Status getStatus() {
    return status;
  }

  public String getException() {
    return exception;
  }

  public LocalDate getScorecardStart() {
    return scorecardStart;
  }

  public LocalDate getScorecardEnd() {
    return scorecardEnd;
  }

  public LocalDate getAssignedFrom() {
    return assignedFrom;
  }

  public LocalDate getAssignedTo() {
    return assignedTo;
  }

  public BigDecimal getTargetIncentive() {
    return targetIncentive;
  }

  public BigDecimal getRoundingLine() {
    return roundingLine;
  }

  public BigDecimal getMultiplier() {
    return multiplier;
  }

  public BigDecimal getModifierLine() {
    return modifierLine;
  }

  public BigDecimal getCapLine() {
    return capLine;
  }

  public BigDecimal getEarned() {
    return earned;
  }

  public BigDecimal getAdvanceRatePercent() {
    return advanceRatePercent;
  }

  public BigDecimal getPaidBefore() {
    return paidBefore;
  }

  public BigDecimal getAdvanceAmount() {
    return advanceAmount;
  }

  public BigDecimal getOwnDue() {
    return ownDue;
  }

  public BigDecimal getOverpaidRecovered() {
    return overpaidRecovered;
  }

  public BigDecimal getOverpaidBalance() {
    return overpaidBalance;
  }

  public String getDrawKind() {
    return drawKind;
  }

  public BigDecimal getDrawAmount() {
    return drawAmount;
  }

  public BigDecimal getDrawRecovered() {
    return drawRecovered;
  }

  public BigDecimal getDrawBalanceBefore() {
    return drawBalanceBefore;
  }

  public BigDecimal getDrawBalance() {
    return drawBalance;
  }

  public BigDecimal getDrawForgiven() {
    return drawForgiven;
  }

  public boolean carriesAdjustments() {
    return adjustments != null && !carried.isEmpty();
  }

  /** The adjustments carried (zero when none). */
  public BigDecimal getAdjustments() {
    return adjustments == null ? BigDecimal.ZERO : adjustments;
  }

  public BigDecimal getAmountDue() {
    return amountDue;
  }

  public BigDecimal getPreviousDue() {
    return previousDue;
  }

  /** What changed against the published version (null when this is the first version). */
  public BigDecimal getDifference() {
    if (previousDue == null) {
      return null;
    }
    return (amountDue == null ? BigDecimal.ZERO : amountDue).subtract(previousDue);
  }

  public Long getSupersedesId() {
    return supersedesId;
  }

  public Long getSupersededById() {
    return supersededById;
  }

  /** The statement-level steps: target incentive, raw total, modifier, cap, payout. */
  public List<String> getExplanation() {
    return sentences(explanation);
  }

  /** Windfalls, advances, draws, recoveries and adjustments, as sentences. */
  public List<String> getNotes() {
    return sentences(notes);
  }

  public List<Line> getLines() {
    return List.copyOf(lines);
  }

  public List<HeldWindfall> getHeldWindfalls() {
    return List.copyOf(heldWindfalls);
  }

  /** The adjustments this statement carries as lines of their own. */
  public List<Adjustment> getCarried() {
    return List.copyOf(carried);
  }

  public boolean isHeld() {
    return status == Status.HELD;
  }

  /**
   * The statement as the pipeline made it: the same typed record the offline calculator writes and
   * the pages and PDFs read, rebuilt from the stored columns and rows.
   */
  public PayoutStatement toPayoutStatement() {
    int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
    Statement card = null;
    if (targetIncentive != null) {
      List<Statement.Line> cardLines = new ArrayList<>();
      for (Line l : lines) {
        cardLines.add(
            new Statement.Line(
                l.measureCode,
                l.measureName,
                l.weightPercent,
                l.target,
                l.actual,
                l.attainmentPercent,
                l.payoutPercent,
                l.gatedBy,
                l.amount,
                Step.decode(l.trail)));
      }
      boolean scored = earned != null || !lines.isEmpty();
      card =
          new Statement(
              participant.getUsername(),
              planCode,
              currency,
              String.valueOf(scorecardStart),
              String.valueOf(scorecardEnd),
              scored && status == Status.CALCULATED
                  ? Statement.Status.CALCULATED
                  : Statement.Status.HELD,
              status == Status.HELD ? exception : null,
              targetIncentive,
              cardLines,
              roundingLine,
              multiplier,
              modifierLine,
              capLine,
              earned,
              Step.decode(explanation));
    }
    BigDecimal recovered = overpaidRecovered == null ? BigDecimal.ZERO : overpaidRecovered;
    Advances.Paid advance =
        advanceAmount == null
            ? null
            : new Advances.Paid(
                advanceRatePercent,
                paidBefore,
                advanceAmount,
                trueUpOverpaid == null ? BigDecimal.ZERO.setScale(digits) : trueUpOverpaid,
                List.of());
    Draws.Applied draw =
        drawKind == null
            ? null
            : new Draws.Applied(
                Draws.Kind.valueOf(drawKind),
                drawAmount,
                ownDue == null ? null : ownDue.add(recovered),
                drawRecovered,
                drawBalanceBefore,
                drawBalance,
                drawForgiven,
                List.of());
    List<Adjustments.Carried> adjustmentLines = new ArrayList<>();
    for (Adjustment a : carried) {
      adjustmentLines.add(
          new Adjustments.Carried(
              String.valueOf(a.getId()),
              a.getReason(),
              a.getAmount().setScale(digits, java.math.RoundingMode.UNNECESSARY)));
    }
    return new PayoutStatement(
        participant.getUsername(),
        String.valueOf(assignmentId),
        planCode,
        planVersion,
        currency,
        PayoutStatement.Kind.valueOf(kind.name()),
        run.getPeriodStart(),
        run.getPeriodEnd(),
        scorecardStart,
        scorecardEnd,
        assignedFrom,
        assignedTo,
        PayoutStatement.Status.valueOf(status.name()),
        exception,
        card,
        earned,
        advance,
        draw,
        overpaidBalance == null && overpaidRecovered == null
            ? null
            : new PayoutStatement.Overpaid(recovered, overpaidBalance),
        ownDue,
        adjustmentLines,
        adjustments,
        amountDue,
        heldWindfalls.stream()
            .map(
                w ->
                    new PayoutStatement.HeldWindfall(
                        w.dealId, w.measureCode, w.credit, w.threshold))
            .toList(),
        Step.decode(notes));
  }
}
