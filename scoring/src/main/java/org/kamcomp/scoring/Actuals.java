package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The actual of a measure over a span, from its data: the credited deals that count (windfalls held
 * are already out), summed as value or margin, or margin as a percentage of value (the ratio of the
 * sums, never an average); recorded results, summed or the latest; the manager's rating, the
 * latest. Exact: a quotient is never cut. The one place these rules live.
 */
public final class Actuals {

  private Actuals() {}

  /** A recorded result or rating of a participant on a measure, dated (e.g. a period's end). */
  public record Result(String measureCode, LocalDate date, BigDecimal value) {
    public Result {
      Objects.requireNonNull(measureCode, "measureCode is required");
      Objects.requireNonNull(date, "date is required");
      Objects.requireNonNull(value, "value is required");
    }
  }

  /** A measure's actual (null when there is none) and how it was made up. */
  public record Actual(Rational value, List<Step> trail) {}

  /**
   * The actual of {@code m} from {@code from} to {@code to}.
   *
   * @param counted the participant's credits in the span that count (dated within it)
   * @param results the participant's results and ratings (any dates; those in the span are read)
   */
  public static Actual of(
      PlanRules.MeasureRule m,
      List<Crediting.Credit> counted,
      List<Result> results,
      LocalDate from,
      LocalDate to,
      int digits) {
    return switch (m.data()) {
      case BOOKINGS, MARGIN -> credited(m, counted, from, to, digits);
      case MARGIN_PERCENT -> marginPercent(counted, from, to, digits);
      case RESULT_SUM -> summed(m, results, from, to);
      case RESULT_LATEST, RATING -> latest(m, results, from, to);
    };
  }

  private static Actual credited(
      PlanRules.MeasureRule m,
      List<Crediting.Credit> counted,
      LocalDate from,
      LocalDate to,
      int digits) {
    List<Step> trail = new ArrayList<>();
    boolean value = m.data() == PlanRules.Data.BOOKINGS;
    Rational sum = Rational.ZERO;
    for (Crediting.Credit c : counted) {
      sum = sum.add(value ? c.value() : c.margin());
    }
    trail.add(
        Step.of(
            value ? Phrase.CREDITED_VALUE : Phrase.CREDITED_MARGIN,
            from,
            to,
            count(counted),
            Step.money(sum, digits)));
    return new Actual(sum, trail);
  }

  private static Actual marginPercent(
      List<Crediting.Credit> counted, LocalDate from, LocalDate to, int digits) {
    List<Step> trail = new ArrayList<>();
    Rational value = Rational.ZERO;
    Rational margin = Rational.ZERO;
    for (Crediting.Credit c : counted) {
      value = value.add(c.value());
      margin = margin.add(c.margin());
    }
    if (value.signum() == 0) {
      trail.add(Step.of(Phrase.MARGIN_PERCENT_NO_VALUE, from, to));
      return new Actual(Rational.ZERO, trail);
    }
    Rational percent = margin.multiply(Rational.HUNDRED).divide(value);
    trail.add(
        Step.of(
            Phrase.MARGIN_PERCENT,
            Step.money(margin, digits),
            Step.money(value, digits),
            Step.plain(percent)));
    return new Actual(percent, trail);
  }

  private static Actual summed(
      PlanRules.MeasureRule m, List<Result> results, LocalDate from, LocalDate to) {
    Rational sum = null;
    int n = 0;
    for (Result r : results) {
      if (r.measureCode().equals(m.code()) && within(r.date(), from, to)) {
        sum = (sum == null ? Rational.ZERO : sum).add(Rational.of(r.value()));
        n++;
      }
    }
    if (n > 1) {
      List<Step> trail = new ArrayList<>();
      trail.add(Step.of(Phrase.RESULTS_SUMMED, from, to, n, Step.plain(sum)));
      return new Actual(sum, trail);
    }
    return new Actual(sum, new ArrayList<>());
  }

  private static Actual latest(
      PlanRules.MeasureRule m, List<Result> results, LocalDate from, LocalDate to) {
    Result latest = null;
    for (Result r : results) {
      if (r.measureCode().equals(m.code())
          && within(r.date(), from, to)
          && (latest == null || r.date().isAfter(latest.date()))) {
        latest = r;
      }
    }
    if (latest == null) {
      return new Actual(null, new ArrayList<>());
    }
    return new Actual(Rational.of(latest.value()), new ArrayList<>());
  }

  /** "3 deals", "1 deal, 1 clawback", "no deals". */
  private static String count(List<Crediting.Credit> credits) {
    int deals = 0;
    int clawbacks = 0;
    for (Crediting.Credit c : credits) {
      if (c.clawback()) {
        clawbacks++;
      } else {
        deals++;
      }
    }
    String text = deals == 0 ? "no deals" : deals == 1 ? "1 deal" : deals + " deals";
    if (clawbacks > 0) {
      text += clawbacks == 1 ? ", 1 clawback" : ", " + clawbacks + " clawbacks";
    }
    return text;
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /**
   * An exact value as a statement shows it among its inputs: as it is when it ends within six
   * decimals, otherwise to six decimals (the calculation used the exact value).
   */
  public static BigDecimal shown(Rational x) {
    if (x == null) {
      return null;
    }
    BigDecimal six = x.round(6, RoundingMode.HALF_UP);
    BigDecimal exact = six.stripTrailingZeros();
    return exact.scale() < 0 ? exact.setScale(0) : exact;
  }
}
