package org.kamcomp.domain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kamcomp.domain.problem.FieldError;

/**
 * A plan version's elements besides the scorecard: when it takes effect, the target incentive, the
 * performance period and payout frequency (with an advance rate when payouts come more often than
 * the period ends, and whether an overpaid true-up is forgiven), the plan cap (a multiple of the
 * target incentive), crediting (the rule for multi-year deals, whether overlay team members are
 * credited), the windfall threshold, a draw, and the clawback window.
 */
public record PlanTerms(
    LocalDate effectiveFrom,
    TargetIncentive targetIncentive,
    PeriodType performancePeriod,
    PeriodType payoutFrequency,
    BigDecimal advanceRatePercent,
    boolean trueUpForgiven,
    BigDecimal planCapMultiple,
    CreditingRule creditingRule,
    boolean overlayAllowed,
    BigDecimal windfallThresholdPercent,
    Draw draw,
    int clawbackWindowMonths) {

  /**
   * Everything that is wrong, each with its field; empty when the terms are sound. What makes a
   * plan calculable is the calculation's own rule ({@link org.kamcomp.scoring.PlanRules}); the
   * model adds what only a designed plan needs (an effective date, a sensible share of base).
   */
  public List<FieldError> problems() {
    List<FieldError> errors = new ArrayList<>();
    if (effectiveFrom == null) {
      errors.add(new FieldError("effectiveFrom", "Say from when the version takes effect"));
    }
    if (targetIncentive != null
        && targetIncentive.getKind() == TargetIncentive.Kind.PERCENT_OF_BASE
        && targetIncentive.getValue().compareTo(BigDecimal.valueOf(400)) > 0) {
      errors.add(
          new FieldError(
              "targetIncentive.value",
              "A target incentive above 400 % of base is not a salary plan"));
    }
    PlanRulesMapping.rules("", 0, null, this, null).termProblems("").stream()
        .filter(p -> !p.field().equals("currency"))
        .map(p -> new FieldError(p.field(), p.message()))
        .forEach(errors::add);
    return errors;
  }
}
