package org.kamcomp.domain.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.kamcomp.domain.participant.Participant;

/**
 * A participant's statement in a run, for one assignment: what the scorecard earned, what is due
 * (the period's payout, or an advance or the true-up), and the whole statement with every line's
 * trail as a document. Written once with its run and never changed: a recalculation is a new run.
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

  /** CALCULATED, or HELD as an exception (a missing rating or target). */
  public enum Status {
    CALCULATED,
    HELD
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
  @SequenceGenerator(name = "statement_seq", sequenceName = "statement_seq", allocationSize = 100)
  private Long id;

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

  @Column(name = "earned", updatable = false, precision = 19, scale = 4)
  private BigDecimal earned;

  @Column(name = "amount_due", updatable = false, precision = 19, scale = 4)
  private BigDecimal amountDue;

  /** The amount due of the published statement this one recalculates, if any. */
  @Column(name = "previous_due", updatable = false, precision = 19, scale = 4)
  private BigDecimal previousDue;

  /** The adjustments this statement carries, included in its amount due. */
  @Column(name = "adjustments", updatable = false, precision = 19, scale = 4)
  private BigDecimal adjustments;

  @Column(name = "document", nullable = false, updatable = false, length = 1_000_000)
  private String document;

  protected StatementRecord() {}

  /**
   * A statement of a run.
   *
   * @param document the statement with its lines and trail, as JSON
   */
  public StatementRecord(
      CalculationRun run,
      Participant participant,
      long assignmentId,
      String planCode,
      int planVersion,
      String currency,
      Kind kind,
      Status status,
      String exception,
      BigDecimal earned,
      BigDecimal amountDue,
      String document) {
    this.run = Objects.requireNonNull(run, "run is required");
    this.participant = Objects.requireNonNull(participant, "participant is required");
    this.assignmentId = assignmentId;
    this.planCode = planCode;
    this.planVersion = planVersion;
    this.currency = currency;
    this.kind = kind;
    this.status = status;
    this.exception = exception;
    this.earned = earned;
    this.amountDue = amountDue;
    this.document = Objects.requireNonNull(document, "document is required");
  }

  /**
   * Marks this statement as a new version of a published one for the same period: that one never
   * changes, and the difference is what a later period adjusts for.
   */
  public void recalculates(StatementRecord published) {
    this.previousDue = published.amountDue == null ? BigDecimal.ZERO : published.amountDue;
  }

  /**
   * Carries adjustments on this new statement: {@code adjustments} of them, making {@code
   * totalDue}, and the document that shows them as lines.
   */
  public void carry(BigDecimal adjustments, BigDecimal totalDue, String document) {
    if (id != null) {
      throw new IllegalStateException("a written statement never changes");
    }
    this.adjustments = adjustments;
    this.amountDue = totalDue;
    this.document = Objects.requireNonNull(document, "document is required");
  }

  public boolean carriesAdjustments() {
    return adjustments != null;
  }

  /** The adjustments carried (zero when none). */
  public BigDecimal getAdjustments() {
    return adjustments == null ? BigDecimal.ZERO : adjustments;
  }

  /** What the statement pays for its own period, without the adjustments it carries. */
  public BigDecimal getOwnDue() {
    return amountDue == null ? null : amountDue.subtract(getAdjustments());
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

  public BigDecimal getEarned() {
    return earned;
  }

  public BigDecimal getAmountDue() {
    return amountDue;
  }

  public String getDocument() {
    return document;
  }
}
