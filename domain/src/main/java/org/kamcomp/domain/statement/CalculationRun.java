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
 * A calculation run for one period: sales operations starts it, reviews its statements and
 * exceptions, and publishes it. Calculated in one transaction, so a run interrupted by a crash
 * leaves nothing and is simply started again. Runs of a period are numbered; a published run never
 * changes, and a later run of the same period makes new versions of its statements.
 */
@Entity
@Table(name = "calculation_run")
public class CalculationRun {

  /** CALCULATED (to review) or PUBLISHED (its statements are final and visible). */
  public enum Status {
    CALCULATED,
    PUBLISHED
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

  protected CalculationRun() {}

  public CalculationRun(
      LocalDate periodStart, LocalDate periodEnd, int number, String startedBy, Instant at) {
    this.periodStart = Objects.requireNonNull(periodStart, "periodStart is required");
    this.periodEnd = Objects.requireNonNull(periodEnd, "periodEnd is required");
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException("a period ends on or after its start");
    }
    this.number = number;
    this.status = Status.CALCULATED;
    this.startedBy = Objects.requireNonNull(startedBy, "startedBy is required");
    this.startedAt = Objects.requireNonNull(at, "at is required");
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
    if (status != Status.CALCULATED) {
      throw new ConflictException("Run " + number + " of " + periodEnd + " is already published");
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
}
