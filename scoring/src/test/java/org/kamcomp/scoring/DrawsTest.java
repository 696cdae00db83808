package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawsTest {

  static Draws.Period q(String label, String earned) {
    return new Draws.Period(label, new BigDecimal(earned), new BigDecimal("5000.00"));
  }

  static final List<Draws.Period> YEAR =
      List.of(q("Q1", "1000.00"), q("Q2", "3000.00"), q("Q3", "9000.00"), q("Q4", "7000.00"));

  @Test
  void aGuaranteePaysTheBetterOfEarningsAndDraw() {
    assertEquals(
        List.of("5000.00", "5000.00", "9000.00", "7000.00"),
        Draws.apply(YEAR, Draws.Kind.GUARANTEE, false, null).stream()
            .map(p -> p.paid().toPlainString())
            .toList());
  }

  @Test
  void aRecoverableDrawIsRecoveredOnlyFromThePartAboveTheDraw() {
    var payouts = Draws.apply(YEAR, Draws.Kind.RECOVERABLE, false, null);
    // Q1: balance 4,000; Q2: 6,000; Q3: 4,000 above the draw recovered -> pays 5,000, balance
    // 2,000;
    // Q4: 2,000 above the draw recovered -> pays 5,000, balance 0.
    assertEquals(
        List.of("5000.00", "5000.00", "5000.00", "5000.00"),
        payouts.stream().map(p -> p.paid().toPlainString()).toList());
    assertEquals(
        List.of("4000.00", "6000.00", "2000.00", "0.00"),
        payouts.stream().map(p -> p.balance().toPlainString()).toList());
  }

  @Test
  void whatIsLeftAtYearEndIsForgivenUnlessItCarriesOver() {
    List<Draws.Period> poor = List.of(q("Q1", "1000.00"), q("Q2", "6000.00"));
    assertEquals(
        new BigDecimal("0.00"),
        Draws.apply(poor, Draws.Kind.RECOVERABLE, false, null).get(1).balance());
    assertEquals(
        new BigDecimal("3000.00"),
        Draws.apply(poor, Draws.Kind.RECOVERABLE, true, null).get(1).balance());
  }
}
