package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Crediting: a transaction on an account credits each account-team member in force on its booking
 * day with the deal's value times their split. The value of a multi-year deal follows the plan's
 * rule: the total contract value, the annual contract value (TCV / (term in months / 12)), or the
 * first year's amount (when given, else ACV). A deal of twelve months or less is credited at its
 * amount under every rule. A deal cancelled within the plan's clawback window is a negative credit
 * in the period it is cancelled; cancelled later, its credit stands.
 */
public final class Crediting {

  private static final Rational TWELVE = Rational.of(12);

  private Crediting() {}

  /** How a multi-year deal is valued. */
  public enum Rule {
    TCV,
    ACV,
    FIRST_YEAR
  }

  /** A booked deal as the source system reports it. */
  public record Deal(
      String id,
      String account,
      LocalDate booked,
      BigDecimal amount,
      BigDecimal margin,
      int termMonths,
      BigDecimal firstYearAmount,
      LocalDate cancelledOn) {
    public Deal {
      Objects.requireNonNull(id, "id is required");
      Objects.requireNonNull(account, "account is required");
      Objects.requireNonNull(booked, "booked is required");
      Objects.requireNonNull(amount, "amount is required");
      if (termMonths < 1) {
        throw new IllegalArgumentException("deal " + id + ": a contract runs at least 1 month");
      }
    }
  }

  /** A place on an account team: the split and the days it applies (no end: open). */
  public record Membership(
      String account, String participant, BigDecimal splitPercent, LocalDate from, LocalDate to) {
    boolean covers(String acc, LocalDate day) {
      return account.equals(acc) && !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
  }

  /**
   * One credit: on {@code date}, {@code value} and {@code margin} for a participant from a deal; a
   * clawback is the negative credit of a cancelled deal.
   */
  public record Credit(
      String dealId,
      String participant,
      LocalDate date,
      Rational value,
      Rational margin,
      boolean clawback,
      Step explanation) {}

  /**
   * The credits of the deals through the account teams.
   *
   * @param overlayAllowed whether the splits on an account may add up to more than 100 % (overlay
   *     credit); when not, such a deal is refused with its id
   * @throws IllegalArgumentException naming the deal whose team splits exceed 100 % without overlay
   */
  public static List<Credit> credits(
      List<Deal> deals,
      List<Membership> teams,
      Rule rule,
      int clawbackWindowMonths,
      boolean overlayAllowed) {
    List<Credit> credits = new ArrayList<>();
    for (Deal d : deals) {
      List<Membership> team =
          teams.stream().filter(m -> m.covers(d.account(), d.booked())).toList();
      Rational splits = Rational.ZERO;
      for (Membership m : team) {
        splits = splits.add(Rational.of(m.splitPercent()));
      }
      if (!overlayAllowed && splits.compareTo(Rational.HUNDRED) > 0) {
        throw new IllegalArgumentException(
            "deal "
                + d.id()
                + ": the team of account "
                + d.account()
                + " splits "
                + splits
                    .round(2, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString()
                + " % on "
                + d.booked()
                + ", and this plan gives no overlay credit beyond 100 %");
      }
      Rational value = value(d, rule);
      Rational margin =
          d.margin() == null || d.amount().signum() == 0
              ? Rational.ZERO
              : Rational.of(d.margin()).multiply(value).divide(Rational.of(d.amount()));
      boolean clawedBack =
          d.cancelledOn() != null
              && !d.cancelledOn().isAfter(d.booked().plusMonths(clawbackWindowMonths));
      for (Membership m : team) {
        Rational share = Rational.of(m.splitPercent()).divide(Rational.HUNDRED);
        Rational credited = value.multiply(share);
        Rational creditedMargin = margin.multiply(share);
        credits.add(
            new Credit(
                d.id(),
                m.participant(),
                d.booked(),
                credited,
                creditedMargin,
                false,
                Step.of(
                    "Deal %s on %s, booked %s: %s at %s %% split = %s",
                    d.id(),
                    d.account(),
                    d.booked(),
                    describe(d, rule, value),
                    Step.plain(m.splitPercent()),
                    Step.money(credited, 2))));
        if (clawedBack) {
          credits.add(
              new Credit(
                  d.id(),
                  m.participant(),
                  d.cancelledOn(),
                  credited.negate(),
                  creditedMargin.negate(),
                  true,
                  Step.of(
                      "Deal %s cancelled on %s, within the %s-month clawback window: -%s",
                      d.id(), d.cancelledOn(), clawbackWindowMonths, Step.money(credited, 2))));
        }
      }
    }
    return credits;
  }

  /** The value a deal is credited at by the rule. */
  public static Rational value(Deal d, Rule rule) {
    Rational amount = Rational.of(d.amount());
    if (d.termMonths() <= 12) {
      return amount;
    }
    Rational acv = amount.multiply(TWELVE).divide(Rational.of(d.termMonths()));
    return switch (rule) {
      case TCV -> amount;
      case ACV -> acv;
      case FIRST_YEAR -> d.firstYearAmount() != null ? Rational.of(d.firstYearAmount()) : acv;
    };
  }

  private static Object describe(Deal d, Rule rule, Rational value) {
    if (d.termMonths() <= 12) {
      return Step.of("amount %s", Step.plain(d.amount()));
    }
    return switch (rule) {
      case TCV -> Step.of("TCV %s (%s months)", Step.plain(d.amount()), d.termMonths());
      case ACV ->
          Step.of(
              "ACV %s / (%s / 12) = %s",
              Step.plain(d.amount()), d.termMonths(), Step.money(value, 2));
      case FIRST_YEAR ->
          d.firstYearAmount() != null
              ? Step.of("first-year value %s", Step.plain(d.firstYearAmount()))
              : Step.of(
                  "first-year value = ACV %s / (%s / 12) = %s",
                  Step.plain(d.amount()), d.termMonths(), Step.money(value, 2));
    };
  }

  /** The credited value of a participant's credits dated within [from, to]. */
  public static Rational total(
      List<Credit> credits, String participant, LocalDate from, LocalDate to) {
    return sum(credits, participant, from, to, Credit::value);
  }

  /** The credited margin of a participant's credits dated within [from, to]. */
  public static Rational margin(
      List<Credit> credits, String participant, LocalDate from, LocalDate to) {
    return sum(credits, participant, from, to, Credit::margin);
  }

  private static Rational sum(
      List<Credit> credits,
      String participant,
      LocalDate from,
      LocalDate to,
      java.util.function.Function<Credit, Rational> part) {
    Rational total = Rational.ZERO;
    for (Credit c : credits) {
      if (c.participant().equals(participant)
          && !c.date().isBefore(from)
          && !c.date().isAfter(to)) {
        total = total.add(part.apply(c));
      }
    }
    return total;
  }
}
