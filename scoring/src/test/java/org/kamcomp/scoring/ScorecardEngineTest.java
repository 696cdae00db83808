package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamcomp.scoring.Scorecard.Curve;
import org.kamcomp.scoring.Scorecard.CurveKind;
import org.kamcomp.scoring.Scorecard.Direction;
import org.kamcomp.scoring.Scorecard.Gate;
import org.kamcomp.scoring.Scorecard.Measure;
import org.kamcomp.scoring.Scorecard.Modifier;
import org.kamcomp.scoring.Scorecard.Point;

/** The rules of CALCULATION.md, one at a time, and its worked example to the cent. */
class ScorecardEngineTest {

  static final Currency EUR = Currency.getInstance("EUR");
  static final LocalDate Q1_START = LocalDate.of(2026, 1, 1);
  static final LocalDate Q1_END = LocalDate.of(2026, 3, 31);

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static Rational r(String s) {
    return Rational.of(new BigDecimal(s));
  }

  static List<Point> points(String... pairs) {
    List<Point> points = new ArrayList<>();
    for (String pair : pairs) {
      String[] xy = pair.split(":");
      points.add(new Point(d(xy[0]), d(xy[1])));
    }
    return points;
  }

  static final Curve STANDARD =
      new Curve(CurveKind.LINEAR, points("0.8:0.5", "1.0:1.0", "1.2:2.0"), d("2.0"));
  static final Curve RATING =
      new Curve(CurveKind.STEP, points("1:0", "2:0.5", "3:1.0", "4:1.5", "5:2.0"), null);

  static Measure higher(String code, String weight, String target, String actual) {
    return new Measure(
        code,
        code,
        d(weight),
        Direction.HIGHER_IS_BETTER,
        d(target),
        actual == null ? null : r(actual),
        STANDARD);
  }

  /** The worked example: KAM, annual TI 30,000 EUR, Q1. */
  static Scorecard workedExample(String rating) {
    return new Scorecard(
        List.of(
            new Measure(
                "revenue",
                "Revenue",
                d("40"),
                Direction.HIGHER_IS_BETTER,
                d("1000000"),
                r("1100000"),
                STANDARD),
            new Measure(
                "margin",
                "Gross margin %",
                d("30"),
                Direction.HIGHER_IS_BETTER,
                d("30"),
                r("27"),
                STANDARD),
            new Measure(
                "account-plan",
                "Account plan",
                d("30"),
                null,
                null,
                rating == null ? null : r(rating),
                RATING),
            new Measure(
                "csat",
                "Customer satisfaction",
                d("0"),
                Direction.HIGHER_IS_BETTER,
                d("100"),
                r("95"),
                STANDARD)),
        List.of(),
        new Modifier("csat", points("0.9:0.9", "1.0:1.0", "1.1:1.1")),
        d("2.0"));
  }

  static Statement q1(String annualTi, Scorecard card) {
    return ScorecardEngine.calculate(
        new ScorecardEngine.Calculation(
            "kate", "KAM", EUR, d(annualTi), Q1_START, Q1_END, null, null, card));
  }

  static Statement single(Measure m) {
    return q1("12000", new Scorecard(List.of(m), List.of(), null, null));
  }

  @Test
  void theWorkedExampleToTheCent() {
    Statement s = q1("30000", workedExample("4"));
    assertEquals(d("7500.00"), s.targetIncentive());
    assertEquals(
        List.of(d("4500.00"), d("1687.50"), d("3375.00"), d("0.00")),
        s.lines().stream().map(Statement.Line::amount).toList());
    assertEquals(
        List.of(d("110.00"), d("90.00"), d("4.00"), d("95.00")),
        s.lines().stream().map(Statement.Line::attainmentPercent).toList());
    assertEquals(
        List.of(d("150.00"), d("75.00"), d("150.00"), d("87.50")),
        s.lines().stream().map(Statement.Line::payoutPercent).toList());
    assertEquals(d("0.00"), s.roundingLine());
    assertEquals(d("0.95"), s.multiplier());
    assertEquals(d("-478.12"), s.modifierLine());
    assertEquals(d("0.00"), s.capLine());
    assertEquals(d("9084.38"), s.payout());
    assertEquals(Statement.Status.CALCULATED, s.status());
  }

