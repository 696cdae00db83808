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
      text = fill(template, values);
    }
    return text;
  }

  /**
   * The template with {@code %s} replaced by each value in turn and {@code %%} by {@code %}: what
   * {@code String.format} gives for these templates, without parsing a format each time (a run
   * writes millions of steps).
   */
  static String fill(String template, Object[] values) {
    StringBuilder b = new StringBuilder(template.length() + 16 * values.length);
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '%' && i + 1 < template.length()) {
        char f = template.charAt(i + 1);
        if (f == 's') {
          if (next == values.length) {
            throw new IllegalArgumentException(
                "A step's template takes more than " + next + " values: " + template);
          }
          b.append(values[next++]);
          i++;
          continue;
        }
        if (f == '%') {
          b.append('%');
          i++;
          continue;
        }
        throw new IllegalArgumentException("A step's template takes %s and %% only: " + template);
      }
      b.append(c);
    }
    if (next != values.length) {
      throw new IllegalArgumentException(
          "A step's template takes " + next + " values, not " + values.length + ": " + template);
    }
    return b.toString();
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
