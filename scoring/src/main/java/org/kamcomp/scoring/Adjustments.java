package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Recalculation with adjustments: a published statement never changes, so when its inputs change a
 * recalculation makes a new version and the difference against the published one is an adjustment,
 * carried as its own line on the participant's next open period's statement. A comp admin's
 * resolution of an inquiry is an adjustment too. Each adjustment is a payout event of its own,
 * already in the currency's minor unit; carrying it adds it to what the statement pays.
 */
public final class Adjustments {

  private Adjustments() {}

  /**
   * An amount carried into a later statement.
   *
   * @param ref what identifies it where it is kept (the platform's id)
   * @param reason where it comes from, e.g. "Recalculation of 2026-04-01 to 2026-06-30"
   * @param amount positive: paid on top; negative: recovered
   * @param sourceAssignment the assignment whose statement it corrects (it is carried on that
   *     assignment's statement where there is one)
   * @param advance whether it recalculates an advance, so that it counts as an advance paid
   */
  public record Adjustment(
      String ref,
      String reason,
      BigDecimal amount,
      String currency,
      String sourceAssignment,
      boolean advance) {
    public Adjustment {
      Objects.requireNonNull(reason, "reason is required");
      Objects.requireNonNull(amount, "amount is required");
      Objects.requireNonNull(currency, "currency is required");
    }
  }

  /** An adjustment as a statement carries it: what it is and its amount at the minor unit. */
  public record Carried(String ref, String reason, BigDecimal amount)
      implements java.io.Serializable {}

  /**
   * The difference a recalculated statement makes against the published one (its own due, without
   * the adjustments either carried), or none when nothing changed.
   */
  public static Optional<BigDecimal> recalculation(BigDecimal published, BigDecimal recalculated) {
    BigDecimal difference = zeroIfNull(recalculated).subtract(zeroIfNull(published));
    return difference.signum() == 0 ? Optional.empty() : Optional.of(difference);
  }

  /** Adjustments added to a statement's own due, one explained step each. */
  record Sum(List<Carried> carried, BigDecimal total, BigDecimal due, List<Step> explanation) {}

  static Sum carry(BigDecimal ownDue, List<Adjustment> adjustments, int digits) {
    List<Step> steps = new ArrayList<>();
    List<Carried> carried = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO.setScale(digits);
    for (Adjustment a : adjustments) {
      if (a.amount().stripTrailingZeros().scale() > digits) {
        throw new IllegalArgumentException(
            "An adjustment of " + a.amount() + " is finer than the currency's minor unit");
      }
      BigDecimal amount = a.amount().setScale(digits, RoundingMode.UNNECESSARY);
      sum = sum.add(amount);
      carried.add(new Carried(a.ref(), a.reason(), amount));
      steps.add(Step.of(Phrase.ADJUSTMENT, a.reason(), signed(amount)));
    }
    BigDecimal own = zeroIfNull(ownDue).setScale(digits, RoundingMode.UNNECESSARY);
    BigDecimal total = own.add(sum);
    if (!adjustments.isEmpty()) {
      steps.add(Step.of(Phrase.DUE_WITH_ADJUSTMENTS, own.toPlainString(), signed(sum), total));
    }
    return new Sum(List.copyOf(carried), sum, total, List.copyOf(steps));
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
