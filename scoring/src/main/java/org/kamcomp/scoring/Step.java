package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One step of a statement's explanation: a sentence with the numbers it used. The numbers are kept
 * as they were calculated and written out only when the step is shown, so explaining every line
 * costs the calculation nearly nothing.
 */
public final class Step {

  private final String template;
  private final Object[] values;
  private String text;

  private Step(String template, Object... values) {
    this.template = template;
    this.values = values;
  }

  /** A step: {@code template} with {@code %s} for each value. */
  static Step of(String template, Object... values) {
    return new Step(template, values);
  }

  /** The sentence, with every number written out. */
  public String text() {
    if (text == null) {
      text = String.format(template, values);
    }
    return text;
  }

  @Override
  public String toString() {
    return text();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Step s && text().equals(s.text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  /** A quotient shown as a percentage to two decimals: 11/10 is "110.00 %". */
  static Object percent(Rational r) {
    return new Shown(() -> r.multiply(Rational.HUNDRED).round(2, RoundingMode.HALF_UP) + " %");
  }

  /** A factor to at most four decimals: 3/2 is "1.5". */
  static Object factor(Rational r) {
    return new Shown(() -> r.round(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
  }

  /** An amount rounded to the currency's minor unit. */
  static Object money(Rational r, int digits) {
    return new Shown(() -> r.round(digits, RoundingMode.HALF_UP).toPlainString());
  }

  /** A decimal as entered, without trailing zeros. */
  static Object plain(BigDecimal x) {
    return new Shown(() -> x.stripTrailingZeros().toPlainString());
  }

  private record Shown(java.util.function.Supplier<String> text) {
    @Override
    public String toString() {
      return text.get();
    }
  }
}
