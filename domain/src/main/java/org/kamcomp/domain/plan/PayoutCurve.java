package org.kamcomp.domain.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.kamcomp.domain.problem.FieldError;

/**
 * A measure's payout curve: points with strictly increasing attainment and never decreasing payout,
 * read linearly or in steps, and an optional cap on the payout.
 */
public record PayoutCurve(CurveType type, List<CurvePoint> points, BigDecimal cap) {

  public PayoutCurve {
    Objects.requireNonNull(type, "type is required");
    points = List.copyOf(points);
  }

  /** What is wrong with the curve, each with the field it concerns (under {@code prefix}). */
  public List<FieldError> problems(String prefix) {
    return org.kamcomp.scoring.PlanRules.curveProblems(prefix, PlanRulesMapping.curve(this))
        .stream()
        .map(p -> new FieldError(p.field(), p.message()))
        .toList();
  }

  /** The threshold: the attainment below which the measure pays nothing. */
  public BigDecimal threshold() {
    return points.isEmpty() ? null : points.get(0).getAttainment();
  }
}
