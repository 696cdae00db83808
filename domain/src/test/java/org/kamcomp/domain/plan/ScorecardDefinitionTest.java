package org.kamcomp.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kamcomp.domain.plan.Scorecards.kamScorecard;
import static org.kamcomp.domain.plan.Scorecards.measure;
import static org.kamcomp.domain.plan.Scorecards.standardCurve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.problem.FieldError;

class ScorecardDefinitionTest {

  private static ScorecardDefinition withMeasures(List<MeasureDefinition> measures) {
    return new ScorecardDefinition(measures, List.of(), null);
  }

  @Test
  void theWorkedExampleIsSound() {
    assertEquals(List.of(), kamScorecard().problems());
  }

  @Test
  void weightsMustAddUpToExactlyHundred() {
    var s =
        withMeasures(
            List.of(
                measure("a", Perspective.FINANCIAL, "40"),
                measure("b", Perspective.CUSTOMER, "59.99")));
    assertEquals(
        List.of(
            new FieldError(
                "measures", "The weights add up to 99.99 %; they must add up to exactly 100 %")),
        s.problems());
  }

  @Test
  void aWeightLiesBetweenZeroAndHundred() {
    var s =
        withMeasures(
            List.of(
                measure("a", Perspective.FINANCIAL, "-10"),
                measure("b", Perspective.CUSTOMER, "110")));
    assertTrue(
        s.problems()
            .contains(
                new FieldError(
                    "measures[0].weightPercent", "A weight lies between 0 % and 100 %")));
    assertTrue(
        s.problems()
            .contains(
                new FieldError(
                    "measures[1].weightPercent", "A weight lies between 0 % and 100 %")));
  }

  @Test
  void curvePointsMustRiseAndPayoutsNeverFall() {
    PayoutCurve outOfOrder =
        new PayoutCurve(
            CurveType.LINEAR,
            List.of(
                CurvePoint.of("1.0", "1.0"),
                CurvePoint.of("0.8", "0.5"),
                CurvePoint.of("1.2", "0.4")),
            null);
    var s =
        withMeasures(
            List.of(
                new MeasureDefinition(
                    "a",
                    "A",
                    Perspective.FINANCIAL,
                    MeasureSource.QUANTITATIVE,
                    Direction.HIGHER_IS_BETTER,
                    MeasureData.BOOKINGS,
                    new BigDecimal("100"),
                    outOfOrder)));
    assertEquals(
        List.of(
            new FieldError(
                "measures[0].curve.points[1].attainment",
                "Attainment must rise from point to point: 0.8 does not come after 1.0"),
            new FieldError(
                "measures[0].curve.points[1].payout",
                "A payout may not fall as attainment rises: 0.5 is below 1.0"),
            new FieldError(
                "measures[0].curve.points[2].payout",
                "A payout may not fall as attainment rises: 0.4 is below 0.5")),
        s.problems());
  }

  @Test
  void aRatedMeasureHasNoDirectionAndAQuantitativeOneNeedsOne() {
    var rated =
        new MeasureDefinition(
            "r",
            "R",
            Perspective.STRATEGIC,
            MeasureSource.QUALITATIVE,
            Direction.HIGHER_IS_BETTER,
            MeasureData.RATING,
            new BigDecimal("50"),
            standardCurve());
    var quantitative =
        new MeasureDefinition(
            "q",
            "Q",
            Perspective.FINANCIAL,
            MeasureSource.QUANTITATIVE,
            null,
            MeasureData.BOOKINGS,
            new BigDecimal("50"),
            standardCurve());
    List<String> fields =
        withMeasures(List.of(rated, quantitative)).problems().stream()
            .map(FieldError::field)
            .toList();
    assertEquals(List.of("measures[0].direction", "measures[1].direction"), fields);
  }

  @Test
  void codesAreUniqueAndGatesAndModifierNameMeasuresOfTheScorecard() {
    List<MeasureDefinition> measures = new ArrayList<>(kamScorecard().measures());
    measures.set(1, measure("revenue", Perspective.FINANCIAL, "30"));
    var s =
        new ScorecardDefinition(
            measures,
            List.of(new GateDefinition("nps", new BigDecimal("0.5"), Set.of("margin-x"))),
            new ModifierDefinition("churn", List.of(CurvePoint.of("1", "1"))));
    assertEquals(
        List.of(
            "measures[1].code",
            "gates[0].measureCode",
            "gates[0].governedMeasureCodes",
            "modifier.measureCode"),
        s.problems().stream().map(FieldError::field).toList());
  }

  @Test
  void anEmptyScorecardSaysSo() {
    assertEquals(
        List.of(new FieldError("measures", "A scorecard needs at least one measure")),
        withMeasures(List.of()).problems());
  }
}
