package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdjustmentsTest {

  static Adjustments.Adjustment adjustment(String reason, String amount, boolean advance) {
    return new Adjustments.Adjustment(reason, reason, new BigDecimal(amount), "EUR", "1", advance);
  }

  @Test
  void aRecalculationMakesItsDifferenceAndNothingWhenUnchanged() {
    assertEquals(
        new BigDecimal("750.50"),
        Adjustments.recalculation(new BigDecimal("8400.00"), new BigDecimal("9150.50"))
            .orElseThrow());
    assertTrue(
        Adjustments.recalculation(new BigDecimal("10.00"), new BigDecimal("10.0000")).isEmpty());
    // A held version paid nothing: all of the new one is the difference.
    assertEquals(
        new BigDecimal("-10.00"),
        Adjustments.recalculation(new BigDecimal("10.00"), null).orElseThrow());
  }

  @Test
  void carriedAdjustmentsAreLinesOfTheirOwnAddedToTheDue() {
    var sum =
        Adjustments.carry(
            new BigDecimal("4800.00"),
            List.of(
                adjustment("Recalculation of Q2", "750.50", true),
                adjustment("Inquiry 7 on Q2", "-100", false)),
            2);
    assertEquals(new BigDecimal("5450.50"), sum.due());
    assertEquals(new BigDecimal("650.50"), sum.total());
    assertEquals(
        List.of(
            "Adjustment: Recalculation of Q2: +750.50",
            "Adjustment: Inquiry 7 on Q2: -100.00",
            "Due = 4800.00 + adjustments +650.50 = 5450.50"),
        sum.explanation().stream().map(Step::text).toList());
    assertEquals(
        new BigDecimal("750.50"),
        Adjustments.advancesSettled(
            List.of(adjustment("a", "750.50", true), adjustment("b", "-100", false))));
  }

  @Test
  void anAdjustmentFinerThanTheMinorUnitIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Adjustments.carry(BigDecimal.ONE, List.of(adjustment("x", "0.005", false)), 2));
  }
}
