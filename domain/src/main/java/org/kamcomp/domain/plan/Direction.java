package org.kamcomp.domain.plan;

/** Whether more of a quantitative measure is better (revenue) or less (days sales outstanding). */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER
}
