package org.kamcomp.domain.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An assignment as read, detached from persistence, with its targets. */
public record AssignmentSnapshot(
    long id,
    long version,
    String username,
    String fullName,
    String planCode,
    String planName,
    int planVersion,
    String currency,
    LocalDate validFrom,
    LocalDate validTo,
    String targetPeriod,
    List<Target> targets)
    implements java.io.Serializable {

  /** A target on a measure for the period ending {@code periodEnd}. */
  public record Target(String measureCode, LocalDate periodEnd, BigDecimal value)
      implements java.io.Serializable {}

  static AssignmentSnapshot of(PlanAssignment a) {
    return new AssignmentSnapshot(
        a.getId(),
        a.getVersion(),
        a.getParticipant().getUsername(),
        a.getParticipant().getFullName(),
        a.getPlanVersion().getPlan().getCode(),
        a.getPlanVersion().getPlan().getName(),
        a.getPlanVersion().getNumber(),
        a.getPlanVersion().getPlan().getCurrency().getCurrencyCode(),
        a.getValidFrom(),
        a.getValidTo(),
        a.targetPeriod().name(),
        a.getTargets().stream()
            .map(t -> new Target(t.getMeasureCode(), t.getPeriodEnd(), t.getValue()))
            .toList());
  }
}
