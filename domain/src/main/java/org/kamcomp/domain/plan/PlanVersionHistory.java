package org.kamcomp.domain.plan;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change of a plan version: the audit revision, who made it and when, and what it
 * changed compared with the revision before (for the first one: created).
 *
 * @param kind {@code CREATED}, {@code CHANGED} or {@code REMOVED}
 */
public record PlanVersionHistory(
    long revision,
    Instant changedAt,
    String changedBy,
    String kind,
    List<PlanVersionComparison.Difference> changes) {}
