package org.kamcomp.domain.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.kamcomp.domain.problem.ConflictException;

/**
 * A calculation run for one whole period of the fiscal calendar: sales operations starts it, its
 * job calculates the population in checkpointed chunks (restarted from its last checkpoint after a
 * crash, on the next start or by the admin), then sales operations reviews its statements and
 * exceptions and publishes it in one step, or discards it. A run of a period not yet ended is an
 * estimate: it can be reviewed, never published. Runs of a period are numbered; a published run
 * never changes, and a later run of the same period makes new versions of its statements.
 */
@Entity
@Table(name = "calculation_run")
public class CalculationRun {

  /**
   * CALCULATING (its job is running, or waits to be restarted), CALCULATED (to review), PUBLISHED
   * (its statements are final and visible), DISCARDED (its statements deleted), FAILED (its job
   * stopped with an error; it can be started again).
   */
  public enum Status {
    CALCULATING,
    CALCULATED,
    PUBLISHED,
    DISCARDED,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calculation_run_seq")
  @SequenceGenerator(
      name = "calculation_run_seq",
      sequenceName = "calculation_run_seq",
      allocationSize = 1)
  private Long id;

  @Version private long version;

  @Column(name = "period_start", nullable = false, updatable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false, updatable = false)
  private LocalDate periodEnd;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private Status status;

  @Column(name = "started_by", nullable = false, updatable = false)
  private String startedBy;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "published_by")
  private String publishedBy;

  /** The participants a run is for (user names), or null for everyone. */
  @Column(name = "selection", updatable = false, length = 2000)
  private String selection;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** A run of a period that had not ended when it started: reviewed, never published. */
  @Column(name = "estimate", nullable = false, updatable = false)
  private boolean estimate;

  @Column(name = "job_execution_id")
  private Long jobExecutionId;

  /** The participants the run calculates, and how many are done (written with each chunk). */
  @Column(name = "participants", nullable = false)
  private int participants;

  @Column(name = "participants_done", nullable = false)
  private int participantsDone;

  @Column(name = "calculated_at")
  private Instant calculatedAt;

  @Column(name = "discarded_by")
  private String discardedBy;

  @Column(name = "discarded_at")
  private Instant discardedAt;

  @Column(name = "failure", length = 2000)
  private String failure;

  /** The participant ids bounding the job's partitions ("lo:hi,lo:hi"), kept for restarts. */
  @Column(name = "partition_bounds", length = 2000)
  private String partitionBounds;

  protected CalculationRun() {}

  public CalculationRun(
      LocalDate periodStart,
      LocalDate periodEnd,
      int number,
      boolean estimate,
      String startedBy,
      Instant at) {
    this.periodStart = Objects.requireNonNull(periodStart, "periodStart is required");
    this.periodEnd = Objects.requireNonNull(periodEnd, "periodEnd is required");
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException("a period ends on or after its start");
    }
    this.number = number;
    this.estimate = estimate;
    this.status = Status.CALCULATING;
    this.startedBy = Objects.requireNonNull(startedBy, "startedBy is required");
    this.startedAt = Objects.requireNonNull(at, "at is required");
  }

  /** How many participants the run calculates. */
  public void forParticipants(int count) {
    if (id != null) {
      throw new IllegalStateException("a run's population is set before it is written");
    }
    this.participants = count;
  }

  /** Its job is done: the statements are there to review. */
  public void calculated(Instant at) {
    requireStatus(Status.CALCULATING, "is not calculating");
    this.status = Status.CALCULATED;
    this.calculatedAt = Objects.requireNonNull(at, "at is required");
    this.failure = null;
  }

  /** Its job stopped with an error; the run can be started again from its last checkpoint. */
  public void failed(String reason) {
    this.status = Status.FAILED;
    this.failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 2000));
  }

  /** Started again after a crash or a failure, from its last checkpoint. */
  public void restarting(long jobExecution) {
    if (status != Status.CALCULATING && status != Status.FAILED) {
      throw new ConflictException(
          "Run "
              + number
              + " of "
              + periodEnd
              + " is "
              + status.name().toLowerCase()
              + ", not to restart");
    }
    this.status = Status.CALCULATING;
    this.jobExecutionId = jobExecution;
    this.failure = null;
  }

  /** Discards a run that was not published: its statements go, the record of it stays. */
  public void discard(String by, Instant at) {
    if (status == Status.PUBLISHED || status == Status.DISCARDED || status == Status.CALCULATING) {
      throw new ConflictException(
          "Run "
              + number
              + " of "
              + periodStart
              + " to "
              + periodEnd
              + " is "
              + status.name().toLowerCase()
              + (status == Status.CALCULATING
                  ? ": wait until it is calculated, then discard it"
                  : " and cannot be discarded"));
    }
    this.status = Status.DISCARDED;
    this.discardedBy = Objects.requireNonNull(by, "by is required");
    this.discardedAt = Objects.requireNonNull(at, "at is required");
  }

  private void requireStatus(Status expected, String otherwise) {
    if (status != expected) {
      throw new ConflictException("Run " + number + " of " + periodEnd + " " + otherwise);
    }
  }

  /** Makes a new run one for these participants only (user names); empty: everyone. */
  public void forOnly(java.util.Set<String> usernames) {
    if (id != null) {
      throw new IllegalStateException("a run's selection is set before it is written");
    }
    this.selection =
        usernames.isEmpty() ? null : String.join(", ", new java.util.TreeSet<>(usernames));
    if (selection != null && selection.length() > 2000) {
      throw new org.kamcomp.domain.problem.InvalidInputException(
          "participants", "A selection names at most 2,000 characters of user names");
    }
  }

  /** The participants the run is for, or null for everyone. */
  public String getSelection() {
    return selection;
  }

  /** Publishes the run: its statements become final and visible to participants and managers. */
  public void publish(String by, Instant at) {
    if (estimate) {
      throw new ConflictException(
          "Run "
              + number
              + " is an estimate: "
              + periodStart
              + " to "
              + periodEnd
              + " had not ended when it was calculated. Review it; once the period has ended,"
              + " start a run again and publish that one");
    }
    if (status != Status.CALCULATED) {
      throw new ConflictException(
          "Run "
              + number
              + " of "
              + periodStart
              + " to "
              + periodEnd
              + " is "
              + status.name().toLowerCase()
              + (status == Status.PUBLISHED ? " already" : "; only a calculated run is published"));
    }
    this.status = Status.PUBLISHED;
    this.publishedBy = Objects.requireNonNull(by, "by is required");
    this.publishedAt = Objects.requireNonNull(at, "at is required");
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public int getNumber() {
    return number;
  }

  public Status getStatus() {
    return status;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public boolean isEstimate() {
    return estimate;
  }

  public Long getJobExecutionId() {
    return jobExecutionId;
  }

  public int getParticipants() {
    return participants;
  }

  public int getParticipantsDone() {
    return participantsDone;
  }

  public Instant getCalculatedAt() {
    return calculatedAt;
  }

  public String getDiscardedBy() {
    return discardedBy;
  }

  public Instant getDiscardedAt() {
    return discardedAt;
  }

  public String getFailure() {
    return failure;
  }

  public String getPartitionBounds() {
    return partitionBounds;
  }

  /** Keeps how the job split the population, so that a restart splits it the same way. */
  public void partitionedAs(String bounds) {
    if (partitionBounds != null && !partitionBounds.equals(bounds)) {
      throw new IllegalStateException("a run's partitions never change");
    }
    this.partitionBounds = bounds;
  }
}
