package org.kamcomp.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kamcomp.domain.plan.Scorecards.KAM;
import static org.kamcomp.domain.plan.Scorecards.annualWithQuarterlyAdvances;
import static org.kamcomp.domain.plan.Scorecards.kamScorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.FieldError;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.role.RoleProfile;

class PlanVersionTest {

  static final Plan PLAN =
      new Plan("KAM-2026", "KAM scorecard 2026", KAM, Currency.getInstance("EUR"));

  @Test
  void aFirstDraftHoldsWhatWasDefined() {
    PlanVersion v = PlanVersion.firstDraft(PLAN, annualWithQuarterlyAdvances(), kamScorecard());
    assertEquals(1, v.getNumber());
    assertEquals(PlanVersionStatus.DRAFT, v.getStatus());
    assertEquals(annualWithQuarterlyAdvances(), v.terms());
    assertEquals(kamScorecard(), v.scorecard());
  }

  @Test
  void termsAndScorecardProblemsAreReportedTogetherAndNothingChanges() {
    PlanVersion v = PlanVersion.firstDraft(PLAN, annualWithQuarterlyAdvances(), kamScorecard());
    PlanTerms noAdvanceRate =
        new PlanTerms(
            LocalDate.of(2026, 1, 1),
            TargetIncentive.amount("0"),
            PeriodType.YEAR,
            PeriodType.QUARTER,
            null,
            false,
            null,
            CreditingRule.ACV,
            true,
            null,
            null,
            0);
    ScorecardDefinition badWeights =
        new ScorecardDefinition(
            List.of(Scorecards.measure("revenue", Perspective.FINANCIAL, "90")), List.of(), null);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> v.revise(noAdvanceRate, badWeights));
    assertEquals(
        List.of("targetIncentive.value", "advanceRatePercent", "scorecard.measures"),
        e.errors().stream().map(FieldError::field).toList());
    assertEquals(kamScorecard(), v.scorecard(), "the draft kept its content");
  }

  @Test
  void anApprovedVersionNeverChangesAndANewDraftCarriesItsContent() {
    PlanVersion v1 = PlanVersion.firstDraft(PLAN, annualWithQuarterlyAdvances(), kamScorecard());
    v1.approve("alice", Instant.parse("2026-01-05T10:00:00Z"));
    assertEquals(PlanVersionStatus.APPROVED, v1.getStatus());
    ConflictException e =
        assertThrows(
            ConflictException.class,
            () -> v1.revise(annualWithQuarterlyAdvances(), kamScorecard()));
    assertEquals(
        "Version 1 of plan KAM-2026 is approved and can no longer change; edit a new draft of it"
            + " instead",
        e.getMessage());
    assertThrows(ConflictException.class, () -> v1.approve("alice", Instant.now()));

    PlanVersion v2 = v1.nextDraft(2);
    assertEquals(PlanVersionStatus.DRAFT, v2.getStatus());
    assertEquals(v1.scorecard(), v2.scorecard());
    assertEquals(v1.terms(), v2.terms());
    assertThrows(IllegalArgumentException.class, () -> v1.nextDraft(1));
  }

  @Test
  void payoutFrequencyAndAdvancesFitThePerformancePeriod() {
    PlanTerms quarterlyPaidYearly =
        new PlanTerms(
            LocalDate.of(2026, 1, 1),
            TargetIncentive.percentOfBase("20"),
            PeriodType.QUARTER,
            PeriodType.YEAR,
            null,
            false,
            null,
            CreditingRule.TCV,
            true,
            null,
            null,
            0);
    assertEquals(
        List.of(
            new FieldError(
                "payoutFrequency",
                "The plan cannot pay less often than its performance period ends")),
        quarterlyPaidYearly.problems());
    PlanTerms advancesWithoutEarlyPayouts =
        new PlanTerms(
            LocalDate.of(2026, 1, 1),
            TargetIncentive.percentOfBase("20"),
            PeriodType.QUARTER,
            PeriodType.QUARTER,
            new BigDecimal("75"),
            false,
            null,
            CreditingRule.TCV,
            true,
            null,
            null,
            0);
    assertEquals(List.of("advanceRatePercent"), fields(advancesWithoutEarlyPayouts));
  }

  @Test
  void capsDrawsAndWindowsAreChecked() {
    PlanTerms t =
        new PlanTerms(
            LocalDate.of(2026, 1, 1),
            TargetIncentive.amount("1000"),
            PeriodType.YEAR,
            PeriodType.YEAR,
            null,
            false,
            new BigDecimal("0.5"),
            null,
            true,
            new BigDecimal("0"),
            new Draw(null, new BigDecimal("-1"), false),
            48);
    assertEquals(
        List.of(
            "planCapMultiple",
            "creditingRule",
            "windfallThresholdPercent",
            "clawbackWindowMonths",
            "draw.amountPerPeriod",
            "draw.kind"),
        fields(t));
  }

  @Test
  void payMixAtTargetIsDerived() {
    assertEquals(
        0,
        new BigDecimal("20")
            .compareTo(
                TargetIncentive.amount("25000").variableSharePercent(new BigDecimal("100000"))));
    assertEquals(
        0,
        new BigDecimal("20")
            .compareTo(
                TargetIncentive.percentOfBase("25").variableSharePercent(new BigDecimal("80000"))));
  }

  private static List<String> fields(PlanTerms t) {
    return t.problems().stream().map(FieldError::field).toList();
  }

  @Test
  void aRoleProfileChecksItsFacts() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                new RoleProfile(
                    "AM",
                    new RoleProfile.Facts(
                        "",
                        0,
                        BigDecimal.ZERO,
                        false,
                        false,
                        new BigDecimal("40"),
                        new BigDecimal("30"))));
    assertEquals(
        List.of("name", "salesCycleMonths", "opportunitiesPerYear", "variablePayMaxPercent"),
        e.errors().stream().map(FieldError::field).toList());
    assertTrue(KAM.isKeyAccount());
  }
}
