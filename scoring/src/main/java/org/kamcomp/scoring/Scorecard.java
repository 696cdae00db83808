package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The engine's input for one scorecard: the measures with their targets and actuals, the gates, the
 * modifier and the plan cap. Value types of the engine alone, so the core needs nothing else.
 */
public record Scorecard(
    List<Measure> measures, List<Gate> gates, Modifier modifier, BigDecimal planCapMultiple) {

  public Scorecard {
    measures = List.copyOf(measures);
    gates = gates == null ? List.of() : List.copyOf(gates);
  }

  /** Whether higher or lower actuals are better; a rated measure has none. */
  public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
  }

  /** LINEAR interpolates between points and extends the last segment; STEP pays a point's level. */
  public enum CurveKind {
    LINEAR,
    STEP
  }

  /** A point of a payout curve: at this attainment (or rating), this payout factor. */
  public record Point(BigDecimal attainment, BigDecimal payout) {
    public Point {
      Objects.requireNonNull(attainment, "attainment is required");
      Objects.requireNonNull(payout, "payout is required");
    }
  }

  /** A payout curve with its optional cap on the payout factor. */
  public record Curve(CurveKind kind, List<Point> points, BigDecimal cap) {
    public Curve {
      kind = kind == null ? CurveKind.LINEAR : kind;
      points = List.copyOf(points);
    }

    /** The threshold: the attainment (or rating) below which the curve pays nothing. */
    public BigDecimal threshold() {
      return points.isEmpty() ? null : points.get(0).attainment();
    }
  }

  /**
   * One measure as calculated: weight in percent of the target incentive, and a target and actual,
   * or for a rated measure ({@code direction} null) the rating as the actual and no target. A
   * missing actual on a rated measure holds the statement; a missing quantitative actual is 0. The
   * actual is exact: a ratio such as margin % is the quotient of two sums, never cut.
   *
   * @param basis the steps that made up the actual (credited deals, results), first in the trail
   */
  public record Measure(
      String code,
      String name,
      BigDecimal weightPercent,
      Direction direction,
      BigDecimal target,
      Rational actual,
      Curve curve,
      List<Step> basis) {

    public Measure {
      basis = basis == null ? List.of() : List.copyOf(basis);
    }

    /** A measure whose actual needs no explanation of its own. */
    public Measure(
        String code,
        String name,
        BigDecimal weightPercent,
        Direction direction,
        BigDecimal target,
        Rational actual,
        Curve curve) {
      this(code, name, weightPercent, direction, target, actual, curve, List.of());
    }

    public boolean isRated() {
      return direction == null;
    }
  }

  /** Below the minimum attainment of its measure, the governed measures (none named: all) pay 0. */
  public record Gate(String measureCode, BigDecimal minimumAttainment, Set<String> governs) {
    public Gate {
      governs = governs == null ? Set.of() : Set.copyOf(governs);
    }

    boolean governs(String code) {
      return governs.isEmpty() || governs.contains(code);
    }
  }

  /** A multiplier read from a curve over one measure's attainment, clamped at both ends. */
  public record Modifier(String measureCode, List<Point> points) {
    public Modifier {
      points = List.copyOf(points);
    }
  }

  /**
   * Every problem of the scorecard as calculated, the path naming the bad field: the plan's rules
   * ({@link PlanRules#scorecardProblems}) and a target above 0 on every measure that is not rated.
   */
  public List<Problem> problems(String path) {
    List<Problem> problems = new ArrayList<>();
    List<PlanRules.MeasureRule> rules = new ArrayList<>();
    for (Measure m : measures) {
      rules.add(
          new PlanRules.MeasureRule(
              m.code(),
              m.name() == null ? m.code() : m.name(),
              m.weightPercent(),
              m.isRated() ? PlanRules.Data.RATING : PlanRules.Data.RESULT_SUM,
              m.direction(),
              m.curve()));
    }
    problems.addAll(PlanRules.scorecardProblems(path + ".", rules, gates, modifier));
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      if (!m.isRated() && (m.target() == null || m.target().signum() <= 0)) {
        problems.add(
            new Problem(
                path + ".measures[" + i + "].target",
                "A target is above 0 (attainment divides by it)"));
      }
    }
    if (planCapMultiple != null && planCapMultiple.signum() <= 0) {
      problems.add(new Problem(path + ".planCapMultiple", "A plan cap is above 0"));
    }
    return problems;
  }
}
