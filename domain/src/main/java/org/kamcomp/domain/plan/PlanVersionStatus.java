package org.kamcomp.domain.plan;

/** Where a plan version stands: a draft is edited; an approved version never changes again. */
public enum PlanVersionStatus {
  DRAFT,
  APPROVED
}
