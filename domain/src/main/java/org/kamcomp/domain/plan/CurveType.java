package org.kamcomp.domain.plan;

/** How a payout curve reads between its points. */
public enum CurveType {
  /** Linear interpolation between points; 0 below the first; the last slope continues above. */
  LINEAR,
  /** The payout of the largest point at or below the attainment; 0 below the first. */
  STEP
}
