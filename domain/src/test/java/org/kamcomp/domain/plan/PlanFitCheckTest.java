package org.kamcomp.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kamcomp.domain.plan.Scorecards.KAM;
import static org.kamcomp.domain.plan.Scorecards.measure;
import static org.kamcomp.domain.plan.Scorecards.standardCurve;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.plan.PlanFitFinding.Rule;
import org.kamcomp.domain.plan.PlanFitFinding.Severity;
import org.kamcomp.domain.role.RoleProfile;

class PlanFitCheckTest {

  static final RoleProfile AM =
      new RoleProfile(
          "AM",
          new RoleProfile.Facts(
              "account manager",
              2,
              new BigDecimal("24"),
              false,
              false,
              new BigDecimal("30"),
              new BigDecimal("40")));

  /** The AM quota plan: a quarter, paid quarterly, one revenue measure, 65/35 pay mix. */
  static PlanTerms amTerms() {
    return new PlanTerms(
        LocalDate.of(2026, 1, 1),
        TargetIncentive.percentOfBase("53.85"),
        PeriodType.QUARTER,
        PeriodType.QUARTER,
        null,
        false,
        new BigDecimal("2"),
        CreditingRule.ACV,
        true,
        null,
        null,
        0);
  }

  static ScorecardDefinition amScorecard() {
    return new ScorecardDefinition(
        List.of(measure("revenue", Perspective.FINANCIAL, "100")), List.of(), null);
  }

