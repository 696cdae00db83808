package org.kamcomp.domain.actual;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.hibernate.envers.Audited;
import org.kamcomp.domain.participant.Participant;

/**
 * A participant's result on a measure for the period ending {@code periodEnd}: an imported figure
 * (customer satisfaction, share of wallet, pipeline) or a manager's rating of a qualitative
 * measure. One per participant, measure and period end; a later figure replaces the earlier one,
 * and the audit keeps both.
 */
@Entity
@Audited
@Table(name = "measure_result")
public class MeasureResult {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_result_seq")
  @SequenceGenerator(
      name = "measure_result_seq",
      sequenceName = "measure_result_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false)
  private Participant participant;

  @Column(name = "measure_code", nullable = false, updatable = false)
  private String measureCode;

  @Column(name = "period_end", nullable = false, updatable = false)
  private LocalDate periodEnd;

  @Column(name = "result_value", nullable = false, precision = 19, scale = 4)
  private BigDecimal value;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "comment_text", length = 2000)
  private String comment;

  protected MeasureResult() {}

  public MeasureResult(
      Participant participant,
      String measureCode,
      LocalDate periodEnd,
      BigDecimal value,
      String comment,
      String recordedBy,
      Instant recordedAt) {
    this.participant = Objects.requireNonNull(participant, "participant is required");
    this.measureCode = Objects.requireNonNull(measureCode, "measureCode is required");
    this.periodEnd = Objects.requireNonNull(periodEnd, "periodEnd is required");
    record(value, comment, recordedBy, recordedAt);
  }

  /** Records a new figure for the same participant, measure and period; true if it changed. */
  public boolean record(BigDecimal value, String comment, String recordedBy, Instant recordedAt) {
    Objects.requireNonNull(value, "value is required");
    if (this.value != null
        && this.value.compareTo(value) == 0
        && Objects.equals(this.comment, comment)) {
      return false;
    }
    this.value = value;
    this.comment = comment;
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy is required");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt is required");
    return true;
  }

  public Participant getParticipant() {
    return participant;
  }

  public String getMeasureCode() {
    return measureCode;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public BigDecimal getValue() {
    return value;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getComment() {
    return comment;
  }
}
