package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayoutRoundingTest {

  @ParameterizedTest
  @CsvSource({
    "9084.375, EUR, 9084.38",
    "-478.125, EUR, -478.13",
    "0.004, EUR, 0.00",
    "1234.5, JPY, 1235",
    "-1234.5, JPY, -1235",
    "1.0005, KWD, 1.001"
  })
  void roundsHalfUpToTheCurrencysMinorUnit(String amount, String currency, String expected) {
    assertEquals(
        new BigDecimal(expected),
        PayoutRounding.round(new BigDecimal(amount), Currency.getInstance(currency)));
  }

  @Test
  void refusesACurrencyWithoutMinorUnit() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PayoutRounding.round(BigDecimal.ONE, Currency.getInstance("XAU")));
  }
}