  /** A KAM scorecard: annual, quarterly advances, four balanced measures, 80/20 pay mix. */
  static PlanTerms kamTerms() {
    return new PlanTerms(
        LocalDate.of(2026, 1, 1),
        TargetIncentive.percentOfBase("25"),
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

  static ScorecardDefinition kamScorecard() {
    return new ScorecardDefinition(
        List.of(
            measure("revenue", Perspective.FINANCIAL, "40"),
            measure("margin", Perspective.FINANCIAL, "20"),
            measure("account-plan", Perspective.ACCOUNT_PLAN, "20"),
            measure("csat", Perspective.CUSTOMER, "20")),
        List.of(),
        null);
  }

  private static List<Rule> rules(List<PlanFitFinding> findings) {
    return findings.stream().map(PlanFitFinding::rule).toList();
  }

  @Test
  void theAmQuotaPlanOnKeyAccountManagersIsFlaggedOnEveryCount() {
    List<PlanFitFinding> findings =
        PlanFitCheck.check(amTerms(), amScorecard(), KAM, PlanFitCheck.Evidence.none());
    assertEquals(
        List.of(
            Rule.PERIOD_SHORTER_THAN_SALES_CYCLE,
            Rule.MORE_PAYOUTS_THAN_DEALS,
            Rule.NO_CUSTOMER_OR_STRATEGIC_MEASURE,
            Rule.ONE_MEASURE_DOMINATES,
            Rule.PAY_MIX_OUTSIDE_BAND),
        rules(findings));
    assertEquals(Severity.HIGH, findings.get(0).severity());
    assertEquals(
        "The performance period (a quarter) is shorter than the key account manager's typical"
            + " sales cycle (9 months): many periods will close without a deal and pay nothing,"
            + " others will pay a windfall. Measure over a period at least as long as the cycle,"
            + " and pay advances with a true-up if pay must come more often.",
        findings.get(0).message());
    assertEquals(
        "The pay mix at target is 65/35, outside the usual band for a key account manager (75/25"
            + " to 85/15).",
        findings.get(4).message());
  }

  @Test
  void theSamePlanFitsAccountManagersApartFromItsSingleMeasure() {
    assertEquals(
        List.of(Rule.ONE_MEASURE_DOMINATES),
        rules(PlanFitCheck.check(amTerms(), amScorecard(), AM, PlanFitCheck.Evidence.none())));
  }

  @Test
  void aBalancedKamScorecardFitsKeyAccountManagers() {
    assertEquals(
        List.of(),
        PlanFitCheck.check(kamTerms(), kamScorecard(), KAM, PlanFitCheck.Evidence.none()));
  }

  @Test
  void moreThanFiveWeightedMeasuresDiluteFocus() {
    var six =
        new ScorecardDefinition(
            List.of(
                measure("a", Perspective.FINANCIAL, "20"),
                measure("b", Perspective.FINANCIAL, "20"),
                measure("c", Perspective.CUSTOMER, "15"),
                measure("d", Perspective.CUSTOMER, "15"),
                measure("e", Perspective.STRATEGIC, "15"),
                measure("f", Perspective.ACCOUNT_PLAN, "15"),
                measure("gate-only", Perspective.FINANCIAL, "0")),
            List.of(),
            null);
    assertEquals(
        List.of(Rule.TOO_MANY_MEASURES),
        rules(PlanFitCheck.check(kamTerms(), six, KAM, PlanFitCheck.Evidence.none())));
  }

  @Test
  void lastYearsActualsShowAThresholdMostMissAndACapMostHit() {
    var evidence =
        new PlanFitCheck.Evidence(
            null,
            Map.of(
                "revenue",
                    List.of(
                        new BigDecimal("0.5"),
                        new BigDecimal("0.6"),
                        new BigDecimal("0.79"),
                        new BigDecimal("0.9")),
                "margin",
                    List.of(
                        new BigDecimal("1.3"),
                        new BigDecimal("1.25"),
                        new BigDecimal("1.2"),
                        new BigDecimal("0.9"))));
    List<PlanFitFinding> findings = PlanFitCheck.check(kamTerms(), kamScorecard(), KAM, evidence);
    assertEquals(List.of(Rule.THRESHOLD_MOSTLY_MISSED, Rule.CAP_MOSTLY_HIT), rules(findings));
    assertTrue(
        findings
            .get(0)
            .message()
            .startsWith(
                "Last year 75 % of results on \"revenue name\" were"
                    + " below its threshold of 80 % attainment"),
        findings.get(0).message());
    assertTrue(findings.get(1).message().contains("reached its cap (at 120 % attainment)"));
  }

  @Test
  void theCapIsReachedWhereTheCurveMeetsIt() {
    assertEquals(0, new BigDecimal("1.2").compareTo(PlanFitCheck.capAttainment(standardCurve())));
    var extended =
        new PayoutCurve(
            CurveType.LINEAR,
            List.of(CurvePoint.of("0.8", "0.5"), CurvePoint.of("1.0", "1.0")),
            new BigDecimal("1.5"));
    assertEquals(0, new BigDecimal("1.2").compareTo(PlanFitCheck.capAttainment(extended)));
    var uncapped = new PayoutCurve(CurveType.LINEAR, List.of(CurvePoint.of("1", "1")), null);
    assertEquals(null, PlanFitCheck.capAttainment(uncapped));
  }

  @Test
  void anAmountTargetIncentiveNeedsBaseSalariesForThePayMix() {
    var amount =
        new PlanTerms(
            LocalDate.of(2026, 1, 1),
            TargetIncentive.amount("30000"),
            PeriodType.YEAR,
            PeriodType.YEAR,
            null,
            false,
            null,
            CreditingRule.ACV,
            true,
            null,
            null,
            0);
    List<PlanFitFinding> unknown =
        PlanFitCheck.check(amount, kamScorecard(), KAM, PlanFitCheck.Evidence.none());
    assertEquals(List.of(Rule.PAY_MIX_OUTSIDE_BAND), rules(unknown));
    assertEquals(Severity.INFO, unknown.get(0).severity());
    var known = new PlanFitCheck.Evidence(new BigDecimal("120000"), Map.of());
    assertEquals(List.of(), PlanFitCheck.check(amount, kamScorecard(), KAM, known));
  }
}
