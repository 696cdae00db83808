package org.kamcomp.web.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads what was typed into the editor's inputs. A value that is no number or date is reported on
 * its field in the model's terms; a blank input is "not given" (null), which the model judges.
 */
final class Parser {

  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern PLAIN = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

  private final FormErrors errors;

  Parser(FormErrors errors) {
    this.errors = errors;
  }

  /** A decimal, or null when blank; anything else that is no number is reported on the field. */
  BigDecimal decimal(String text, String field) {
    if (blank(text)) {
      return null;
    }
    BigDecimal value = lenient(text);
    if (value == null) {
      errors.add(field, "Enter a number such as 1.25, not \"" + text.strip() + "\"");
    }
    return value;
  }

  /** A decimal that must be given. */
  BigDecimal required(String text, String field, String missing) {
    if (blank(text)) {
      errors.add(field, missing);
      return null;
    }
    return decimal(text, field);
  }

  /** A whole number, {@code whenBlank} when blank. */
  int whole(String text, String field, int whenBlank) {
    if (blank(text)) {
      return whenBlank;
    }
    BigDecimal value = lenient(text);
    if (value == null || value.stripTrailingZeros().scale() > 0) {
      errors.add(field, "Enter a whole number, not \"" + text.strip() + "\"");
      return whenBlank;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      errors.add(field, "That number is too large");
      return whenBlank;
    }
  }

  /** A date as the browser's date input sends it (2026-01-01), or null when blank. */
  LocalDate date(String text, String field) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(field, "Enter a date such as 2026-01-01");
      return null;
    }
  }

  /** The number typed, forgiving a trailing % and thousands commas; null when it is none. */
  static BigDecimal lenient(String text) {
    if (blank(text)) {
      return null;
    }
    String s = text.strip().replace(" ", "");
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1);
    }
    if (GROUPED.matcher(s).matches()) {
      s = s.replace(",", "");
    }
    return PLAIN.matcher(s).matches() ? new BigDecimal(s) : null;
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** A number as the editor shows it: plain, without trailing zeros. */
  static String show(BigDecimal value) {
    if (value == null) {
      return "";
    }
    BigDecimal v = value.stripTrailingZeros();
    return v.signum() == 0 ? "0" : v.toPlainString();
  }
}
