package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {

  static final FiscalCalendar APRIL = new FiscalCalendar(4);

  static LocalDate day(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void aFiscalYearStartingInAprilCountsItsQuartersFromApril() {
    assertEquals(day("2025-04-01"), APRIL.yearStart(day("2026-02-10")));
    assertEquals(day("2026-03-31"), APRIL.yearEnd(day("2026-02-10")));
    assertEquals(day("2026-01-01"), APRIL.periodStart(day("2026-02-10"), 3));
    assertEquals(day("2025-10-01"), APRIL.periodStart(day("2026-02-10"), 6));
    assertTrue(APRIL.isPeriodEnd(day("2025-06-30"), 3));
    assertEquals("Q4 FY2025", APRIL.name(day("2026-01-01"), day("2026-03-31")));
    assertEquals("Q1 2026", FiscalCalendar.JANUARY.name(day("2026-01-01"), day("2026-03-31")));
  }

  @Test
  void aRunsPeriodMustBeOneWholePeriodOfTheCalendar() {
    assertEquals(3, APRIL.lengthOf(day("2026-01-01"), day("2026-03-31")));
    assertEquals(12, APRIL.lengthOf(day("2025-04-01"), day("2026-03-31")));
    assertEquals(0, APRIL.lengthOf(day("2026-01-01"), day("2026-12-31")));
    assertEquals(0, FiscalCalendar.JANUARY.lengthOf(day("2026-02-01"), day("2026-03-31")));
    assertEquals(1, FiscalCalendar.JANUARY.lengthOf(day("2026-02-01"), day("2026-02-28")));
  }

  @Test
  void aYearStartsInAMonthFrom1To12() {
    assertThrows(IllegalArgumentException.class, () -> new FiscalCalendar(13));
  }
}
