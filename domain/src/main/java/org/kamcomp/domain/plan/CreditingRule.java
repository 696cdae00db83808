package org.kamcomp.domain.plan;

/** How a multi-year deal is credited. */
public enum CreditingRule {
  /** Total contract value. */
  TCV,
  /** Annual contract value: TCV / (term in months / 12). */
  ACV,
  /** The first 12 months' amount when given, else ACV. */
  FIRST_YEAR
}
