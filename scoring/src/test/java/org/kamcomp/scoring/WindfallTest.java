package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kamcomp.scoring.Plans.d;
import static org.kamcomp.scoring.Plans.day;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WindfallTest {

  static Crediting.Credit credit(String deal, long value, boolean clawback) {
    return new Crediting.Credit(
        deal,
        "ACME",
        "kate",
        day("2026-02-01"),
        Rational.of(value),
        Rational.ZERO,
        clawback,
        Crediting.Role.PRIMARY,
        d("100"),
        null,
        Step.literal("test"));
  }

  static final List<Windfall.AnnualTarget> BOOKINGS =
      List.of(
          new Windfall.AnnualTarget(
              Plans.measure("revenue", "100", PlanRules.Data.BOOKINGS), d("1200000")));

  @Test
  void aDealAboveTheThresholdIsHeldWithItsClawbackUntilReleased() {
    var credits =
        List.of(
            credit("small", 100_000, false),
            credit("huge", 600_001, false),
            credit("huge", -600_001, true));
    // Threshold 50 % of an annual target of 1,200,000 = 600,000.
    var review = Windfall.review(credits, BOOKINGS, d("50"), Set.of(), 2);
    assertEquals(
        List.of("small"), review.counted().stream().map(Crediting.Credit::dealId).toList());
    assertEquals(List.of("huge"), review.held().stream().map(Windfall.Held::dealId).toList());
    assertEquals(
        3, Windfall.review(credits, BOOKINGS, d("50"), Set.of("huge"), 2).counted().size());
  }

  @Test
  void exactlyAtTheThresholdIsNotAWindfall() {
    var review =
        Windfall.review(List.of(credit("d", 600_000, false)), BOOKINGS, d("50"), Set.of(), 2);
    assertEquals(1, review.counted().size());
  }
}
