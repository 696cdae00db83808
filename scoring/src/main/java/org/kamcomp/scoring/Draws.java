package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws. A draw is an amount per performance period, prorated like the target incentive. A
 * guarantee pays {@code max(earned, draw)}. A recoverable draw pays the draw when earnings fall
 * short and records the shortfall as a balance, recovered from later payouts of the same plan year
 * (the fiscal year), only from the part above the draw; what is left at the plan year's end is
 * forgiven unless the plan carries it over, and a carried balance is recovered the next year by the
 * same rule. The exact (unrounded) earned amount is compared with the prorated draw; the payout is
 * then rounded once. Balances are kept in the currency's minor unit, as the statements show them.
 */
public final class Draws {

  private Draws() {}

  /** A guarantee or a recoverable draw. */
  public enum Kind {
    GUARANTEE,
    RECOVERABLE
  }

  /** A plan's draw: its kind, the amount per performance period, and whether a balance carries. */
  public record Terms(Kind kind, BigDecimal amountPerPeriod, boolean carriesOver) {}

  /**
   * A period's payout with the draw applied.
   *
   * @param draw the prorated draw, rounded for showing
   * @param paid what the period pays
   * @param recovered what was recovered from the balance this period
   * @param balanceBefore the recoverable balance before the period
   * @param balance the balance after the period (at the plan year's end: what carries over)
   * @param forgiven what was forgiven at the plan year's end (zero when nothing)
   */
  public record Applied(
      Kind kind,
      BigDecimal draw,
      BigDecimal paid,
      BigDecimal recovered,
      BigDecimal balanceBefore,
      BigDecimal balance,
      BigDecimal forgiven,
      List<Step> explanation)
      implements java.io.Serializable {}

  /**
   * Applies the draw to one period's exact earnings.
   *
   * @param draw the exact prorated draw for the period
   * @param balanceBefore the recoverable balance carried into the period (zero when none)
   * @param planYearEnd whether the period ends the plan year
   */
  public static Applied apply(
      Terms terms,
      Rational earned,
      Rational draw,
      BigDecimal balanceBefore,
      boolean planYearEnd,
      int digits) {
    List<Step> steps = new ArrayList<>();
    BigDecimal zero = BigDecimal.ZERO.setScale(digits);
    BigDecimal balance = balanceBefore == null ? zero : balanceBefore.setScale(digits);
    BigDecimal before = balance;
    BigDecimal shownEarned = PayoutRounding.round(earned, digits);
    BigDecimal shownDraw = PayoutRounding.round(draw, digits);
    BigDecimal paid;
    BigDecimal recovered = zero;
    if (earned.compareTo(draw) < 0) {
      paid = shownDraw;
      if (terms.kind() == Kind.GUARANTEE) {
        steps.add(Step.of(Phrase.GUARANTEE_PAID, shownEarned, shownDraw));
      } else {
        BigDecimal added = paid.subtract(shownEarned);
        balance = balance.add(added);
        steps.add(Step.of(Phrase.RECOVERABLE_DRAW_PAID, shownEarned, shownDraw, added, balance));
      }
    } else if (terms.kind() == Kind.RECOVERABLE && balance.signum() > 0) {
      // Recovered only from the part above the draw, and at most the balance.
      Rational above = earned.subtract(draw);
      Rational take = above.min(Rational.of(balance));
      paid = PayoutRounding.round(earned.subtract(take), digits);
      recovered = shownEarned.subtract(paid);
      balance = balance.subtract(recovered);
      steps.add(
          Step.of(
              Phrase.DRAW_RECOVERED,
              shownEarned,
              recovered,
              PayoutRounding.round(above, digits),
              balance));
    } else {
      paid = shownEarned;
      steps.add(
          Step.of(
              terms.kind() == Kind.GUARANTEE
                  ? Phrase.GUARANTEE_NOT_NEEDED
                  : Phrase.AT_OR_ABOVE_DRAW,
              shownEarned,
              shownDraw));
    }
    BigDecimal forgiven = zero;
    if (planYearEnd && balance.signum() > 0) {
      if (terms.carriesOver()) {
        steps.add(Step.of(Phrase.DRAW_CARRIES_OVER, balance));
      } else {
        steps.add(Step.of(Phrase.DRAW_FORGIVEN, balance));
        forgiven = balance;
        balance = zero;
      }
    }
    return new Applied(
        terms.kind(), shownDraw, paid, recovered, before, balance, forgiven, List.copyOf(steps));
  }
}
