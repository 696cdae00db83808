package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdjustmentsTest {

  @Test
  void aRecalculationCarriesItsDifferenceAndNothingWhenUnchanged() {
    var up =
        Adjustments.recalculation(
                "2026-04-01 to 2026-06-30",
                new BigDecimal("8400.00"),
                new BigDecimal("9150.50"),
                true)
            .orElseThrow();
    assertEquals(new BigDecimal("750.50"), up.amount());
    assertTrue(up.advance());
    assertEquals("Recalculation of 2026-04-01 to 2026-06-30", up.reason());
    assertTrue(
        Adjustments.recalculation("Q2", new BigDecimal("10.00"), new BigDecimal("10.0000"), false)
            .isEmpty());
    // A held version paid nothing: all of the new one is the difference.
    assertEquals(
        new BigDecimal("-10.00"),
        Adjustments.recalculation("Q2", new BigDecimal("10.00"), null, false)
            .orElseThrow()
            .amount());
  }

  @Test
  void carriedAdjustmentsAreLinesOfTheirOwnAddedToTheDue() {
    var carried =
        Adjustments.carry(
            new BigDecimal("4800.00"),
            List.of(
                new Adjustments.Adjustment("Recalculation of Q2", new BigDecimal("750.50"), true),
                new Adjustments.Adjustment("Inquiry 7 on Q2", new BigDecimal("-100"), false)),
            2);
    assertEquals(new BigDecimal("5450.50"), carried.total());
    assertEquals(new BigDecimal("650.50"), carried.adjustments());
    assertEquals(
        List.of(
            "Adjustment: Recalculation of Q2: +750.50",
            "Adjustment: Inquiry 7 on Q2: -100.00",
            "Due = 4800.00 + adjustments +650.50 = 5450.50"),
        carried.explanation().stream().map(Step::text).toList());
    assertEquals(
        new BigDecimal("750.50"),
        Adjustments.advancesSettled(
            List.of(
                new Adjustments.Adjustment("a", new BigDecimal("750.50"), true),
                new Adjustments.Adjustment("b", new BigDecimal("-100"), false))));
  }

  @Test
  void nothingCarriedLeavesTheDueAsItIs() {
    var carried = Adjustments.carry(new BigDecimal("12.30"), List.of(), 2);
    assertEquals(new BigDecimal("12.30"), carried.total());
    assertTrue(carried.explanation().isEmpty());
  }

  @Test
  void anAdjustmentFinerThanTheMinorUnitIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Adjustments.carry(
                BigDecimal.ONE,
                List.of(new Adjustments.Adjustment("x", new BigDecimal("0.005"), false)),
                2));
  }
}
