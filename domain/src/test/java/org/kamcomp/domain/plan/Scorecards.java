package org.kamcomp.domain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kamcomp.domain.role.RoleProfile;

/**
 * Test data: a KAM role, the worked example's KAM scorecard and terms, to vary one thing at a time.
 */
public final class Scorecards {

  private Scorecards() {}

  /** A key account manager: 9-month cycles, 3 deals a year, 15-25 % variable pay. */
  public static final RoleProfile KAM =
      new RoleProfile(
          "KAM",
          new RoleProfile.Facts(
              "key account manager",
              9,
              new BigDecimal("3"),
              true,
              true,
              new BigDecimal("15"),
              new BigDecimal("25")));

  public static PayoutCurve standardCurve() {
    return new PayoutCurve(
        CurveType.LINEAR,
        List.of(
            CurvePoint.of("0.8", "0.5"), CurvePoint.of("1.0", "1.0"), CurvePoint.of("1.2", "2.0")),
        new BigDecimal("2.0"));
  }

  public static PayoutCurve ratingCurve() {
    return new PayoutCurve(
        CurveType.STEP,
        List.of(
            CurvePoint.of("1", "0"),
            CurvePoint.of("2", "0.5"),
            CurvePoint.of("3", "1.0"),
            CurvePoint.of("4", "1.5"),
            CurvePoint.of("5", "2.0")),
        null);
  }

  public static MeasureDefinition measure(String code, Perspective perspective, String weight) {
    return new MeasureDefinition(
        code,
        code + " name",
        perspective,
        MeasureSource.QUANTITATIVE,
        Direction.HIGHER_IS_BETTER,
        MeasureData.BOOKINGS,
        new BigDecimal(weight),
        standardCurve());
  }

  public static ScorecardDefinition kamScorecard() {
    return new ScorecardDefinition(
        List.of(
            measure("revenue", Perspective.FINANCIAL, "40"),
            measure("margin", Perspective.FINANCIAL, "30"),
            new MeasureDefinition(
                "account-plan",
                "Account plan execution",
                Perspective.ACCOUNT_PLAN,
                MeasureSource.QUALITATIVE,
                null,
                MeasureData.RATING,
                new BigDecimal("30"),
                ratingCurve()),
            measure("csat", Perspective.CUSTOMER, "0")),
        List.of(new GateDefinition("revenue", new BigDecimal("0.5"), Set.of())),
        new ModifierDefinition(
            "csat",
            List.of(
                CurvePoint.of("0.9", "0.9"),
                CurvePoint.of("1.0", "1.0"),
                CurvePoint.of("1.1", "1.1"))));
  }

  /**
   * An approved version 1 of a EUR plan "KAM-2026" with the KAM scorecard, annual with advances.
   */
  public static PlanVersion approvedKamPlan() {
    PlanVersion v =
        PlanVersion.firstDraft(
            new Plan("KAM-2026", "KAM scorecard 2026", KAM, java.util.Currency.getInstance("EUR")),
            annualWithQuarterlyAdvances(),
            kamScorecard());
    v.approve("alice", java.time.Instant.parse("2026-01-02T09:00:00Z"));
    return v;
  }

  public static PlanTerms annualWithQuarterlyAdvances() {
    return new PlanTerms(
        LocalDate.of(2026, 1, 1),
        TargetIncentive.amount("30000"),
        PeriodType.YEAR,
        PeriodType.QUARTER,
        new BigDecimal("75"),
        false,
        new BigDecimal("2"),
        CreditingRule.ACV,
        true,
        new BigDecimal("50"),
        null,
        6);
  }
}
