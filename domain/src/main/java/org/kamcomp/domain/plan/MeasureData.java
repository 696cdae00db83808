package org.kamcomp.domain.plan;

/**
 * What a measure is measured on, and how its actuals add up over a period: the sums of credited
 * transactions, the ratio of those sums, imported results, or the manager's rating.
 */
public enum MeasureData {
  /** The credited value of the period's transactions (bookings, by the plan's crediting rule). */
  BOOKINGS(true),
  /** The credited gross margin of the period's transactions. */
  MARGIN(true),
  /** Credited margin as a percentage of credited value: the ratio of the sums, never an average. */
  MARGIN_PERCENT(true),
  /** Imported results (e.g. new pipeline), summed over the period. */
  RESULT_SUM(false),
  /** Imported results (e.g. satisfaction, share of wallet): the latest one in the period. */
  RESULT_LATEST(false),
  /** The manager's rating of a qualitative measure: the latest one in the period. */
  RATING(false);

  private final boolean fromTransactions;

  MeasureData(boolean fromTransactions) {
    this.fromTransactions = fromTransactions;
  }

  /** True when the actuals come from credited transactions rather than recorded results. */
  public boolean fromTransactions() {
    return fromTransactions;
  }
}
