package org.kamcomp.domain.plan;

/** The balanced-scorecard perspective a measure belongs to. */
public enum Perspective {
  FINANCIAL,
  CUSTOMER,
  ACCOUNT_PLAN,
  STRATEGIC
}
