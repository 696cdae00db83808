package org.kamcomp.domain.plan;

import java.time.Instant;

/** A plan version as read, detached from persistence: what views and the plan-fit check need. */
public record PlanVersionSnapshot(
    String planCode,
    String planName,
    String roleProfileCode,
    String currency,
    int number,
    PlanVersionStatus status,
    long version,
    PlanTerms terms,
    ScorecardDefinition scorecard,
    String approvedBy,
    Instant approvedAt) {

  static PlanVersionSnapshot of(PlanVersion v) {
    Plan p = v.getPlan();
    return new PlanVersionSnapshot(
        p.getCode(),
        p.getName(),
        p.getRoleProfile().getCode(),
        p.getCurrency().getCurrencyCode(),
        v.getNumber(),
        v.getStatus(),
        v.getVersion(),
        v.terms(),
        v.scorecard(),
        v.getApprovedBy(),
        v.getApprovedAt());
  }
}
