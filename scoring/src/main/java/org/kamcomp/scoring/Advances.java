package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Advances and the true-up of a plan whose performance period is longer than its payouts. At each
 * earlier payout date the scorecard is computed from the period's start to that date (cumulative
 * targets, actuals to date, target incentive to date) and the advance due is {@code max(0, rate x
 * earned to date - advances paid)}, rounded once. At the period's end (or when the assignment ends
 * within it) the true-up pays {@code earned - advances paid}; a negative true-up is a recoverable
 * balance carried against later payouts, unless the plan forgives it. Advances paid include those a
 * recalculation of an earlier advance pays as an adjustment: they are never paid twice.
 */
public final class Advances {

  private Advances() {}

  /**
   * What a payout date pays.
   *
   * @param paidBefore the advances paid before this date (adjustments of recalculated advances
   *     included)
   * @param amount the advance, or the true-up (zero when a negative one is recoverable or forgiven)
   * @param overpaid what a negative true-up leaves owed (zero when none or forgiven)
   */
  public record Paid(
      BigDecimal ratePercent,
      BigDecimal paidBefore,
      BigDecimal amount,
      BigDecimal overpaid,
      List<Step> explanation)
      implements java.io.Serializable {}

  /** The advance at an earlier payout date. */
  public static Paid advance(Rational earned, BigDecimal ratePercent, BigDecimal paid, int digits) {
    Rational rate = Rational.of(ratePercent).divide(Rational.HUNDRED);
    BigDecimal amount =
        PayoutRounding.round(
            rate.multiply(earned).subtract(Rational.of(paid)).max(Rational.ZERO), digits);
    return new Paid(
        ratePercent,
        paid,
        amount,
        BigDecimal.ZERO.setScale(digits),
        List.of(
            Step.of(
                Phrase.ADVANCE,
                Step.plain(ratePercent),
                Step.money(earned, digits),
                paid,
                amount)));
  }

  /** The true-up at the end of the performance period. */
  public static Paid trueUp(Rational earned, BigDecimal paid, boolean forgiven, int digits) {
    List<Step> steps = new ArrayList<>();
    BigDecimal zero = BigDecimal.ZERO.setScale(digits);
    BigDecimal amount = PayoutRounding.round(earned.subtract(Rational.of(paid)), digits);
    steps.add(Step.of(Phrase.TRUE_UP, Step.money(earned, digits), paid, amount));
    BigDecimal overpaid = zero;
    if (amount.signum() < 0) {
      if (forgiven) {
        steps.add(Step.of(Phrase.TRUE_UP_FORGIVEN, amount.negate()));
      } else {
        overpaid = amount.negate();
        steps.add(Step.of(Phrase.TRUE_UP_RECOVERABLE, overpaid));
      }
      amount = zero;
    }
    return new Paid(null, paid, amount, overpaid, List.copyOf(steps));
  }
}