  @Test
  void theLinesAddUpToThePayout() {
    Statement s = q1("30000", workedExample("4"));
    BigDecimal sum = s.roundingLine().add(s.modifierLine()).add(s.capLine());
    for (Statement.Line l : s.lines()) {
      sum = sum.add(l.amount());
    }
    assertEquals(s.payout(), sum);
  }

  @Test
  void everyLineExplainsItself() {
    Statement.Line revenue = q1("30000", workedExample("4")).lines().get(0);
    assertEquals(
        List.of(
            "Attainment = actual 1100000 / target 1000000 = 110.00 %",
            "LINEAR curve between (1, 1) and (1.2, 2): 1.5",
            "Payout = target incentive 7500.00 x weight 40 % x 1.5 = 4500.00"),
        revenue.trail().stream().map(Step::text).toList());
  }

  @Test
  void aMissingRatingHoldsTheStatementInsteadOfPayingZero() {
    Statement s = q1("30000", workedExample(null));
    assertEquals(Statement.Status.HELD, s.status());
    assertNull(s.payout());
    assertTrue(s.heldBecause().contains("Account plan"));
  }

  @Test
  void belowTheThresholdALinearCurvePaysNothingAndAtItTheFirstPoint() {
    assertEquals(d("0.00"), single(higher("r", "100", "100", "79.99")).payout());
    assertEquals(d("1500.00"), single(higher("r", "100", "100", "80")).payout()); // TI 3000 x 0.5
  }

  @Test
  void aboveTheLastPointTheLastSlopeContinuesUntilTheCap() {
    Curve uncapped = new Curve(CurveKind.LINEAR, points("0.8:0.5", "1.0:1.0", "1.2:2.0"), null);
    Measure m =
        new Measure("r", "r", d("100"), Direction.HIGHER_IS_BETTER, d("100"), r("130"), uncapped);
    assertEquals(d("7500.00"), single(m).payout()); // p = 2 + 0.1 x 5 = 2.5
    assertEquals(d("6000.00"), single(higher("r", "100", "100", "130")).payout()); // capped at 2
  }

  @Test
  void aSinglePointCurvePaysItsLevelFromTheThreshold() {
    Curve one = new Curve(CurveKind.LINEAR, points("1.0:1.0"), null);
    Measure below =
        new Measure("r", "r", d("100"), Direction.HIGHER_IS_BETTER, d("100"), r("99"), one);
    Measure above =
        new Measure("r", "r", d("100"), Direction.HIGHER_IS_BETTER, d("100"), r("300"), one);
    assertEquals(d("0.00"), single(below).payout());
    assertEquals(d("3000.00"), single(above).payout());
  }

  @Test
  void aStepCurvePaysTheLevelOfTheLargestStepReached() {
    Measure rated = new Measure("plan", "plan", d("100"), null, null, r("3.99"), RATING);
    assertEquals(d("3000.00"), single(rated).payout()); // step 3 pays 1.0
    Measure none = new Measure("plan", "plan", d("100"), null, null, r("0.5"), RATING);
    assertEquals(d("0.00"), single(none).payout());
  }

  @Test
  void lowerIsBetterAttainmentIsTwoMinusTheRatioAndNeverNegative() {
    Measure dso =
        new Measure("dso", "DSO", d("100"), Direction.LOWER_IS_BETTER, d("40"), r("36"), STANDARD);
    Statement s = single(dso);
    assertEquals(d("110.00"), s.lines().get(0).attainmentPercent()); // 2 - 0.9
    Measure awful =
        new Measure("dso", "DSO", d("100"), Direction.LOWER_IS_BETTER, d("40"), r("100"), STANDARD);
    assertEquals(d("0.00"), single(awful).lines().get(0).attainmentPercent());
  }

  @Test
  void aNegativeActualIsBelowAnyThreshold() {
    assertEquals(d("0.00"), single(higher("r", "100", "100", "-20")).payout());
  }

