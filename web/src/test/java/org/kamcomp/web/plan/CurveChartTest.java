package org.kamcomp.web.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.plan.CurvePoint;

class CurveChartTest {

  private static final List<CurvePoint> STANDARD =
      List.of(CurvePoint.of("0.8", "0.5"), CurvePoint.of("1", "1"), CurvePoint.of("1.2", "2"));

  private static String corners(CurveChart.Series s) {
    StringBuilder b = new StringBuilder();
    for (CurveChart.Vertex v : CurveChart.vertices(s)) {
      b.append('(')
          .append(v.x().stripTrailingZeros().toPlainString())
          .append(' ')
          .append(v.y().stripTrailingZeros().toPlainString())
          .append(v.entered() ? "*" : "")
          .append(')');
    }
    return b.toString();
  }

  @Test
  void aLinearCurvePaysNothingBelowItsThresholdAndIsCutAtItsCap() {
    var series =
        new CurveChart.Series("revenue", CurveChart.Reading.LINEAR, STANDARD, new BigDecimal("2"));
    // beyond 1.2 the last slope (5 per unit) would reach 3.5 at 1.5; the cap holds it at 2
    assertEquals("(0 0)(0.8 0)(0.8 0.5*)(1 1*)(1.2 2*)(1.5 2)", corners(series));
  }

  @Test
  void aCapBelowTheLastPointCutsTheLineWhereItReachesTheCap() {
    var series =
        new CurveChart.Series(
            "revenue", CurveChart.Reading.LINEAR, STANDARD, new BigDecimal("1.5"));
    assertEquals("(0 0)(0.8 0)(0.8 0.5*)(1 1*)(1.1 1.5)(1.2 1.5*)(1.5 1.5)", corners(series));
  }

  @Test
  void anUncappedLinearCurveContinuesItsLastSlope() {
    var series = new CurveChart.Series("revenue", CurveChart.Reading.LINEAR, STANDARD, null);
    assertTrue(corners(series).endsWith("(1.2 2*)(1.5 3.5)"), corners(series));
  }

  @Test
  void aStepCurveHoldsEachPayoutUntilTheNextPoint() {
    var rating = List.of(CurvePoint.of("1", "0"), CurvePoint.of("3", "1"), CurvePoint.of("5", "2"));
    var series = new CurveChart.Series("rating", CurveChart.Reading.STEP, rating, null);
    assertEquals("(0 0)(1 0)(1 0*)(3 0)(3 1*)(5 1)(5 2*)(6.25 2)", corners(series));
  }

  @Test
  void aModifierIsClampedAndShownAroundItsPoints() {
    var points =
        List.of(CurvePoint.of("0.9", "0.9"), CurvePoint.of("1", "1"), CurvePoint.of("1.1", "1.1"));
    var series = new CurveChart.Series("csat", CurveChart.Reading.CLAMPED, points, null);
    assertEquals("(0.8 0.9)(0.9 0.9*)(1 1*)(1.1 1.1*)(1.2 1.1)", corners(series));
    String json = CurveChart.of(List.of(series), "attainment", "multiplier");
    assertTrue(json.contains("\"x\":{\"beginAtZero\":false"), json);
  }

  @Test
  void pointsThatDoNotRiseAreDrawnAsEnteredSoTheUserSeesTheKink() {
    var points =
        List.of(CurvePoint.of("0.8", "0.5"), CurvePoint.of("0.7", "1"), CurvePoint.of("1.2", "2"));
    var series =
        new CurveChart.Series("margin", CurveChart.Reading.LINEAR, points, new BigDecimal("2"));
    assertEquals("(0.8 0.5*)(0.7 1*)(1.2 2*)", corners(series));
  }

  @Test
  void theChartIsChartJsJsonWithEnteredPointsMarked() {
    String json =
        CurveChart.of(
            List.of(
                new CurveChart.Series(
                    "Gross \"margin\"", CurveChart.Reading.LINEAR, STANDARD, null)),
            "attainment (1 = target)",
            "payout (x weight)");
    assertTrue(json.startsWith("{\"type\":\"scatter\""), json);
    assertTrue(json.contains("\"label\":\"Gross \\\"margin\\\"\""), json);
    assertTrue(json.contains("\"pointRadius\":[0,0,4,4,4,0]"), json);
    assertTrue(json.contains("\"legend\":{\"display\":false}"), json);
  }
}
