package org.kamcomp.domain.plan;

/** Where a measure's actual comes from. */
public enum MeasureSource {
  /** From data: transactions or imported results, against a target. */
  QUANTITATIVE,
  /** A manager's rating (e.g. 1-5), read through the curve; no target, no direction. */
  QUALITATIVE
}
