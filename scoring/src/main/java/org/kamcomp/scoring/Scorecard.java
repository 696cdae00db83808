package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The engine's input for one scorecard: the measures with their targets and actuals, the gates, the
 * modifier and the plan cap. Value types of the engine alone, so the core needs nothing else.
 */
public record Scorecard(
    List<Measure> measures, List<Gate> gates, Modifier modifier, BigDecimal planCapMultiple) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
  }

  /**
   * One measure as calculated: weight in percent of the target incentive, and a target and actual,
   * or for a rated measure ({@code direction} null) the rating as the actual and no target. A
   * missing actual on a rated measure holds the statement; a missing quantitative actual is 0.
   */
  public record Measure(
      String code,
      String name,
      BigDecimal weightPercent,
      Direction direction,
      BigDecimal target,
      BigDecimal actual,
      Curve curve) {

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

  /** Every problem of the scorecard as "path: message", the path naming the bad field. */
  public List<String> problems(String path) {
    List<String> problems = new ArrayList<>();
    if (measures.isEmpty()) {
      problems.add(path + ".measures: a scorecard has at least one measure");
    }
    BigDecimal weights = BigDecimal.ZERO;
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      String at = path + ".measures[" + i + "]";
      if (m.code() == null || !codes.add(m.code())) {
        problems.add(at + ".code: each measure has its own code");
      }
      if (m.weightPercent() == null
          || m.weightPercent().signum() < 0
          || m.weightPercent().compareTo(HUNDRED) > 0) {
        problems.add(at + ".weightPercent: a weight lies between 0 and 100");
      } else {
        weights = weights.add(m.weightPercent());
      }
      if (!m.isRated() && (m.target() == null || m.target().signum() <= 0)) {
        problems.add(at + ".target: a target is above 0 (attainment divides by it)");
      }
      curveProblems(m.curve(), at + ".curve", problems);
    }
    if (weights.compareTo(HUNDRED) != 0) {
      problems.add(
          path
              + ".measures: the weights add up to "
              + weights.stripTrailingZeros().toPlainString()
              + " %; they must add up to exactly 100 %");
    }
    for (int i = 0; i < gates.size(); i++) {
      Gate g = gates.get(i);
      if (!codes.contains(g.measureCode())) {
        problems.add(path + ".gates[" + i + "].measureCode: no measure " + g.measureCode());
      }
      if (g.minimumAttainment() == null) {
        problems.add(path + ".gates[" + i + "].minimumAttainment: is required");
      }
      for (String governed : g.governs()) {
        if (!codes.contains(governed)) {
          problems.add(path + ".gates[" + i + "].governs: no measure " + governed);
        }
      }
    }
    if (modifier != null) {
      if (!codes.contains(modifier.measureCode())) {
        problems.add(path + ".modifier.measureCode: no measure " + modifier.measureCode());
      }
      pointProblems(modifier.points(), path + ".modifier.points", problems);
    }
    if (planCapMultiple != null && planCapMultiple.signum() <= 0) {
      problems.add(path + ".planCapMultiple: a plan cap is above 0");
    }
    return problems;
  }

  private static void curveProblems(Curve curve, String at, List<String> problems) {
    if (curve == null) {
      problems.add(at + ": a measure needs a payout curve");
      return;
    }
    pointProblems(curve.points(), at + ".points", problems);
    if (curve.cap() != null && curve.cap().signum() < 0) {
      problems.add(at + ".cap: a cap is not negative");
    }
  }

  private static void pointProblems(List<Point> points, String at, List<String> problems) {
    if (points.isEmpty()) {
      problems.add(at + ": a curve has at least one point");
    }
    for (int i = 1; i < points.size(); i++) {
      if (points.get(i).attainment().compareTo(points.get(i - 1).attainment()) <= 0) {
        problems.add(at + "[" + i + "].attainment: attainment must rise from point to point");
      }
      if (points.get(i).payout().compareTo(points.get(i - 1).payout()) < 0) {
        problems.add(at + "[" + i + "].payout: a payout may not fall as attainment rises");
      }
    }
  }
}
