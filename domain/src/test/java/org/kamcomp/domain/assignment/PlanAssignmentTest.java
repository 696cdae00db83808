package org.kamcomp.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.plan.PlanVersion;
import org.kamcomp.domain.plan.Scorecards;
import org.kamcomp.domain.problem.InvalidInputException;

class PlanAssignmentTest {

  static final LocalDate JAN = LocalDate.of(2026, 1, 1);
  static final LocalDate DEC = LocalDate.of(2026, 12, 31);
  final Participant kate =
      new Participant("kate", "Kate", null, null, Currency.getInstance("EUR"), JAN, null);
  final PlanVersion plan = Scorecards.approvedKamPlan();

  PlanAssignment year() {
    return PlanAssignment.assign(kate, plan, JAN, DEC, List.of());
  }

  static String message(Runnable r) {
    return assertThrows(InvalidInputException.class, r::run).getMessage();
  }

  @Test
  void aDraftCannotBeAssigned() {
    PlanVersion draft = plan.nextDraft(2);
    assertEquals(
        "Version 2 of plan KAM-2026 is a draft: approve it before assigning it; nobody is paid by"
            + " a draft",
        message(() -> PlanAssignment.assign(kate, draft, JAN, DEC, List.of())));
  }

  @Test
  void amountsAreNeverConverted() {
    var usd = new Participant("sam", "Sam", null, null, Currency.getInstance("USD"), JAN, null);
    assertEquals(
        "sam is paid in USD but plan KAM-2026 pays in EUR; amounts are never converted, so choose"
            + " a plan in the participant's currency",
        message(() -> PlanAssignment.assign(usd, plan, JAN, DEC, List.of())));
  }

  @Test
  void anAssignmentStartsNoEarlierThanTheVersionTakesEffect() {
    assertEquals(
        "Version 1 of plan KAM-2026 takes effect on 2026-01-01; an assignment cannot start before"
            + " that (2025-12-01)",
        message(
            () -> PlanAssignment.assign(kate, plan, LocalDate.of(2025, 12, 1), DEC, List.of())));
  }

  @Test
  void datesAreConsistent() {
    assertEquals(
        "The assignment ends (2026-01-01) before it starts (2026-02-01)",
        message(() -> PlanAssignment.assign(kate, plan, LocalDate.of(2026, 2, 1), JAN, List.of())));
  }

  @Test
  void aParticipantHasOnePlanOnAnyDay() {
    PlanAssignment first =
        PlanAssignment.assign(kate, plan, JAN, LocalDate.of(2026, 6, 30), List.of());
    assertEquals(
        "kate already has plan KAM-2026 (version 1) from 2026-01-01 to 2026-06-30; a participant"
            + " has one plan on any day, so end that assignment first",
        message(
            () ->
                PlanAssignment.assign(kate, plan, LocalDate.of(2026, 6, 30), DEC, List.of(first))));
    // The day after is fine: a mid-year change is two assignments.
    PlanAssignment.assign(kate, plan, LocalDate.of(2026, 7, 1), DEC, List.of(first));
  }

  @Test
  void targetsAreAboveZero() {
    PlanAssignment a = year();
    assertEquals(
        "A target is above 0 (attainment divides by it), not 0",
        message(() -> a.setTarget("revenue", DEC, BigDecimal.ZERO)));
    assertEquals(
        "A target is above 0 (attainment divides by it), not -5",
        message(() -> a.setTarget("revenue", DEC, new BigDecimal("-5"))));
  }

  @Test
  void aRatedMeasureHasNoTargetAndAnUnknownOneNone() {
    PlanAssignment a = year();
    assertEquals(
        "\"Account plan execution\" is rated by the manager and has no target; its curve reads the"
            + " rating",
        message(() -> a.setTarget("account-plan", DEC, BigDecimal.ONE)));
    assertEquals(
        "Plan KAM-2026 has no measure pipeline",
        message(() -> a.setTarget("pipeline", DEC, BigDecimal.ONE)));
  }

  @Test
  void targetsAreSetForThePayoutPeriodsOfAnAnnualPlanWithAdvances() {
    PlanAssignment a = year();
    assertEquals(
        "2026-02-28 is not the end of a quarter within the assignment (2026-01-01 to 2026-12-31)",
        message(() -> a.setTarget("revenue", LocalDate.of(2026, 2, 28), BigDecimal.ONE)));
    assertEquals(
        "2027-03-31 is not the end of a quarter within the assignment (2026-01-01 to 2026-12-31)",
        message(() -> a.setTarget("revenue", LocalDate.of(2027, 3, 31), BigDecimal.ONE)));
    assertTrue(a.setTarget("revenue", LocalDate.of(2026, 3, 31), new BigDecimal("250000")));
    assertTrue(a.setTarget("revenue", DEC, new BigDecimal("1000000")));
    assertEquals(2, a.getTargets().size());
  }

  @Test
  void settingTheSameTargetAgainChangesNothing() {
    PlanAssignment a = year();
    assertTrue(a.setTarget("revenue", DEC, new BigDecimal("1000000")));
    assertFalse(a.setTarget("revenue", DEC, new BigDecimal("1000000.00")));
    assertTrue(a.setTarget("revenue", DEC, new BigDecimal("1100000")));
    assertEquals(new BigDecimal("1100000"), a.getTargets().get(0).getValue());
    assertEquals(1, a.getTargets().size());
  }

  @Test
  void anAssignmentCannotEndBeforeItsTargets() {
    PlanAssignment a = year();
    a.setTarget("revenue", DEC, BigDecimal.TEN);
    assertEquals(
        "A target on revenue for the period ending 2026-12-31 lies after the new end; remove it"
            + " first",
        message(() -> a.endOn(LocalDate.of(2026, 6, 30), List.of(a))));
  }
}
