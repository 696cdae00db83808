package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calculates a statement exactly as {@code CALCULATION.md} says: attainment by direction or rating,
 * LINEAR and STEP curves with extension and caps, gates, the modifier, the plan cap, proration of
 * the target incentive by days, and one rounding per payout event. Every quotient is kept as a
 * {@link Rational}; a payout is rounded once, half up, to the currency's minor unit. A pure
 * function: the same calculation gives the same statement.
 */
public final class ScorecardEngine {

  private static final Rational TWELVE = Rational.of(12);

  private ScorecardEngine() {}

  /**
   * What to calculate: a participant's assignment to a plan for one performance period.
   *
   * @param annualTargetIncentive the assignment's annual target incentive in the plan's currency
   *     (already resolved from an amount or a percentage of base)
   * @param assignedFrom the first day of the assignment within the period (the period's start when
   *     it covers it)
   * @param assignedTo the last day of the assignment within the period
   */
  public record Calculation(
      String participant,
      String plan,
      Currency currency,
      BigDecimal annualTargetIncentive,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate assignedFrom,
      LocalDate assignedTo,
      Scorecard scorecard) {

    /** Every problem, each with its field; empty when the calculation can run. */
    public List<Problem> problems(String path) {
      List<Problem> problems = new ArrayList<>();
      if (currency == null) {
        problems.add(new Problem(path + ".currency", "is required"));
      }
      if (annualTargetIncentive == null || annualTargetIncentive.signum() < 0) {
        problems.add(new Problem(path + ".annualTargetIncentive", "is required and not negative"));
      }
      if (periodStart == null || periodEnd == null || periodEnd.isBefore(periodStart)) {
        problems.add(new Problem(path + ".periodEnd", "A period ends on or after its start"));
      } else if (periodStart.getDayOfMonth() != 1
          || !periodEnd.equals(periodEnd.withDayOfMonth(periodEnd.lengthOfMonth()))) {
        problems.add(
            new Problem(
                path + ".periodStart", "A period runs from a month's first day to a month's last"));
      }
      LocalDate from = assignedFrom == null ? periodStart : assignedFrom;
      LocalDate to = assignedTo == null ? periodEnd : assignedTo;
      if (from != null && to != null && periodStart != null && periodEnd != null) {
        if (to.isBefore(from) || from.isBefore(periodStart) || to.isAfter(periodEnd)) {
          problems.add(
              new Problem(
                  path + ".assignedFrom",
                  "The assigned days lie within the period, from before to"));
        }
      }
      if (scorecard == null) {
        problems.add(new Problem(path + ".scorecard", "is required"));
      } else {
        problems.addAll(scorecard.problems(path + ".scorecard"));
      }
      return problems;
    }

    /**
     * The problems of the inputs alone, for a scorecard whose plan was checked when it was made
     * (the pipeline's): the period, the days, the target incentive and a target above 0.
     */
    List<Problem> inputProblems(String path) {
      List<Problem> problems = new ArrayList<>();
      if (currency == null
          || annualTargetIncentive == null
          || annualTargetIncentive.signum() < 0
          || periodStart == null
          || periodEnd == null
          || assignedFrom == null
          || assignedTo == null
          || assignedTo.isBefore(assignedFrom)
          || assignedFrom.isBefore(periodStart)
          || assignedTo.isAfter(periodEnd)) {
        return problems(path);
      }
      for (Scorecard.Measure m : scorecard.measures()) {
        if (!m.isRated() && (m.target() == null || m.target().signum() <= 0)) {
          problems.add(
              new Problem(
                  path + ".scorecard.measures." + m.code() + ".target",
                  "A target is above 0 (attainment divides by it)"));
        }
      }
      return problems;
    }
  }

  /**
   * The statement of one calculation.
   *
   * @throws IllegalArgumentException naming each bad field when the inputs are inconsistent
   */
  public static Statement calculate(Calculation c) {
    return evaluate(c).statement();
  }

  /**
   * A statement with the exact amount earned before its rounding (null when held): what advances
   * and the true-up are computed from, so they are rounded once each, not from rounded amounts.
   */
  public record Result(Statement statement, Rational earned, Map<String, Rational> attainments) {}

