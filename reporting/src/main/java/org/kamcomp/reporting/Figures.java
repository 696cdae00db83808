package org.kamcomp.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * How figures are written on statements, the same on the page and in the PDF: money to the
 * currency's minor unit with grouping, inputs as they were entered, percentages to two decimals.
 * Nothing here calculates: amounts arrive rounded by the engine, and a figure shown with fewer
 * decimals than it has is rounded half up for display only.
 */
final class Figures {

  /** What a figure that is not there reads as. */
  static final String NONE = "–";

  /** Grouping with commas, a decimal point, and a true minus sign (−) rather than a hyphen. */
  private static final DecimalFormatSymbols SYMBOLS = symbols();

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  private Figures() {}

  /** 12345.6 EUR is "12,345.60"; null is "–". */
  static String money(BigDecimal amount, String currency) {
    if (amount == null) {
      return NONE;
    }
    return grouped(amount.setScale(minorDigits(currency), RoundingMode.HALF_UP));
  }

  /** A difference with its sign: "+120.00", "−80.00", "0.00". */
  static String signedMoney(BigDecimal amount, String currency) {
    if (amount == null) {
      return NONE;
    }
    String text = money(amount, currency);
    return amount.signum() > 0 ? "+" + text : text;
  }

  /** An input as entered, grouped: 40.0000 is "40", 1200000 is "1,200,000", 32.50 is "32.5". */
  static String plain(BigDecimal x) {
    if (x == null) {
      return NONE;
    }
    BigDecimal stripped = x.stripTrailingZeros();
    return grouped(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
  }

  /** A percentage as the engine wrote it (two decimals): "112.50 %". */
  static String percent(BigDecimal x) {
    return x == null ? NONE : grouped(x) + " %";
  }

  /** A percentage entered as such, a weight: 25.00 is "25 %". */
  static String percentAsEntered(BigDecimal x) {
    return x == null ? NONE : plain(x) + " %";
  }

  /** A multiplier: "× 1.05". */
  static String factor(BigDecimal x) {
    return x == null ? NONE : "× " + plain(x);
  }

  static String day(LocalDate d) {
    return d == null ? NONE : DAY.format(d);
  }

  static String period(LocalDate start, LocalDate end) {
    return day(start) + " – " + day(end);
  }

  /** A span in few words: "1 Jan – 30 Jun 2026" within a year, else as {@link #period}. */
  static String span(LocalDate start, LocalDate end) {
    if (start != null && end != null && start.getYear() == end.getYear()) {
      return DateTimeFormatter.ofPattern("d MMM", Locale.UK).format(start) + " – " + day(end);
    }
    return period(start, end);
  }

  private static String grouped(BigDecimal x) {
    DecimalFormat f = new DecimalFormat("#,##0", SYMBOLS);
    f.setMinimumFractionDigits(Math.max(0, x.scale()));
    f.setMaximumFractionDigits(Math.max(0, x.scale()));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(x);
  }

  private static DecimalFormatSymbols symbols() {
    DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.UK);
    s.setMinusSign('−');
    return s;
  }

  private static int minorDigits(String currency) {
    if (currency == null) {
      return 2;
    }
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (IllegalArgumentException e) {
      // Not an ISO 4217 code: the statement still shows, with cents.
      return 2;
    }
  }
}
