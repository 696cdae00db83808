package org.kamcomp.scoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The company's fiscal calendar: the fiscal year starts on the first day of {@code firstMonth}
 * (January by default), and its periods of 1, 3, 6 and 12 months (months, quarters, halves, the
 * year) are counted from there. Performance periods, payout dates, plan years (where a draw balance
 * is forgiven) and the periods a calculation run may cover all follow it.
 */
public record FiscalCalendar(int firstMonth) implements java.io.Serializable {

  /** A fiscal year that is the calendar year. */
  public static final FiscalCalendar JANUARY = new FiscalCalendar(1);

  /** The period lengths a plan and a run can have, in months. */
  public static final List<Integer> LENGTHS = List.of(1, 3, 6, 12);

  public FiscalCalendar {
    if (firstMonth < 1 || firstMonth > 12) {
      throw new IllegalArgumentException(
          "A fiscal year starts in a month from 1 to 12, not " + firstMonth);
    }
  }

  /** The first day of the fiscal year that contains {@code day}. */
  public LocalDate yearStart(LocalDate day) {
    int year = day.getMonthValue() >= firstMonth ? day.getYear() : day.getYear() - 1;
    return LocalDate.of(year, firstMonth, 1);
  }

  /** The last day of the fiscal year that contains {@code day}. */
  public LocalDate yearEnd(LocalDate day) {
    return yearStart(day).plusYears(1).minusDays(1);
  }

  /** The first day of the period of {@code months} that contains {@code day}. */
  public LocalDate periodStart(LocalDate day, int months) {
    requireLength(months);
    LocalDate start = yearStart(day);
    long into = ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(day));
    return start.plusMonths(into / months * months);
  }

  /** The last day of the period of {@code months} that contains {@code day}. */
  public LocalDate periodEnd(LocalDate day, int months) {
    return periodStart(day, months).plusMonths(months).minusDays(1);
  }

  /** True when {@code day} is the last day of a period of {@code months}. */
  public boolean isPeriodEnd(LocalDate day, int months) {
    return periodEnd(day, months).equals(day);
  }

  /**
   * The length in months of the fiscal period from {@code start} to {@code end}, or 0 when the days
   * are not one whole month, quarter, half or year of this calendar.
   */
  public int lengthOf(LocalDate start, LocalDate end) {
    if (start == null || end == null || end.isBefore(start)) {
      return 0;
    }
    for (int months : LENGTHS) {
      if (periodStart(start, months).equals(start) && periodEnd(start, months).equals(end)) {
        return months;
      }
    }
    return 0;
  }

  /** Whole months from {@code start} (a month's first day) to {@code end} (a month's last). */
  public static int months(LocalDate start, LocalDate end) {
    return (int) ChronoUnit.MONTHS.between(start, end.plusDays(1));
  }

  /**
   * A period as people name it: "Q2 FY2026 (1 Apr 2026 – 30 Jun 2026)", "FY2026", "March 2026". A
   * fiscal year is named by the calendar year it starts in.
   */
  public String name(LocalDate start, LocalDate end) {
    int months = lengthOf(start, end);
    int fy = yearStart(start).getYear();
    String fyName = firstMonth == 1 ? String.valueOf(fy) : "FY" + fy;
    long index = months == 0 ? 0 : ChronoUnit.MONTHS.between(yearStart(start), start) / months + 1;
    return switch (months) {
      case 1 ->
          start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + start.getYear();
      case 3 -> "Q" + index + " " + fyName;
      case 6 -> "H" + index + " " + fyName;
      case 12 -> firstMonth == 1 ? "Year " + fy : fyName;
      default -> start + " to " + end;
    };
  }

  private static void requireLength(int months) {
    if (!LENGTHS.contains(months)) {
      throw new IllegalArgumentException(
          "A period runs 1, 3, 6 or 12 months, not " + months + " months");
    }
  }
}
