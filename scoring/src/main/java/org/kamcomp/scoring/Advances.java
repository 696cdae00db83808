package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Advances and the year-end true-up of a plan with an annual performance period. At each earlier
 * payout date the scorecard is computed year to date (cumulative targets, actuals to date, target
 * incentive to date = annual x months elapsed / 12 x assigned days to date / days to date) and the
 * advance due is {@code max(0, rate x earned to date - advances paid)}, rounded once. At year end
 * the true-up pays {@code earned for the year - advances paid}; a negative true-up is a recoverable
 * balance carried against later payouts, unless the plan forgives it.
 */
public final class Advances {

  private Advances() {}

  /** What happened at a payout date. */
  public enum Kind {
    ADVANCE,
    TRUE_UP
  }

  /**
   * One payout date's calculation: the year-to-date scorecard (its period runs from the plan year's
   * start to this date) with the cumulative targets and the actuals to date.
   */
  public record PayoutDate(LocalDate date, ScorecardEngine.Calculation yearToDate) {}

  /**
   * One payout event.
   *
   * @param earnedToDate what the scorecard earned from the year's start, rounded for display
   * @param paidBefore the advances paid before this event
   * @param amount this event's payment (an advance, or the true-up; negative: recoverable)
   * @param recoverable the balance the participant owes after this event (0 when none or forgiven)
   * @param statement the year-to-date statement behind it
   */
  public record Event(
      LocalDate date,
      Kind kind,
      BigDecimal earnedToDate,
      BigDecimal paidBefore,
      BigDecimal amount,
      BigDecimal recoverable,
      Statement statement,
      List<Step> explanation) {}

  /**
   * The advances at every payout date but the last, and the true-up at the last (the plan year's
   * end). A held year-to-date statement (a missing rating) pays no advance and is reported as held.
   *
   * @param ratePercent the advance rate, e.g. 75
   * @param forgiven whether a negative true-up is forgiven rather than recovered
   */
  public static List<Event> schedule(
      List<PayoutDate> dates, BigDecimal ratePercent, boolean forgiven) {
    List<Event> events = new ArrayList<>();
    BigDecimal paid = null;
    for (int i = 0; i < dates.size(); i++) {
      PayoutDate d = dates.get(i);
      if (paid == null) {
        paid = BigDecimal.ZERO.setScale(d.yearToDate().currency().getDefaultFractionDigits());
      }
      boolean last = i == dates.size() - 1;
      Event e = at(d, ratePercent, paid, last, forgiven);
      events.add(e);
      if (!last) {
        paid = paid.add(e.amount());
      }
    }
    return events;
  }

  /**
   * One payout date's event, given what the earlier advances of the year paid: an advance, or at
   * the year's end ({@code last}) the true-up.
   */
  public static Event at(
      PayoutDate d, BigDecimal ratePercent, BigDecimal paid, boolean last, boolean forgiven) {
    Objects.requireNonNull(ratePercent, "ratePercent is required");
    int digits = d.yearToDate().currency().getDefaultFractionDigits();
    ScorecardEngine.Result ytd = ScorecardEngine.evaluate(d.yearToDate());
    List<Step> explanation = new ArrayList<>();
    Kind kind = last ? Kind.TRUE_UP : Kind.ADVANCE;
    BigDecimal zero = BigDecimal.ZERO.setScale(digits);
    if (ytd.earned() == null) {
      explanation.add(
          Step.of("Held: %s; nothing is paid until it is in", ytd.statement().heldBecause()));
      return new Event(
          d.date(), kind, null, paid, zero, zero, ytd.statement(), List.copyOf(explanation));
    }
    Rational earned = ytd.earned();
    Rational paidSoFar = Rational.of(paid);
    BigDecimal amount;
    BigDecimal recoverable = zero;
    if (!last) {
      Rational rate = Rational.of(ratePercent).divide(Rational.HUNDRED);
      amount =
          PayoutRounding.round(
              rate.multiply(earned).subtract(paidSoFar).max(Rational.ZERO), digits);
      explanation.add(
          Step.of(
              "Advance = max(0, %s %% x earned to date %s - advances paid %s) = %s",
              Step.plain(ratePercent), Step.money(earned, digits), paid, amount));
    } else {
      amount = PayoutRounding.round(earned.subtract(paidSoFar), digits);
      explanation.add(
          Step.of(
              "True-up = earned for the year %s - advances paid %s = %s",
              Step.money(earned, digits), paid, amount));
      if (amount.signum() < 0 && forgiven) {
        explanation.add(Step.of("The plan forgives the overpaid %s", amount.negate()));
        amount = zero;
      } else if (amount.signum() < 0) {
        recoverable = amount.negate();
        explanation.add(
            Step.of(
                "Overpaid by %s: a recoverable balance, carried against later payouts",
                recoverable));
      }
    }
    return new Event(
        d.date(),
        kind,
        PayoutRounding.round(earned, digits),
        paid,
        amount,
        recoverable,
        ytd.statement(),
        List.copyOf(explanation));
  }
}
