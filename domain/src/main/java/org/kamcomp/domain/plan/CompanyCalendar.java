package org.kamcomp.domain.plan;

import org.kamcomp.scoring.FiscalCalendar;

/**
 * The company's fiscal calendar, set once for the installation: the fiscal year starts in the month
 * given by the system property {@code kam.fiscal-year-start-month} (1 to 12; the launcher sets it
 * from {@code KAM_FISCAL_YEAR_START_MONTH}), January by default. Periods, payout dates, targets and
 * runs all follow it; changing it once periods have been paid would change what they meant.
 */
public final class CompanyCalendar {

  public static final String PROPERTY = "kam.fiscal-year-start-month";

  /** The company's time zone, in which a day (a period's end, a deal's booking) is dated. */
  public static final String ZONE_PROPERTY = "kam.time-zone";

  private static final FiscalCalendar CALENDAR = read();
  private static final java.time.ZoneId ZONE =
      java.time.ZoneId.of(System.getProperty(ZONE_PROPERTY, "UTC"));

  private CompanyCalendar() {}

  /** The installation's fiscal calendar. */
  public static FiscalCalendar get() {
    return CALENDAR;
  }

  /** The company's time zone (the system property {@code kam.time-zone}; UTC by default). */
  public static java.time.ZoneId zone() {
    return ZONE;
  }

  private static FiscalCalendar read() {
    String month = System.getProperty(PROPERTY, "1").strip();
    try {
      return new FiscalCalendar(Integer.parseInt(month));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          PROPERTY + " is a month from 1 (January) to 12 (December), not \"" + month + "\"", e);
    }
  }
}
