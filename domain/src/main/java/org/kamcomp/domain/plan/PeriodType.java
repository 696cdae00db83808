package org.kamcomp.domain.plan;

/** A length of fiscal time: a performance period or the spacing of payouts. */
public enum PeriodType {
  MONTH(1),
  QUARTER(3),
  HALF_YEAR(6),
  YEAR(12);

  private final int months;

  PeriodType(int months) {
    this.months = months;
  }

  public int months() {
    return months;
  }

  /**
   * The last day of the period of this length that contains {@code day}, in a fiscal year that
   * starts in January (the company default; a configurable first month comes with company
   * settings).
   */
  public java.time.LocalDate endOfPeriodContaining(java.time.LocalDate day) {
    int monthIndex = day.getMonthValue() - 1;
    int lastMonth = (monthIndex / months + 1) * months;
    return java.time.YearMonth.of(day.getYear(), lastMonth).atEndOfMonth();
  }

  /** True when {@code day} is the last day of a period of this length. */
  public boolean isPeriodEnd(java.time.LocalDate day) {
    return endOfPeriodContaining(day).equals(day);
  }

  /** How many of these fit in a year. */
  public int perYear() {
    return 12 / months;
  }
}
