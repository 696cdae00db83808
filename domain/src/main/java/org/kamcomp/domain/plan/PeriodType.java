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

  /** The last day of the period of this length that contains {@code day}, in the company's year. */
  public java.time.LocalDate endOfPeriodContaining(java.time.LocalDate day) {
    return CompanyCalendar.get().periodEnd(day, months);
  }

  /** True when {@code day} is the last day of a period of this length. */
  public boolean isPeriodEnd(java.time.LocalDate day) {
    return CompanyCalendar.get().isPeriodEnd(day, months);
  }

  /** The period type of {@code months}, or null. */
  public static PeriodType ofMonths(int months) {
    for (PeriodType p : values()) {
      if (p.months == months) {
        return p;
      }
    }
    return null;
  }

  /** How many of these fit in a year. */
  public int perYear() {
    return 12 / months;
  }
}
