package org.kamcomp.domain.plan;

import java.util.Objects;

/**
 * One finding of the plan-fit check: a plan element that does not suit the role it pays, how much
 * it matters, and why, in the words a sales-operations analyst would use.
 */
public record PlanFitFinding(Severity severity, Rule rule, String message) {

  /** How much a finding matters. */
  public enum Severity {
    /** Will pay the role wrongly in most periods: fix before approval. */
    HIGH,
    /** Likely to weaken the plan's effect: review. */
    WARNING,
    /** Could not be checked, or worth knowing. */
    INFO
  }

  /** The rules of the check. */
  public enum Rule {
    PERIOD_SHORTER_THAN_SALES_CYCLE,
    MORE_PAYOUTS_THAN_DEALS,
    ONE_MEASURE_DOMINATES,
    TOO_MANY_MEASURES,
    NO_CUSTOMER_OR_STRATEGIC_MEASURE,
    THRESHOLD_MOSTLY_MISSED,
    CAP_MOSTLY_HIT,
    PAY_MIX_OUTSIDE_BAND
  }

  public PlanFitFinding {
    Objects.requireNonNull(severity, "severity is required");
    Objects.requireNonNull(rule, "rule is required");
    Objects.requireNonNull(message, "message is required");
  }
}
