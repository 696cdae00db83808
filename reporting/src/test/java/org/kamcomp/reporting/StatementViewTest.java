package org.kamcomp.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementViewTest {

  @Test
  void readsEveryLineAndFigureOfTheStatement() {
    StatementView v = Statements.statement().view();

    assertEquals(6, v.getLines().size());
    StatementView.Line revenue = v.getLines().get(0);
    assertEquals("REV", revenue.getMeasureCode());
    assertEquals("Revenue", revenue.getMeasureName());
    assertEquals(new BigDecimal("1200000"), revenue.getTarget());
    assertEquals("1,200,000", revenue.getTargetText());
    assertEquals("1,350,000", revenue.getActualText());
    assertEquals("40 %", revenue.getWeightText());
    assertEquals("112.50 %", revenue.getAttainmentText());
    assertEquals("162.50 %", revenue.getPayoutText());
    assertEquals("7,800.00", revenue.getAmountText());
    assertEquals(3, revenue.getTrail().size());
    assertFalse(revenue.isGated());

    StatementView.Line pipeline = v.getLines().get(2);
    assertTrue(pipeline.isGated());
    assertEquals("GM", pipeline.getGatedBy());
    assertEquals("0.00", pipeline.getAmountText());

    StatementView.Line accountPlan = v.getLines().get(4);
    assertTrue(accountPlan.isRated());
    assertEquals("rating 4", accountPlan.getAttainmentText());
    assertEquals("–", accountPlan.getTargetText());

    assertEquals("32.5", v.getLines().get(1).getTargetText());
    assertEquals(new BigDecimal("13088.06"), v.getPayout());
    assertEquals("13,088.06", v.getPayoutText());
    assertEquals("12,000.00", v.getTargetIncentiveText());
    assertEquals("× 1.0375", v.getMultiplierText());
    assertEquals("473.06", v.getModifierLineText());
    assertEquals("0.00", v.getCapLineText());
    assertEquals(5, v.getExplanation().size());
    assertEquals(1, v.getNotes().size());
    assertEquals("Q2 2026 (1 Apr 2026 – 30 Jun 2026)", v.getPeriodText());
    assertEquals("KAM-2026 v3", v.getPlanText());
    assertEquals("Period payout", v.getKindText());
    assertNull(v.getScorecardPeriodText(), "the scorecard covers the statement's period");
    assertFalse(v.isRecalculated());
    assertNull(v.getDifference());
    assertEquals("–", v.getDifferenceText());
  }

  @Test
  void whatIsDueEarnedAndPaidIsEachLabelledWithItsSpan() {
    StatementView period = Statements.statement().view();
    assertEquals("due for Q2 2026: the period payout", period.getDueSpanText());
    assertEquals("earned 1 Apr – 30 Jun 2026", period.getEarnedSpanText());
    StatementView advance = Statements.statement().advance("13067.52", "6412.80").view();
    assertEquals("due for Q2 2026: the advance", advance.getDueSpanText());
    assertEquals("earned 1 Jan – 30 Jun 2026, to date", advance.getEarnedSpanText());
    assertEquals("paid for 1 Jan – 31 Mar 2026", advance.getPaidBeforeSpanText());
    assertEquals("13,067.52", advance.getPaidBeforeText());
  }

  @Test
  void anAdvanceGoesFromTheEarningsToDateToWhatIsDueInRowsThatAddUp() {
    StatementView v = Statements.statement().advance("13067.52", "6412.80").view();

    List<String> rows =
        v.getSettlements().stream()
            .map(r -> r.getLabel() + " | " + r.getText() + " | " + r.getAmountText())
            .toList();
    assertEquals(
        List.of(
            "Advance rate | 80 % of earned to date | 19,480.32",
            "Advances paid | for 1 Jan – 31 Mar 2026 | −13,067.52",
            "Due for Q2 2026 |  | 6,412.80"),
        rows);
  }

  @Test
  void aPeriodPayoutPaidAsEarnedNeedsNoRowsBetweenPayoutAndDue() {
    assertTrue(Statements.statement().view().getSettlements().isEmpty());
  }

  @Test
  void anAdvanceRecalculatedShowsTheYearToDateAndTheDifference() {
    StatementView v =
        Statements.statement().advance("13067.52", "6412.80").recalculates("6000.00").view();
    assertEquals("Advance", v.getKindText());
    assertEquals("1 Jan 2026 – 30 Jun 2026", v.getScorecardPeriodText());
    assertTrue(v.isRecalculated());
    assertEquals(new BigDecimal("412.80"), v.getDifference());
    assertEquals("+412.80", v.getDifferenceText());
    assertEquals("6,000.00", v.getPreviousDueText());
    assertEquals("24,350.40", v.getEarnedText());
  }

  @Test
  void aHeldStatementHasNoLinesAndNoFigures() {
    StatementView v = Statements.statement().held("aschmidt has no base salary", false).view();
    assertTrue(v.isHeld());
    assertEquals("Held", v.getStatusText());
    assertEquals("aschmidt has no base salary", v.getException());
    assertEquals(List.of(), v.getLines());
    assertNull(v.getPayout());
    assertEquals("–", v.getPayoutText());
    assertEquals("–", v.getAmountDueText());
    assertEquals(List.of(), v.getExplanation());
    assertEquals("nothing is due while it is held", v.getDueSpanText());
  }

  @Test
  void carriedAdjustmentsAndHeldDealsAreListed() {
    StatementView v =
        Statements.statement()
            .carrying("Recalculation of Q1 (run 2)", "412.80")
            .holding("D-9", "700000.00", "600000.00")
            .view();
    assertEquals(
        List.of("+412.80"), v.getAdjustments().stream().map(a -> a.getAmountText()).toList());
    assertEquals("13,500.86", v.getAmountDueText());
    assertEquals("13,088.06", v.getOwnDueText());
    assertEquals("due for Q2 2026: the period payout and adjustments", v.getDueSpanText());
    assertEquals("600,000.00", v.getHeldDeals().get(0).getThresholdText());
  }

  @Test
  void survivesSerialisationForAViewScopedBean() throws Exception {
    StatementView v =
        Statements.statement().advance("13067.52", "6412.80").recalculates("6000.00").view();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(v);
    }
    StatementView back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (StatementView) in.readObject();
    }
    assertEquals(v.getDifferenceText(), back.getDifferenceText());
    assertEquals(v.getLines().get(2).getTrail(), back.getLines().get(2).getTrail());
    assertEquals(v.getNotes(), back.getNotes());
  }
}
