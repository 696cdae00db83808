package org.kamcomp.domain.assignment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.plan.MeasureData;
import org.kamcomp.domain.plan.MeasureDefinition;
import org.kamcomp.domain.plan.PeriodType;
import org.kamcomp.domain.plan.PlanVersion;
import org.kamcomp.domain.plan.PlanVersionStatus;
import org.kamcomp.domain.problem.InvalidInputException;

/**
 * A participant paid by a plan version from one day to another (both inclusive), with their
 * individual targets. A participant has at most one assignment on any day; a mid-period change of
 * plan is two assignments, each prorated by its days. Only an approved version can be assigned:
 * nobody is paid by a draft.
 */
@Entity
@Audited
@Table(name = "plan_assignment")
public class PlanAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_assignment_seq")
  @SequenceGenerator(
      name = "plan_assignment_seq",
      sequenceName = "plan_assignment_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false)
  private Participant participant;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_version_id", nullable = false, updatable = false)
  private PlanVersion planVersion;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to", nullable = false)
  private LocalDate validTo;

  @ElementCollection
  @CollectionTable(
      name = "plan_assignment_target",
      joinColumns = @JoinColumn(name = "assignment_id"))
  private Set<MeasureTarget> targets = new HashSet<>();

  protected PlanAssignment() {}

  private PlanAssignment(
      Participant participant, PlanVersion planVersion, LocalDate validFrom, LocalDate validTo) {
    this.participant = participant;
    this.planVersion = planVersion;
    this.validFrom = validFrom;
    this.validTo = validTo;
  }

  /**
   * Assigns {@code version} to {@code participant} for the days from {@code from} to {@code to}.
   *
   * @param others the participant's other assignments, which may not overlap the new one
   * @throws InvalidInputException with a sales-ops sentence when the assignment cannot be made
   */
  public static PlanAssignment assign(
      Participant participant,
      PlanVersion version,
      LocalDate from,
      LocalDate to,
      List<PlanAssignment> others) {
    Objects.requireNonNull(participant, "participant is required");
    Objects.requireNonNull(version, "version is required");
    Objects.requireNonNull(from, "validFrom is required");
    Objects.requireNonNull(to, "validTo is required");
    if (version.getStatus() != PlanVersionStatus.APPROVED) {
      throw new InvalidInputException(
          "planVersion",
          "Version "
              + version.getNumber()
              + " of plan "
              + version.getPlan().getCode()
              + " is a draft: approve it before assigning it; nobody is paid by a draft");
    }
    if (!participant.getCurrency().equals(version.getPlan().getCurrency())) {
      throw new InvalidInputException(
          "planVersion",
          participant.getUsername()
              + " is paid in "
              + participant.getCurrency()
              + " but plan "
              + version.getPlan().getCode()
              + " pays in "
              + version.getPlan().getCurrency()
              + "; amounts are never converted, so choose a plan in the participant's currency");
    }
    if (from.isBefore(version.terms().effectiveFrom())) {
      throw new InvalidInputException(
          "validFrom",
          "Version "
              + version.getNumber()
              + " of plan "
              + version.getPlan().getCode()
              + " takes effect on "
              + version.terms().effectiveFrom()
              + "; an assignment cannot start before that ("
              + from
              + ")");
    }
    PlanAssignment a = new PlanAssignment(participant, version, from, from);
    a.endOn(to, others);
    return a;
  }

  /** Moves the last day of the assignment; true if it changed. */
  public boolean endOn(LocalDate to, List<PlanAssignment> others) {
    Objects.requireNonNull(to, "validTo is required");
    if (to.isBefore(validFrom)) {
      throw new InvalidInputException(
          "validTo", "The assignment ends (" + to + ") before it starts (" + validFrom + ")");
    }
    for (PlanAssignment other : others) {
      if (other != this
          && (id == null || !id.equals(other.getId()))
          && !other.validTo.isBefore(validFrom)
          && !to.isBefore(other.validFrom)) {
        throw new InvalidInputException(
            "validTo",
            participant.getUsername()
                + " already has plan "
                + other.planVersion.getPlan().getCode()
                + " (version "
                + other.planVersion.getNumber()
                + ") from "
                + other.validFrom
                + " to "
                + other.validTo
                + "; a participant has one plan on any day, so end that assignment first");
      }
    }
    for (MeasureTarget t : targets) {
      if (t.getPeriodEnd().isAfter(lastPeriodEnd(to))) {
        throw new InvalidInputException(
            "validTo",
            "A target on "
                + t.getMeasureCode()
                + " for the period ending "
                + t.getPeriodEnd()
                + " lies after the new end; remove it first");
      }
    }
    if (to.equals(validTo)) {
      return false;
    }
    this.validTo = to;
    return true;
  }

  /**
   * Sets the participant's target on a measure for the period ending {@code periodEnd}; true if it
   * changed.
   *
   * @throws InvalidInputException when the measure takes no target, the value is not above 0, or
   *     the date does not end one of the plan's periods within the assignment
   */
  public boolean setTarget(String measureCode, LocalDate periodEnd, BigDecimal value) {
    Objects.requireNonNull(measureCode, "measureCode is required");
    Objects.requireNonNull(periodEnd, "periodEnd is required");
    Objects.requireNonNull(value, "value is required");
    MeasureDefinition measure =
        planVersion.scorecard().measures().stream()
            .filter(m -> m.code().equals(measureCode))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "measure",
                        "Plan "
                            + planVersion.getPlan().getCode()
                            + " has no measure "
                            + measureCode));
    if (measure.data() == MeasureData.RATING) {
      throw new InvalidInputException(
          "measure",
          "\""
              + measure.name()
              + "\" is rated by the manager and has no target; its curve reads the rating");
    }
    if (value.signum() <= 0) {
      throw new InvalidInputException(
          "target",
          "A target is above 0 (attainment divides by it), not "
              + value.stripTrailingZeros().toPlainString());
    }
    PeriodType granularity = targetPeriod();
    if (!granularity.isPeriodEnd(periodEnd)
        || periodEnd.isBefore(validFrom)
        || periodEnd.isAfter(lastPeriodEnd(validTo))) {
      throw new InvalidInputException(
          "periodEnd",
          periodEnd
              + " is not the end of a "
              + granularity.name().toLowerCase().replace('_', ' ')
              + " within the assignment ("
              + validFrom
              + " to "
              + validTo
              + ")");
    }
    MeasureTarget replacement = new MeasureTarget(measureCode, periodEnd, value);
    MeasureTarget current =
        targets.stream().filter(t -> t.isFor(measureCode, periodEnd)).findFirst().orElse(null);
    if (replacement.equals(current)) {
      return false;
    }
    if (current != null) {
      targets.remove(current);
    }
    targets.add(replacement);
    return true;
  }

  /**
   * The periods targets are set for: the performance period, or the payout period when a longer
   * performance period pays advances (cumulative targets to each payout date).
   */
  public PeriodType targetPeriod() {
    var terms = planVersion.terms();
    return terms.payoutFrequency().months() < terms.performancePeriod().months()
        ? terms.payoutFrequency()
        : terms.performancePeriod();
  }

  private LocalDate lastPeriodEnd(LocalDate day) {
    return targetPeriod().endOfPeriodContaining(day);
  }

  /** True when the assignment is in force on {@code day}. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validTo);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Participant getParticipant() {
    return participant;
  }

  public PlanVersion getPlanVersion() {
    return planVersion;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  /** The targets by measure, then period end. */
  public List<MeasureTarget> getTargets() {
    return targets.stream()
        .sorted(
            Comparator.comparing(MeasureTarget::getMeasureCode)
                .thenComparing(MeasureTarget::getPeriodEnd))
        .toList();
  }
}
