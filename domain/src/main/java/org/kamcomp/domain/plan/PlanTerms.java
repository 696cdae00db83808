package org.kamcomp.domain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kamcomp.domain.problem.FieldError;

/**
 * A plan version's elements besides the scorecard: when it takes effect, the target incentive, the
 * performance period and payout frequency (with an advance rate when payouts come more often than
 * the period ends), the plan cap (a multiple of the target incentive), crediting of multi-year
 * deals, the windfall threshold, a draw, and the clawback window.
 */
public record PlanTerms(
    LocalDate effectiveFrom,
    TargetIncentive targetIncentive,
    PeriodType performancePeriod,
    PeriodType payoutFrequency,
    BigDecimal advanceRatePercent,
    BigDecimal planCapMultiple,
    CreditingRule creditingRule,
    BigDecimal windfallThresholdPercent,
    Draw draw,
    int clawbackWindowMonths) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Everything that is wrong, each with its field; empty when the terms are sound. */
  public List<FieldError> problems() {
    List<FieldError> errors = new ArrayList<>();
    if (effectiveFrom == null) {
      errors.add(new FieldError("effectiveFrom", "Say from when the version takes effect"));
    }
    if (targetIncentive == null) {
      errors.add(new FieldError("targetIncentive", "A plan needs a target incentive"));
    } else if (targetIncentive.getValue().signum() <= 0) {
      errors.add(new FieldError("targetIncentive.value", "The target incentive must be above 0"));
    } else if (targetIncentive.getKind() == TargetIncentive.Kind.PERCENT_OF_BASE
        && targetIncentive.getValue().compareTo(BigDecimal.valueOf(400)) > 0) {
      errors.add(
          new FieldError(
              "targetIncentive.value",
              "A target incentive above 400 % of base is not a salary plan"));
    }
    if (performancePeriod == null) {
      errors.add(new FieldError("performancePeriod", "Choose the performance period"));
    }
    if (payoutFrequency == null) {
      errors.add(new FieldError("payoutFrequency", "Choose how often the plan pays"));
    }
    if (performancePeriod != null && payoutFrequency != null) {
      if (payoutFrequency.months() > performancePeriod.months()) {
        errors.add(
            new FieldError(
                "payoutFrequency",
                "The plan cannot pay less often than its performance period ends"));
      } else if (payoutFrequency.months() < performancePeriod.months()) {
        if (advanceRatePercent == null) {
          errors.add(
              new FieldError(
                  "advanceRatePercent",
                  "Payouts before the period ends are advances: set the advance rate"));
        }
      } else if (advanceRatePercent != null) {
        errors.add(
            new FieldError(
                "advanceRatePercent",
                "There are no advances when the plan pays once per performance period"));
      }
    }
    if (advanceRatePercent != null
        && (advanceRatePercent.signum() <= 0 || advanceRatePercent.compareTo(HUNDRED) > 0)) {
      errors.add(
          new FieldError("advanceRatePercent", "The advance rate lies above 0 % and up to 100 %"));
    }
    if (planCapMultiple != null && planCapMultiple.compareTo(BigDecimal.ONE) < 0) {
      errors.add(
          new FieldError(
              "planCapMultiple",
              "A plan cap below 1 x the target incentive would cap pay below target"));
    }
    if (creditingRule == null) {
      errors.add(new FieldError("creditingRule", "Choose how multi-year deals are credited"));
    }
    if (windfallThresholdPercent != null && windfallThresholdPercent.signum() <= 0) {
      errors.add(
          new FieldError("windfallThresholdPercent", "A windfall threshold must be above 0 %"));
    }
    if (draw != null) {
      if (draw.amountPerPeriod() == null || draw.amountPerPeriod().signum() <= 0) {
        errors.add(new FieldError("draw.amountPerPeriod", "A draw must be above 0"));
      }
      if (draw.kind() == null) {
        errors.add(new FieldError("draw.kind", "Choose a guarantee or a recoverable draw"));
      }
    }
    if (clawbackWindowMonths < 0 || clawbackWindowMonths > 36) {
      errors.add(
          new FieldError(
              "clawbackWindowMonths", "The clawback window lies between 0 and 36 months"));
    }
    return errors;
  }
}
