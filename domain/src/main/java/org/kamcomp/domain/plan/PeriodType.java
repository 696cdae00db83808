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

  /** How many of these fit in a year. */
  public int perYear() {
    return 12 / months;
  }
}
