package org.kamcomp.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.statement.CalculationRun;
import org.kamcomp.domain.statement.StatementRecord;
import org.kamcomp.domain.statement.StatementRecord.Kind;
import org.kamcomp.domain.statement.StatementRecord.Status;

class StatementViewTest {

  @Test
  void readsEveryLineAndFigureOfTheDocument() {
    StatementView v =
        StatementView.of(
            Statements.header(Kind.PERIOD, Status.CALCULATED, null, "13088.06", "13088.06", null),
            Statements.q2Document());

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
    assertEquals("1 Apr 2026 – 30 Jun 2026", v.getPeriodText());
    assertEquals("KAM-2026 v3", v.getPlanText());
    assertEquals("Period payout", v.getKindText());
    assertNull(v.getScorecardPeriodText(), "the scorecard covers the statement's period");
    assertFalse(v.isRecalculated());
    assertNull(v.getDifference());
    assertEquals("–", v.getDifferenceText());
  }

  @Test
  void anInputAsEnteredLosesOnlyItsTrailingZeros() {
    StatementView v =
        StatementView.of(
            Statements.header(Kind.PERIOD, Status.CALCULATED, null, "1", "1", null),
            "{\"lines\":[{\"measureCode\":\"M\",\"measureName\":null,\"weightPercent\":40.0000,"
                + "\"target\":1E+6,\"actual\":27.30,\"attainmentPercent\":null,"
                + "\"payoutPercent\":null,\"gatedBy\":null,\"amount\":null,\"trail\":[]}]}");
    StatementView.Line l = v.getLines().get(0);
    assertEquals("M", l.getMeasureName(), "a measure without a name shows its code");
    assertEquals("40 %", l.getWeightText());
    assertEquals("1,000,000", l.getTargetText());
    assertEquals("27.3", l.getActualText());
    assertEquals("–", l.getAttainmentText());
    assertEquals("–", l.getAmountText());
  }

  @Test
  void anAdvanceRecalculatedShowsTheYearToDateAndTheDifference() {
    StatementView v =
        StatementView.of(
            Statements.header(
                Kind.ADVANCE, Status.CALCULATED, null, "24350.40", "6412.80", "6000.00"),
            Statements.advanceDocument());

    assertEquals("Quarterly advance", v.getKindText());
    assertEquals("1 Jan 2026 – 30 Jun 2026", v.getScorecardPeriodText());
    assertTrue(v.isRecalculated());
    assertEquals(new BigDecimal("412.80"), v.getDifference());
    assertEquals("+412.80", v.getDifferenceText());
    assertEquals("6,000.00", v.getPreviousDueText());
    assertEquals("24,350.40", v.getEarnedText());
  }

  @Test
  void aLowerRecalculationIsANegativeDifference() {
    StatementView v =
        StatementView.of(
            Statements.header(Kind.TRUE_UP, Status.CALCULATED, null, "1", "100.00", "180.50"),
            "{}");
    assertEquals("Year-end true-up", v.getKindText());
    assertEquals("−80.50", v.getDifferenceText());
  }

  @Test
  void aHeldStatementWithABareDocumentHasNoLinesAndNoFigures() {
    StatementView v =
        StatementView.of(
            Statements.header(
                Kind.PERIOD, Status.HELD, "aschmidt has no base salary", null, null, null),
            Statements.bareHeldDocument());

    assertTrue(v.isHeld());
    assertEquals("Held", v.getStatusText());
    assertEquals("aschmidt has no base salary", v.getException());
    assertEquals(List.of(), v.getLines());
    assertNull(v.getPayout());
    assertEquals("–", v.getPayoutText());
    assertEquals("–", v.getAmountDueText());
    assertEquals(List.of(), v.getExplanation());
  }

  @Test
  void survivesSerialisationForAViewScopedBean() throws Exception {
    StatementView v =
        StatementView.of(
            Statements.header(
                Kind.ADVANCE, Status.CALCULATED, null, "24350.40", "6412.80", "6000.00"),
            Statements.advanceDocument());
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
  }

  @Test
  void aDocumentThatIsNotJsonIsRefused() {
    StatementView.Header h =
        Statements.header(Kind.PERIOD, Status.CALCULATED, null, null, null, null);
    assertThrows(IllegalArgumentException.class, () -> StatementView.of(h, "not json"));
  }

  @Test
  void isBuiltFromAPublishedRecordWithItsRunAndParticipant() {
    CalculationRun run =
        new CalculationRun(
            Statements.Q2_START,
            Statements.Q2_END,
            2,
            "ops",
            Instant.parse("2026-07-02T08:00:00Z"));
    Participant anna =
        new Participant(
            "aschmidt",
            "Anna Schmidt",
            "anna@example.com",
            "Key account manager",
            Currency.getInstance("EUR"),
            Statements.Q2_START.minusYears(3),
            null);
    StatementRecord published =
        new StatementRecord(
            run,
            anna,
            7L,
            "KAM-2026",
            3,
            "EUR",
            Kind.PERIOD,
            Status.CALCULATED,
            null,
            new BigDecimal("12500.0000"),
            new BigDecimal("12500.0000"),
            Statements.q2Document());
    StatementRecord recalculated =
        new StatementRecord(
            run,
            anna,
            7L,
            "KAM-2026",
            3,
            "EUR",
            Kind.PERIOD,
            Status.CALCULATED,
            null,
            new BigDecimal("13088.0600"),
            new BigDecimal("13088.0600"),
            Statements.q2Document());
    recalculated.recalculates(published);

    StatementView v = StatementView.of(recalculated);

    assertEquals("Anna Schmidt", v.getParticipantName());
    assertEquals("aschmidt", v.getUsername());
    assertEquals("KAM-2026 v3", v.getPlanText());
    assertEquals(Statements.Q2_START, v.getPeriodStart());
    assertEquals("13,088.06", v.getAmountDueText());
    assertEquals("+588.06", v.getDifferenceText());
    assertEquals(recalculated.getDifference(), v.getDifference());
    assertEquals(6, v.getLines().size());
  }
}