  /**
   * The statement and the exact amount earned.
   *
   * @throws IllegalArgumentException naming each bad field when the inputs are inconsistent
   */
  public static Result evaluate(Calculation c) {
    return evaluate(c, c.problems("calculation"));
  }

  /** As {@link #evaluate(Calculation)}, for a scorecard of a plan already checked. */
  static Result evaluateChecked(Calculation c) {
    return evaluate(c, c.inputProblems("calculation"));
  }

  private static Result evaluate(Calculation c, List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          String.join("; ", problems.stream().map(Problem::toString).toList()));
    }
    int digits = c.currency().getDefaultFractionDigits();
    Scorecard card = c.scorecard();
    List<Step> explanation = new ArrayList<>();

    // Target incentive for the period: annual x months / 12 x assigned days / days in the period.
    LocalDate from = c.assignedFrom() == null ? c.periodStart() : c.assignedFrom();
    LocalDate to = c.assignedTo() == null ? c.periodEnd() : c.assignedTo();
    long months = ChronoUnit.MONTHS.between(c.periodStart(), c.periodEnd().plusDays(1));
    long periodDays = ChronoUnit.DAYS.between(c.periodStart(), c.periodEnd()) + 1;
    long assignedDays = ChronoUnit.DAYS.between(from, to) + 1;
    Rational proration = Rational.of(assignedDays, periodDays);
    Rational ti =
        Rational.of(c.annualTargetIncentive())
            .multiply(Rational.of(months))
            .divide(TWELVE)
            .multiply(proration);
    explanation.add(
        assignedDays == periodDays
            ? Step.of(
                Phrase.TI, Step.plain(c.annualTargetIncentive()), months, Step.money(ti, digits))
            : Step.of(
                Phrase.TI_PRORATED,
                Step.plain(c.annualTargetIncentive()),
                months,
                assignedDays,
                periodDays,
                Step.money(ti, digits)));

    // Attainment of every measure first: gates and the modifier read other measures'.
    Map<String, Rational> attainment = new HashMap<>();
    for (Scorecard.Measure m : card.measures()) {
      if (m.isRated() && m.actual() == null) {
        return new Result(
            held(
                c,
                ti,
                digits,
                "no rating yet for \"" + name(m) + "\"; a missing rating does not pay 0",
                explanation),
            null,
            Map.copyOf(attainment));
      }
      attainment.put(m.code(), attainment(m));
    }

    List<Statement.Line> lines = new ArrayList<>();
    Rational raw = Rational.ZERO;
    BigDecimal roundedLines = BigDecimal.ZERO;
    for (Scorecard.Measure m : card.measures()) {
      List<Step> trail = new ArrayList<>(m.basis());
      Rational a = attainment.get(m.code());
      trail.add(describeAttainment(m, a));
      Rational p = payoutFactor(m.curve(), a, m.isRated(), trail);
      String gatedBy = null;
      for (Scorecard.Gate g : card.gates()) {
        Rational gateAttainment = attainment.get(g.measureCode());
        if (g.governs(m.code())
            && gateAttainment.compareTo(Rational.constant(g.minimumAttainment())) < 0) {
          gatedBy = g.measureCode();
          trail.add(
              Step.of(
                  Phrase.GATE_CLOSED,
                  g.measureCode(),
                  Step.percent(gateAttainment),
                  Step.percent(Rational.constant(g.minimumAttainment()))));
          p = Rational.ZERO;
          break;
        }
      }
      Rational weight = Rational.constant(m.weightPercent()).divide(Rational.HUNDRED);
      Rational exact = ti.multiply(weight).multiply(p);
      BigDecimal amount = PayoutRounding.round(exact, digits);
      if (weight.signum() == 0) {
        trail.add(Step.of(Phrase.WEIGHT_ZERO));
      } else {
        trail.add(
            Step.of(
                Phrase.MEASURE_PAYOUT,
                Step.money(ti, digits),
                Step.plain(m.weightPercent()),
                Step.factor(p),
                amount));
      }
      raw = raw.add(exact);
      roundedLines = roundedLines.add(amount);
      lines.add(
          new Statement.Line(
              m.code(),
              name(m),
              m.weightPercent(),
              m.target(),
              Actuals.shown(m.actual()),
              m.isRated()
                  ? a.round(2, RoundingMode.HALF_UP)
                  : a.multiply(Rational.HUNDRED).round(2, RoundingMode.HALF_UP),
              p.multiply(Rational.HUNDRED).round(2, RoundingMode.HALF_UP),
              gatedBy,
              amount,
              List.copyOf(trail)));
    }

    BigDecimal rawRounded = PayoutRounding.round(raw, digits);
    BigDecimal roundingLine = rawRounded.subtract(roundedLines);
    explanation.add(Step.of(Phrase.RAW_TOTAL, rawRounded));

    Rational multiplier = Rational.ONE;
    if (card.modifier() != null) {
      Rational a = attainment.get(card.modifier().measureCode());
      multiplier = clamped(card.modifier().points(), a);
      explanation.add(
          Step.of(
              Phrase.MODIFIER,
              card.modifier().measureCode(),
              Step.percent(a),
              Step.factor(multiplier)));
    }
    Rational modified = raw.multiply(multiplier);
    BigDecimal modifiedRounded = PayoutRounding.round(modified, digits);

    Rational total = modified;
    if (card.planCapMultiple() != null) {
      Rational cap = Rational.constant(card.planCapMultiple()).multiply(ti);
      if (total.compareTo(cap) > 0) {
        explanation.add(
            Step.of(
                Phrase.PLAN_CAP_BINDS,
                Step.plain(card.planCapMultiple()),
                Step.money(cap, digits)));
        total = cap;
      } else {
        explanation.add(
            Step.of(
                Phrase.PLAN_CAP_FREE, Step.plain(card.planCapMultiple()), Step.money(cap, digits)));
      }
    }
    BigDecimal payout = PayoutRounding.round(total, digits);
    explanation.add(Step.of(Phrase.PAYOUT, payout, c.currency().getCurrencyCode()));
    Statement statement =
        new Statement(
            c.participant(),
            c.plan(),
            c.currency().getCurrencyCode(),
            c.periodStart().toString(),
            c.periodEnd().toString(),
            Statement.Status.CALCULATED,
            null,
            PayoutRounding.round(ti, digits),
            List.copyOf(lines),
            roundingLine,
            multiplier.round(6, RoundingMode.HALF_UP).stripTrailingZeros(),
            modifiedRounded.subtract(rawRounded),
            payout.subtract(modifiedRounded),
            payout,
            List.copyOf(explanation));
    return new Result(statement, total, Map.copyOf(attainment));
  }

  private static Statement held(
      Calculation c, Rational ti, int digits, String because, List<Step> explanation) {
    explanation.add(Step.of(Phrase.HELD, because));
    return new Statement(
        c.participant(),
        c.plan(),
        c.currency().getCurrencyCode(),
        c.periodStart().toString(),
        c.periodEnd().toString(),
        Statement.Status.HELD,
        because,
        PayoutRounding.round(ti, digits),
        List.of(),
        null,
        null,
        null,
        null,
        null,
        List.copyOf(explanation));
  }

  /** Attainment: actual / target, or 2 - actual / target (at least 0), or the rating itself. */
  static Rational attainment(Scorecard.Measure m) {
    if (m.isRated()) {
      return m.actual();
    }
    Rational actual = m.actual() == null ? Rational.ZERO : m.actual();
    Rational ratio = actual.divide(Rational.of(m.target()));
    return m.direction() == Scorecard.Direction.LOWER_IS_BETTER
        ? Rational.TWO.subtract(ratio).max(Rational.ZERO)
        : ratio;
  }

  /** The curve's payout factor at attainment {@code a}, after the cap; each step in the trail. */
  static Rational payoutFactor(Scorecard.Curve curve, Rational a, boolean rated, List<Step> trail) {
    List<Scorecard.Point> points = curve.points();
    Rational a1 = Rational.constant(points.get(0).attainment());
    Rational p;
    if (a.compareTo(a1) < 0) {
      p = Rational.ZERO;
      trail.add(
          rated
              ? Step.of(Phrase.BELOW_RATING_THRESHOLD, Step.factor(a1))
              : Step.of(Phrase.BELOW_THRESHOLD, Step.percent(a1)));
    } else if (curve.kind() == Scorecard.CurveKind.STEP) {
      Scorecard.Point step = points.get(0);
      for (Scorecard.Point point : points) {
        if (Rational.constant(point.attainment()).compareTo(a) <= 0) {
          step = point;
        }
      }
      p = Rational.constant(step.payout());
      trail.add(Step.of(Phrase.STEP, Step.plain(step.attainment()), Step.factor(p)));
    } else if (points.size() == 1) {
      p = Rational.constant(points.get(0).payout());
      trail.add(Step.of(Phrase.SINGLE_POINT, Step.factor(p)));
    } else {
      int i = 0;
      while (i < points.size() - 2
          && a.compareTo(Rational.constant(points.get(i + 1).attainment())) > 0) {
        i++;
      }
      Scorecard.Point lo = points.get(i);
      Scorecard.Point hi = points.get(i + 1);
      p = interpolate(lo, hi, a);
      boolean beyond = a.compareTo(Rational.constant(hi.attainment())) > 0;
      trail.add(
          Step.of(
              beyond ? Phrase.LINEAR_BEYOND : Phrase.LINEAR,
              Step.plain(lo.attainment()),
              Step.plain(lo.payout()),
              Step.plain(hi.attainment()),
              Step.plain(hi.payout()),
              Step.factor(p)));
    }
    if (curve.cap() != null && p.compareTo(Rational.constant(curve.cap())) > 0) {
      p = Rational.constant(curve.cap());
      trail.add(Step.of(Phrase.CAPPED, Step.factor(p)));
    }
    return p;
  }

  private static Rational interpolate(Scorecard.Point lo, Scorecard.Point hi, Rational a) {
    Rational a0 = Rational.constant(lo.attainment());
    Rational p0 = Rational.constant(lo.payout());
    Rational slope =
        Rational.constant(hi.payout())
            .subtract(p0)
            .divide(Rational.constant(hi.attainment()).subtract(a0));
    return p0.add(a.subtract(a0).multiply(slope));
  }

  /** A modifier: linear between points, clamped to the first and last multiplier. */
  static Rational clamped(List<Scorecard.Point> points, Rational a) {
    Scorecard.Point first = points.get(0);
    Scorecard.Point last = points.get(points.size() - 1);
    if (a.compareTo(Rational.constant(first.attainment())) <= 0) {
      return Rational.constant(first.payout());
    }
    if (a.compareTo(Rational.constant(last.attainment())) >= 0) {
      return Rational.constant(last.payout());
    }
    for (int i = 0; i < points.size() - 1; i++) {
      if (a.compareTo(Rational.constant(points.get(i + 1).attainment())) <= 0) {
        return interpolate(points.get(i), points.get(i + 1), a);
      }
    }
    return Rational.constant(last.payout());
  }

  private static Step describeAttainment(Scorecard.Measure m, Rational a) {
    if (m.isRated()) {
      return Step.of(Phrase.RATING, Step.plain(m.actual()));
    }
    boolean lower = m.direction() == Scorecard.Direction.LOWER_IS_BETTER;
    if (m.actual() == null) {
      return Step.of(
          lower ? Phrase.ATTAINMENT_LOWER_NO_ACTUAL : Phrase.ATTAINMENT_NO_ACTUAL,
          Step.plain(m.target()),
          Step.percent(a));
    }
    return Step.of(
        lower ? Phrase.ATTAINMENT_LOWER : Phrase.ATTAINMENT,
        Step.plain(m.actual()),
        Step.plain(m.target()),
        Step.percent(a));
  }

  private static String name(Scorecard.Measure m) {
    return m.name() == null ? m.code() : m.name();
  }
}