  @Test
  void aGateBelowItsMinimumStopsTheMeasuresItGoverns() {
    Scorecard card =
        new Scorecard(
            List.of(higher("revenue", "50", "100", "40"), higher("margin", "50", "30", "30")),
            List.of(new Gate("revenue", d("0.5"), Set.of("margin"))),
            null,
            null);
    Statement s = q1("12000", card);
    assertEquals("revenue", s.lines().get(1).gatedBy());
    assertEquals(d("0.00"), s.lines().get(1).amount());
    assertEquals(d("0.00"), s.payout()); // revenue at 40 % is also below its own threshold
    Scorecard open =
        new Scorecard(
            card.measures(), List.of(new Gate("revenue", d("0.4"), Set.of())), null, null);
    assertEquals(d("1500.00"), q1("12000", open).payout()); // margin at 100 % x 50 % of 3000
  }

  @Test
  void theModifierIsClampedAtBothEnds() {
    assertEquals(d("0.9"), q1("30000", withCsat("50")).multiplier());
    assertEquals(d("1.1"), q1("30000", withCsat("150")).multiplier());
  }

  static Scorecard withCsat(String csat) {
    Scorecard w = workedExample("4");
    List<Measure> measures = new ArrayList<>(w.measures());
    measures.set(3, higher("csat", "0", "100", csat));
    return new Scorecard(measures, w.gates(), w.modifier(), w.planCapMultiple());
  }

  @Test
  void thePlanCapBindsAndShowsAsALine() {
    Scorecard capped =
        new Scorecard(List.of(higher("r", "100", "100", "120")), List.of(), null, d("1.5"));
    Statement s = q1("12000", capped); // raw 3000 x 2 = 6000, cap 1.5 x 3000 = 4500
    assertEquals(d("6000.00"), s.lines().get(0).amount());
    assertEquals(d("-1500.00"), s.capLine());
    assertEquals(d("4500.00"), s.payout());
  }

  @Test
  void proratedByTheDaysAssignedBothEndsInclusive() {
    Scorecard card =
        new Scorecard(List.of(higher("r", "100", "100", "100")), List.of(), null, null);
    Statement s =
        ScorecardEngine.calculate(
            new ScorecardEngine.Calculation(
                "kate",
                "KAM",
                EUR,
                d("12000"),
                Q1_START,
                Q1_END,
                LocalDate.of(2026, 2, 15),
                Q1_END,
                card));
    // 3000 x 45/90 days = 1500
    assertEquals(d("1500.00"), s.targetIncentive());
    assertEquals(d("1500.00"), s.payout());
  }

  @Test
  void anExactHalfCentThroughARepeatingQuotientRoundsUp() {
    // TI 600 x 3/12 = 150; attainment 3,100 / 3,000,000 = 31/30000 on the line (0, 0)-(1, 1):
    // the payout is 150 x 31/30000 = 0.155 exactly, which rounds half up to 0.16. Cutting the
    // quotient to 34 digits (DECIMAL128) gives 0.15499... and the wrong cent.
    Curve line = new Curve(CurveKind.LINEAR, points("0:0", "1:1"), null);
    Measure tiny =
        new Measure("r", "r", d("100"), Direction.HIGHER_IS_BETTER, d("3000000"), r("3100"), line);
    Statement s = q1("600", new Scorecard(List.of(tiny), List.of(), null, null));
    assertEquals(d("0.16"), s.payout());
  }

  @Test
  void inconsistentInputsNameTheirFields() {
    Scorecard bad =
        new Scorecard(
            List.of(
                higher("revenue", "60", "0", "10"),
                new Measure(
                    "m",
                    "m",
                    d("30"),
                    Direction.HIGHER_IS_BETTER,
                    d("1"),
                    r("1"),
                    new Curve(CurveKind.LINEAR, points("1.0:1.0", "0.8:0.5"), null))),
            List.of(new Gate("nope", d("0.5"), Set.of())),
            null,
            null);
    var e = assertThrows(IllegalArgumentException.class, () -> q1("1000", bad));
    assertTrue(
        e.getMessage().contains("calculation.scorecard.measures[0].target: A target is above 0"),
        e.getMessage());
    assertTrue(
        e.getMessage().contains("calculation.scorecard.measures[1].curve.points[1].attainment"),
        e.getMessage());
    assertTrue(e.getMessage().contains("The weights add up to 90 %"), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains(
                "calculation.scorecard.gates[0].measureCode: The gate names no measure of this"
                    + " scorecard"),
        e.getMessage());
  }

  @Test
  void theSameInputsGiveTheSameStatement() {
    assertEquals(q1("30000", workedExample("4")), q1("30000", workedExample("4")));
  }
}
