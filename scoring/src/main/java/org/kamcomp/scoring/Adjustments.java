package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Recalculation with adjustments: a published statement never changes, so when its inputs change a
 * recalculation makes a new version and the difference against the published one is an adjustment,
 * carried as its own line on the participant's next open period's statement. A comp admin's
 * resolution of an inquiry is an adjustment too. Each adjustment is a payout event of its own,
 * already in the currency's minor unit; carrying it adds it to what the statement pays, with a step
 * saying where it comes from.
 */
public final class Adjustments {

  private Adjustments() {}

  /**
   * An amount carried into a later statement.
   *
   * @param reason where it comes from, e.g. "Recalculation of 2026-04-01 to 2026-06-30"
   * @param amount positive: paid on top; negative: recovered
   * @param advance whether it recalculates an advance, so that it counts as an advance paid
   */
  public record Adjustment(String reason, BigDecimal amount, boolean advance) {
    public Adjustment {
      Objects.requireNonNull(reason, "reason is required");
      Objects.requireNonNull(amount, "amount is required");
    }
  }

  /**
   * The adjustment a recalculated statement carries: its due less the published version's, or none
   * when nothing changed.
   */
  public static java.util.Optional<Adjustment> recalculation(
      String period, BigDecimal published, BigDecimal recalculated, boolean advance) {
    BigDecimal difference = zeroIfNull(recalculated).subtract(zeroIfNull(published));
    if (difference.signum() == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Adjustment("Recalculation of " + period, difference, advance));
  }

  /**
   * A statement's due with the adjustments it carries.
   *
   * @param total what the statement pays: its own payout plus every adjustment
   * @param adjustments the sum of the adjustments alone
   * @param explanation one step per adjustment, and the total when there is any
   */
  public record Carried(BigDecimal total, BigDecimal adjustments, List<Step> explanation) {}

  /** Adds the adjustments to a statement's own amount due, one explained step each. */
  public static Carried carry(BigDecimal due, List<Adjustment> adjustments, int digits) {
    List<Step> steps = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO.setScale(digits);
    for (Adjustment a : adjustments) {
      if (a.amount().stripTrailingZeros().scale() > digits) {
        throw new IllegalArgumentException(
            "An adjustment of " + a.amount() + " is finer than the currency's minor unit");
      }
      BigDecimal amount = a.amount().setScale(digits, java.math.RoundingMode.UNNECESSARY);
      sum = sum.add(amount);
      steps.add(Step.of("Adjustment: %s: %s", a.reason(), signed(amount)));
    }
    BigDecimal own = zeroIfNull(due).setScale(digits, java.math.RoundingMode.UNNECESSARY);
    BigDecimal total = own.add(sum);
    if (!adjustments.isEmpty()) {
      steps.add(Step.of("Due = %s + adjustments %s = %s", own.toPlainString(), signed(sum), total));
    }
    return new Carried(total, sum, List.copyOf(steps));
  }

  /** The advances a recalculation has settled: the adjustments that recalculate an advance. */
  public static BigDecimal advancesSettled(List<Adjustment> adjustments) {
    return adjustments.stream()
        .filter(Adjustment::advance)
        .map(Adjustment::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String signed(BigDecimal x) {
    return (x.signum() >= 0 ? "+" : "") + x.toPlainString();
  }

  private static BigDecimal zeroIfNull(BigDecimal x) {
    return x == null ? BigDecimal.ZERO : x;
  }
}
