package org.kamcomp.domain.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Reads typed values from an import row, noting each unreadable one as a row error with a message
 * that says what was expected.
 */
final class RowReader {

  private final ImportRow row;
  private final List<RowError> errors;

  RowReader(ImportRow row, List<RowError> errors) {
    this.row = row;
    this.errors = errors;
  }

  int number() {
    return row.number();
  }

  void error(String column, String message) {
    errors.add(new RowError(row.number(), column, message));
  }

  /** Notes the model's objections, each under the column of the field it names. */
  void rejected(org.kamcomp.domain.problem.InvalidInputException e) {
    e.errors().forEach(f -> error(column(f.field()), f.message()));
  }

  /** The import column of a model field: {@code validFrom} is {@code valid_from}. */
  static String column(String field) {
    return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  String text(String column, boolean required) {
    String v = row.get(column);
    if (v == null && required) {
      error(column, "is required");
    }
    return v;
  }

  LocalDate date(String column, boolean required) {
    String v = text(column, required);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      error(column, "\"" + v + "\" is not a date as YYYY-MM-DD");
      return null;
    }
  }

  /** Whether the row has the column at all (an absent column leaves the field as it is). */
  boolean has(String column) {
    return row.has(column);
  }

  /**
   * A number as the database keeps it: at most 15 digits before the point and 4 after it (the
   * columns are NUMERIC(19, 4)); anything larger or finer is refused, never cut.
   */
  BigDecimal decimal(String column, boolean required) {
    String v = text(column, required);
    if (v == null) {
      return null;
    }
    BigDecimal x;
    try {
      x = new BigDecimal(v);
    } catch (NumberFormatException e) {
      error(
          column,
          "\""
              + v
              + "\" is not a number (use digits, a point for decimals, no thousands separator)");
      return null;
    }
    BigDecimal plain = x.stripTrailingZeros();
    if (plain.scale() > SCALE) {
      error(column, "\"" + v + "\" has more than " + SCALE + " decimals; round it first");
      return null;
    }
    if (plain.precision() - plain.scale() > INTEGER_DIGITS) {
      error(
          column,
          "\""
              + v
              + "\" is too large: a number here has at most "
              + INTEGER_DIGITS
              + " digits before the point");
      return null;
    }
    return x;
  }

  private static final int SCALE = 4;
  private static final int INTEGER_DIGITS = 15;

  Integer integer(String column, boolean required) {
    String v = text(column, required);
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      error(column, "\"" + v + "\" is not a whole number");
      return null;
    }
  }

  <E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
    String v = text(column, required);
    if (v == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      error(
          column,
          "\""
              + v
              + "\" is not one of "
              + String.join(
                  ", ",
                  Arrays.stream(type.getEnumConstants())
                      .map(c -> c.name().toLowerCase(Locale.ROOT))
                      .toList()));
      return null;
    }
  }

  Currency currency(String column, boolean required) {
    String v = text(column, required);
    if (v == null) {
      return null;
    }
    try {
      return Currency.getInstance(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      error(column, "\"" + v + "\" is not an ISO 4217 currency code such as EUR");
      return null;
    }
  }
}
