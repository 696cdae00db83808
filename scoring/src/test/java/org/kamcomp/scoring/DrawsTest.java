package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DrawsTest {

  static final Draws.Terms RECOVERABLE =
      new Draws.Terms(Draws.Kind.RECOVERABLE, new BigDecimal("5000"), false);

  static Draws.Applied apply(Draws.Terms terms, Rational earned, String balance, boolean yearEnd) {
    return Draws.apply(terms, earned, Rational.of(5000), new BigDecimal(balance), yearEnd, 2);
  }

  @Test
  void theExactEarningsAreComparedWithTheDraw() {
    // 4,999.996 rounds to 5,000.00 but is below the draw: the draw is paid and nothing is owed.
    Draws.Applied a = apply(RECOVERABLE, Rational.of(4_999_996, 1000), "0", false);
    assertEquals(new BigDecimal("5000.00"), a.paid());
    assertEquals(new BigDecimal("0.00"), a.balance());
    assertEquals(
        "Recoverable draw: earned 5000.00 is below the draw 5000.00; the draw is paid and 0.00 is"
            + " added to the balance, now 0.00",
        a.explanation().get(0).text());
  }

  @Test
  void aRecoverableBalanceIsRecoveredOnlyFromThePartAboveTheDraw() {
    Draws.Applied some = apply(RECOVERABLE, Rational.of(7000), "4000.00", false);
    assertEquals(new BigDecimal("5000.00"), some.paid());
    assertEquals(new BigDecimal("2000.00"), some.recovered());
    assertEquals(new BigDecimal("2000.00"), some.balance());
    Draws.Applied all = apply(RECOVERABLE, Rational.of(9000), "1500.00", false);
    assertEquals(new BigDecimal("7500.00"), all.paid());
    assertEquals(new BigDecimal("0.00"), all.balance());
  }

  @Test
  void whatIsLeftAtThePlanYearsEndIsForgivenUnlessItCarriesOver() {
    Draws.Applied forgiven = apply(RECOVERABLE, Rational.of(1000), "0", true);
    assertEquals(new BigDecimal("4000.00"), forgiven.forgiven());
    assertEquals(new BigDecimal("0.00"), forgiven.balance());
    Draws.Terms carries = new Draws.Terms(Draws.Kind.RECOVERABLE, new BigDecimal("5000"), true);
    assertEquals(new BigDecimal("4000.00"), apply(carries, Rational.of(1000), "0", true).balance());
  }

  @Test
  void aGuaranteeOwesNothing() {
    Draws.Terms guarantee = new Draws.Terms(Draws.Kind.GUARANTEE, new BigDecimal("5000"), false);
    Draws.Applied a = apply(guarantee, Rational.of(1000), "0", false);
    assertEquals(new BigDecimal("5000.00"), a.paid());
    assertEquals(new BigDecimal("0.00"), a.balance());
    assertEquals(new BigDecimal("9000.00"), apply(guarantee, Rational.of(9000), "0", false).paid());
  }
}
