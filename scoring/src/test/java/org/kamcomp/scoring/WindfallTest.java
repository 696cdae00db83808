package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WindfallTest {

  static Crediting.Credit credit(String deal, long value, boolean clawback) {
    return new Crediting.Credit(
        deal,
        "kate",
        LocalDate.of(2026, 2, 1),
        Rational.of(value),
        Rational.ZERO,
        clawback,
        Step.of("test"));
  }

  @Test
  void aDealAboveTheThresholdIsHeldWithItsClawbackUntilReleased() {
    var credits =
        List.of(
            credit("small", 100_000, false),
            credit("huge", 600_001, false),
            credit("huge", -600_001, true));
    // Threshold 50 % of an annual target of 1,200,000 = 600,000.
    var review =
        Windfall.review(credits, new BigDecimal("1200000"), new BigDecimal("50"), Set.of());
    assertEquals(
        List.of("small"), review.counted().stream().map(Crediting.Credit::dealId).toList());
    assertEquals(2, review.held().size());
    var released =
        Windfall.review(credits, new BigDecimal("1200000"), new BigDecimal("50"), Set.of("huge"));
    assertEquals(3, released.counted().size());
  }

  @Test
  void exactlyAtTheThresholdIsNotAWindfall() {
    var review =
        Windfall.review(
            List.of(credit("d", 600_000, false)),
            new BigDecimal("1200000"),
            new BigDecimal("50"),
            Set.of());
    assertEquals(1, review.counted().size());
  }
}
