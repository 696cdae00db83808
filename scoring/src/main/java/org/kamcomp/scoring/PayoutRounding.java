package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * The platform's one rounding policy: each payout event is rounded once, half up (away from zero
 * for negative amounts), to the minor unit of the plan's currency.
 */
public final class PayoutRounding {

  public static final RoundingMode MODE = RoundingMode.HALF_UP;

  private PayoutRounding() {}

  /** An exact amount rounded once to {@code digits} decimals, half up. */
  public static BigDecimal round(Rational amount, int digits) {
    return amount.round(digits, MODE);
  }

  public static BigDecimal round(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount is required");
    Objects.requireNonNull(currency, "currency is required");
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException(currency + " has no minor unit to round to");
    }
    return amount.setScale(digits, MODE);
  }
}
