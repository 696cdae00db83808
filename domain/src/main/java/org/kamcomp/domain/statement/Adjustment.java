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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.problem.ConflictException;

/**
 * An amount owed to or by a participant outside a statement's own calculation: the difference of a
 * recalculated, published period, or a comp admin's resolution of an inquiry. It waits until the
 * participant's next open period, whose statement carries it as a line; once that statement is
 * published the adjustment is settled and never carried again.
 */
@Entity
@Table(name = "adjustment")
public class Adjustment {

  /** Where an adjustment comes from. */
  public enum Source {
    RECALCULATION,
    INQUIRY
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adjustment_seq")
  @SequenceGenerator(name = "adjustment_seq", sequenceName = "adjustment_seq", allocationSize = 1)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false)
  private Participant participant;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "amount", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "reason", nullable = false, updatable = false, length = 500)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, updatable = false, length = 20)
  private Source source;

  /** Whether it recalculates an advance: it then counts as an advance paid. */
  @Column(name = "advance", nullable = false, updatable = false)
  private boolean advance;

  @Column(name = "source_statement_id", nullable = false, updatable = false)
  private long sourceStatementId;

  @Column(name = "source_assignment_id", nullable = false, updatable = false)
  private long sourceAssignmentId;

  /** The end of the period it corrects: it is carried into a later period only. */
  @Column(name = "origin_period_end", nullable = false, updatable = false)
  private LocalDate originPeriodEnd;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "carried_statement_id")
  private Long carriedStatementId;

  @Column(name = "carried_period_start")
  private LocalDate carriedPeriodStart;

  @Column(name = "carried_period_end")
  private LocalDate carriedPeriodEnd;

  protected Adjustment() {}

  /** An adjustment of {@code amount}, on the statement it corrects. */
  public Adjustment(
      StatementRecord corrects,
      Source source,
      BigDecimal amount,
      String reason,
      String by,
      Instant at) {
    Objects.requireNonNull(corrects, "corrects is required");
    this.participant = corrects.getParticipant();
    this.currency = corrects.getCurrency();
    this.sourceStatementId = Objects.requireNonNull(corrects.getId(), "a saved statement");
    this.sourceAssignmentId = corrects.getAssignmentId();
    this.originPeriodEnd = corrects.getRun().getPeriodEnd();
    this.advance =
        source == Source.RECALCULATION && corrects.getKind() != StatementRecord.Kind.PERIOD;
    this.source = Objects.requireNonNull(source, "source is required");
    this.amount = Objects.requireNonNull(amount, "amount is required");
    if (amount.signum() == 0) {
      throw new IllegalArgumentException("an adjustment of nothing");
    }
    this.reason = Objects.requireNonNull(reason, "reason is required");
    this.createdBy = Objects.requireNonNull(by, "by is required");
    this.createdAt = Objects.requireNonNull(at, "at is required");
  }

  /**
   * Settles the adjustment with the published statement that carried it. A restatement of that
   * period carries it again, and changes nothing here.
   */
  public void settledBy(StatementRecord statement) {
    LocalDate start = statement.getRun().getPeriodStart();
    LocalDate end = statement.getRun().getPeriodEnd();
    if (carriedStatementId != null
        && start.equals(carriedPeriodStart)
        && end.equals(carriedPeriodEnd)) {
      return;
    }
    if (carriedStatementId != null) {
      throw new ConflictException(
          "Adjustment " + id + " was already paid with statement " + carriedStatementId);
    }
    this.carriedStatementId = statement.getId();
    this.carriedPeriodStart = statement.getRun().getPeriodStart();
    this.carriedPeriodEnd = statement.getRun().getPeriodEnd();
  }

  public boolean isSettled() {
    return carriedStatementId != null;
  }

  public Long getId() {
    return id;
  }

  public Participant getParticipant() {
    return participant;
  }

  /** The participant's id, without loading them. */
  public long getParticipantId() {
    return participant.getId();
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getReason() {
    return reason;
  }

  public Source getSource() {
    return source;
  }

  public boolean isAdvance() {
    return advance;
  }

  public long getSourceStatementId() {
    return sourceStatementId;
  }

  public long getSourceAssignmentId() {
    return sourceAssignmentId;
  }

  public LocalDate getOriginPeriodEnd() {
    return originPeriodEnd;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getCarriedStatementId() {
    return carriedStatementId;
  }

  public LocalDate getCarriedPeriodStart() {
    return carriedPeriodStart;
  }

  public LocalDate getCarriedPeriodEnd() {
    return carriedPeriodEnd;
  }
}
