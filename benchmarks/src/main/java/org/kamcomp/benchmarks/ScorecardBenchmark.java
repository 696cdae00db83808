package org.kamcomp.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.kamcomp.scoring.Rational;
import org.kamcomp.scoring.Scorecard;
import org.kamcomp.scoring.Scorecard.Curve;
import org.kamcomp.scoring.Scorecard.CurveKind;
import org.kamcomp.scoring.Scorecard.Direction;
import org.kamcomp.scoring.Scorecard.Measure;
import org.kamcomp.scoring.Scorecard.Point;
import org.kamcomp.scoring.ScorecardEngine;
import org.kamcomp.scoring.Statement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scorecards per second on one thread: a 6-measure KAM scorecard with a gate and a modifier,
 * calculated exactly with its statement lines and trail ({@link #exact}), next to the floor of the
 * same arithmetic in {@code double} with no statement at all ({@link #doubleFloor}), which is what
 * any implementation costs at the least. 1,024 different participants' actuals, cycled.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScorecardBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ScorecardBenchmark {

  private static final int PEOPLE = 1024;
  private static final Curve STANDARD =
      new Curve(CurveKind.LINEAR, points("0.8:0.5", "1.0:1.0", "1.2:2.0"), new BigDecimal("2"));
  private static final Curve RATING =
      new Curve(CurveKind.STEP, points("1:0", "2:0.5", "3:1", "4:1.5", "5:2"), null);

  private final List<ScorecardEngine.Calculation> calculations = new ArrayList<>();
  private final double[][] actuals = new double[PEOPLE][6];
  private int next;

  private static List<Point> points(String... pairs) {
    List<Point> points = new ArrayList<>();
    for (String pair : pairs) {
      String[] xy = pair.split(":");
      points.add(new Point(new BigDecimal(xy[0]), new BigDecimal(xy[1])));
    }
    return points;
  }

  @Setup
  public void setUp() {
    Random random = new Random(7);
    for (int i = 0; i < PEOPLE; i++) {
      BigDecimal revenue = BigDecimal.valueOf(600_000 + random.nextInt(800_000));
      BigDecimal margin = BigDecimal.valueOf(2_000 + random.nextInt(1_500), 2);
      BigDecimal pipeline = BigDecimal.valueOf(1_000_000 + random.nextInt(2_000_000));
      BigDecimal wallet = BigDecimal.valueOf(25 + random.nextInt(20));
      BigDecimal rating = BigDecimal.valueOf(1 + random.nextInt(5));
      BigDecimal csat = BigDecimal.valueOf(70 + random.nextInt(30));
      Scorecard card =
          new Scorecard(
              List.of(
                  new Measure(
                      "revenue",
                      "Revenue",
                      new BigDecimal("30"),
                      Direction.HIGHER_IS_BETTER,
                      new BigDecimal("1000000"),
                      Rational.of(revenue),
                      STANDARD),
                  new Measure(
                      "margin",
                      "Margin %",
                      new BigDecimal("20"),
                      Direction.HIGHER_IS_BETTER,
                      new BigDecimal("30"),
                      Rational.of(margin),
                      STANDARD),
                  new Measure(
                      "pipeline",
                      "Pipeline",
                      new BigDecimal("15"),
                      Direction.HIGHER_IS_BETTER,
                      new BigDecimal("2000000"),
                      Rational.of(pipeline),
                      STANDARD),
                  new Measure(
                      "wallet",
                      "Share of wallet",
                      new BigDecimal("15"),
                      Direction.HIGHER_IS_BETTER,
                      new BigDecimal("35"),
                      Rational.of(wallet),
                      STANDARD),
                  new Measure(
                      "plan",
                      "Account plan",
                      new BigDecimal("20"),
                      null,
                      null,
                      Rational.of(rating),
                      RATING),
                  new Measure(
                      "csat",
                      "Satisfaction",
                      BigDecimal.ZERO,
                      Direction.HIGHER_IS_BETTER,
                      new BigDecimal("80"),
                      Rational.of(csat),
                      STANDARD)),
              List.of(new Scorecard.Gate("revenue", new BigDecimal("0.5"), Set.of())),
              new Scorecard.Modifier("csat", points("0.9:0.9", "1.0:1.0", "1.1:1.1")),
              new BigDecimal("2"));
      calculations.add(
          new ScorecardEngine.Calculation(
              "p" + i,
              "KAM",
              Currency.getInstance("EUR"),
              new BigDecimal("30000"),
              LocalDate.of(2026, 1, 1),
              LocalDate.of(2026, 3, 31),
              null,
              null,
              card));
      actuals[i] =
          new double[] {
            revenue.doubleValue(), margin.doubleValue(), pipeline.doubleValue(),
            wallet.doubleValue(), rating.doubleValue(), csat.doubleValue()
          };
    }
  }

  @Benchmark
  public Statement exact() {
    next = (next + 1) & (PEOPLE - 1);
    return ScorecardEngine.calculate(calculations.get(next));
  }

  @Benchmark
  public double doubleFloor() {
    next = (next + 1) & (PEOPLE - 1);
    double[] a = actuals[next];
    double ti = 30000.0 * 3 / 12;
    double revenue = a[0] / 1_000_000;
    double[] attainment = {revenue, a[1] / 30, a[2] / 2_000_000, a[3] / 35};
    double[] weights = {0.30, 0.20, 0.15, 0.15};
    double raw = 0;
    if (revenue >= 0.5) {
      for (int i = 0; i < 4; i++) {
        raw += ti * weights[i] * standard(attainment[i]);
      }
      raw += ti * 0.20 * rating(a[4]);
    }
    double csat = a[5] / 80;
    double multiplier = csat <= 0.9 ? 0.9 : csat >= 1.1 ? 1.1 : csat;
    return Math.min(raw * multiplier, 2 * ti);
  }

  private static double standard(double a) {
    if (a < 0.8) {
      return 0;
    }
    double p = a <= 1.0 ? 0.5 + (a - 0.8) * 2.5 : 1.0 + (a - 1.0) * 5;
    return Math.min(p, 2);
  }

  private static double rating(double r) {
    return r < 2 ? 0 : r < 3 ? 0.5 : r < 4 ? 1.0 : r < 5 ? 1.5 : 2.0;
  }
}
