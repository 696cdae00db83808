package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Draws over the periods of one plan year. A draw is an amount per period, prorated like the target
 * incentive. A guarantee pays {@code max(earned, draw)}. A recoverable draw pays the draw when
 * earnings fall short and records the shortfall as a balance, recovered from later payouts of the
 * same plan year, only from the part above the draw; what is left at the year's end is forgiven
 * unless the plan carries it over.
 */
public final class Draws {

  private Draws() {}

  /** A guarantee or a recoverable draw. */
  public enum Kind {
    GUARANTEE,
    RECOVERABLE
  }

  /** A period's earned payout (rounded) and its prorated draw. */
  public record Period(String label, BigDecimal earned, BigDecimal draw) {
    public Period {
      Objects.requireNonNull(earned, "earned is required");
      Objects.requireNonNull(draw, "draw is required");
    }
  }

  /**
   * What a period pays with the draw applied.
   *
   * @param paid what is paid for the period
   * @param recovered what was recovered from the balance this period
   * @param balance the recoverable balance after the period (at the year's end: what carries over)
   */
  public record Payout(
      String label,
      BigDecimal earned,
      BigDecimal draw,
      BigDecimal paid,
      BigDecimal recovered,
      BigDecimal balance,
      List<Step> explanation) {}

  /** The payouts of a plan year's periods, in order, with the draw applied. */
  public static List<Payout> apply(
      List<Period> periods, Kind kind, boolean carriesOver, BigDecimal openingBalance) {
    List<Payout> payouts = new ArrayList<>();
    BigDecimal balance = openingBalance == null ? BigDecimal.ZERO : openingBalance;
    for (int i = 0; i < periods.size(); i++) {
      Period p = periods.get(i);
      List<Step> explanation = new ArrayList<>();
      BigDecimal paid;
      BigDecimal recovered = BigDecimal.ZERO;
      if (p.earned().compareTo(p.draw()) < 0) {
        paid = p.draw();
        if (kind == Kind.GUARANTEE) {
          explanation.add(
              Step.of(
                  "Guarantee: earned %s is below the draw %s, which is paid",
                  p.earned(), p.draw()));
        } else {
          balance = balance.add(p.draw().subtract(p.earned()));
          explanation.add(
              Step.of(
                  "Recoverable draw: earned %s is below the draw %s; the draw is paid and %s is"
                      + " added to the balance, now %s",
                  p.earned(), p.draw(), p.draw().subtract(p.earned()), balance));
        }
      } else {
        BigDecimal aboveDraw = p.earned().subtract(p.draw());
        if (kind == Kind.RECOVERABLE && balance.signum() > 0) {
          recovered = aboveDraw.min(balance);
          balance = balance.subtract(recovered);
          explanation.add(
              Step.of(
                  "Earned %s; %s is recovered from the part above the draw (%s), balance now %s",
                  p.earned(), recovered, aboveDraw, balance));
        } else {
          explanation.add(Step.of("Earned %s, at or above the draw %s", p.earned(), p.draw()));
        }
        paid = p.earned().subtract(recovered);
      }
      boolean yearEnd = i == periods.size() - 1;
      if (yearEnd && balance.signum() > 0 && !carriesOver) {
        explanation.add(Step.of("Year end: the unrecovered %s is forgiven", balance));
        balance = BigDecimal.ZERO.setScale(balance.scale());
      } else if (yearEnd && balance.signum() > 0) {
        explanation.add(Step.of("Year end: %s carries over to the next plan year", balance));
      }
      payouts.add(
          new Payout(
              p.label(), p.earned(), p.draw(), paid, recovered, balance, List.copyOf(explanation)));
    }
    return payouts;
  }
}
