package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Crediting: a deal on an account credits each account-team member in force on its booking day with
 * the deal's value times their split. A member is credited as a primary seller (the primary splits
 * on an account never exceed 100 % on any day) or as an overlay, credited in addition, which counts
 * only for plans that allow overlay credit. The value of a multi-year deal (a term above 12 months)
 * follows the plan's rule: the total contract value, the annual contract value (TCV / (term in
 * months / 12)), or the first year's amount (when given, else ACV); a deal of 12 months or less is
 * credited at its amount under every rule. The margin is credited in the same proportion as the
 * amount. A deal cancelled on or before its booking date plus the plan's clawback window is a
 * negative credit on the day it is cancelled; cancelled later, its credit stands.
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

  /** How a member is credited: as a primary seller, or as an overlay in addition. */
  public enum Role {
    PRIMARY,
    OVERLAY
  }

  /**
   * A plan's crediting: the rule for multi-year deals, whether overlay members are credited, the
   * clawback window, and the windfall threshold (a share of the annual target; null: none).
   */
  public record Terms(
      Rule rule,
      boolean overlayAllowed,
      int clawbackWindowMonths,
      BigDecimal windfallThresholdPercent) {}

  /**
   * A booked deal as the source system reports it.
   *
   * @param currency the deal's currency; null for a deal in the currency of whatever plan it
   *     credits (a scenario may leave it out)
   */
  public record Deal(
      String id,
      String account,
      LocalDate booked,
      BigDecimal amount,
      BigDecimal margin,
      Currency currency,
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
      String account,
      String participant,
      BigDecimal splitPercent,
      LocalDate from,
      LocalDate to,
      Role role) {
    public Membership {
      role = role == null ? Role.PRIMARY : role;
    }

    public boolean covers(LocalDate day) {
      return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
  }

  /**
   * One credit to a participant from a deal: on {@code date}, {@code value} and {@code margin}; a
   * clawback is the negative credit of a cancelled deal, dated on its cancellation.
   */
  public record Credit(
      String dealId,
      String account,
      String participant,
      LocalDate date,
      Rational value,
      Rational margin,
      boolean clawback,
      Role role,
      BigDecimal splitPercent,
      Currency currency,
      Step explanation) {}

  /**
   * A participant's credits dated from {@code from} to {@code to}: from the deals on each account
   * whose team they are on (an overlay place only when the plan allows overlay credit), each deal's
   * value by the plan's rule times their split on its booking day, and the clawbacks of deals
   * cancelled within the window. Linear in the participant's deals.
   *
   * @param memberships the participant's places on account teams
   * @param dealsOn the deals booked on an account (any order)
   */
  public static List<Credit> credits(
      String participant,
      List<Membership> memberships,
      Function<String, List<Deal>> dealsOn,
      Terms terms,
      LocalDate from,
      LocalDate to) {
    List<Credit> credits = new ArrayList<>();
    for (Membership m : memberships) {
      if (!m.participant().equals(participant)
          || (m.role() == Role.OVERLAY && !terms.overlayAllowed())) {
        continue;
      }
      for (Deal d : dealsOn.apply(m.account())) {
        if (!m.covers(d.booked())) {
          continue;
        }
        boolean bookedWithin = !d.booked().isBefore(from) && !d.booked().isAfter(to);
        boolean clawedBack =
            d.cancelledOn() != null
                && !d.cancelledOn().isAfter(d.booked().plusMonths(terms.clawbackWindowMonths()))
                && !d.cancelledOn().isBefore(from)
                && !d.cancelledOn().isAfter(to);
        if (!bookedWithin && !clawedBack) {
          continue;
        }
        Rational value = value(d, terms.rule());
        Rational margin =
            d.margin() == null || d.amount().signum() == 0
                ? Rational.ZERO
                : Rational.of(d.margin()).multiply(value).divide(Rational.of(d.amount()));
        Rational share = Rational.of(m.splitPercent()).divide(Rational.HUNDRED);
        Rational credited = value.multiply(share);
        Rational creditedMargin = margin.multiply(share);
        String role = m.role() == Role.OVERLAY ? "overlay" : "primary";
        if (bookedWithin) {
          credits.add(
              new Credit(
                  d.id(),
                  d.account(),
                  participant,
                  d.booked(),
                  credited,
                  creditedMargin,
                  false,
                  m.role(),
                  m.splitPercent(),
                  d.currency(),
                  explain(d, terms.rule(), value, m.splitPercent(), role, credited)));
        }
        if (clawedBack) {
          credits.add(
              new Credit(
                  d.id(),
                  d.account(),
                  participant,
                  d.cancelledOn(),
                  credited.negate(),
                  creditedMargin.negate(),
                  true,
                  m.role(),
                  m.splitPercent(),
                  d.currency(),
                  Step.of(
                      Phrase.CLAWBACK,
                      d.id(),
                      d.cancelledOn(),
                      terms.clawbackWindowMonths(),
                      Step.money(credited, 2))));
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

  private static Step explain(
      Deal d, Rule rule, Rational value, BigDecimal split, String role, Rational credited) {
    Object splitShown = Step.plain(split);
    Object creditShown = Step.money(credited, 2);
    if (d.termMonths() <= 12) {
      return Step.of(
          Phrase.CREDIT_AMOUNT,
          d.id(),
          d.account(),
          d.booked(),
          Step.plain(d.amount()),
          splitShown,
          role,
          creditShown);
    }
    return switch (rule) {
      case TCV ->
          Step.of(
              Phrase.CREDIT_TCV,
              d.id(),
              d.account(),
              d.booked(),
              Step.plain(d.amount()),
              d.termMonths(),
              splitShown,
              role,
              creditShown);
      case ACV ->
          Step.of(
              Phrase.CREDIT_ACV,
              d.id(),
              d.account(),
              d.booked(),
              Step.plain(d.amount()),
              d.termMonths(),
              Step.money(value, 2),
              splitShown,
              role,
              creditShown);
      case FIRST_YEAR ->
          d.firstYearAmount() != null
              ? Step.of(
                  Phrase.CREDIT_FIRST_YEAR,
                  d.id(),
                  d.account(),
                  d.booked(),
                  Step.plain(d.firstYearAmount()),
                  splitShown,
                  role,
                  creditShown)
              : Step.of(
                  Phrase.CREDIT_FIRST_YEAR_ACV,
                  d.id(),
                  d.account(),
                  d.booked(),
                  Step.plain(d.amount()),
                  d.termMonths(),
                  Step.money(value, 2),
                  splitShown,
                  role,
                  creditShown);
    };
  }

  /**
   * The days on which the primary splits on an account add up to more than 100 %, each as "account
   * on day: N %" (the first such day of each stretch); empty when every account is within 100 %.
   * Overlay places are not counted.
   */
  public static List<String> primarySplitsAbove100(List<Membership> memberships) {
    Map<String, List<Membership>> byAccount = new TreeMap<>();
    for (Membership m : memberships) {
      if (m.role() == Role.PRIMARY) {
        byAccount.computeIfAbsent(m.account(), k -> new ArrayList<>()).add(m);
      }
    }
    List<String> found = new ArrayList<>();
    byAccount.forEach(
        (account, team) -> {
          // The total only changes on a day a place starts or the day after one ends.
          TreeSet<LocalDate> days = new TreeSet<>();
          for (Membership m : team) {
            days.add(m.from());
            if (m.to() != null) {
              days.add(m.to().plusDays(1));
            }
          }
          boolean over = false;
          for (LocalDate day : days) {
            BigDecimal total = BigDecimal.ZERO;
            for (Membership m : team) {
              if (m.covers(day)) {
                total = total.add(m.splitPercent());
              }
            }
            boolean now = total.compareTo(BigDecimal.valueOf(100)) > 0;
            if (now && !over) {
              found.add(
                  account
                      + " on "
                      + day
                      + ": "
                      + total.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                      + " %");
            }
            over = now;
          }
        });
    return found;
  }
}
