package org.kamcomp.domain.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
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
    List<FieldError> errors = new ArrayList<>();
    if (points.isEmpty()) {
      errors.add(new FieldError(prefix + ".points", "A payout curve needs at least one point"));
    }
    for (int i = 0; i < points.size(); i++) {
      CurvePoint p = points.get(i);
      String at = prefix + ".points[" + i + "]";
      if (p.getAttainment().signum() < 0) {
        errors.add(new FieldError(at + ".attainment", "Attainment cannot be negative"));
      }
      if (p.getPayout().signum() < 0) {
        errors.add(new FieldError(at + ".payout", "A payout cannot be negative"));
      }
      if (i > 0) {
        CurvePoint before = points.get(i - 1);
        if (p.getAttainment().compareTo(before.getAttainment()) <= 0) {
          errors.add(
              new FieldError(
                  at + ".attainment",
                  "Attainment must rise from point to point: "
                      + p.getAttainment().toPlainString()
                      + " does not come after "
                      + before.getAttainment().toPlainString()));
        }
        if (p.getPayout().compareTo(before.getPayout()) < 0) {
          errors.add(
              new FieldError(
                  at + ".payout",
                  "A payout may not fall as attainment rises: "
                      + p.getPayout().toPlainString()
                      + " is below "
                      + before.getPayout().toPlainString()));
        }
      }
    }
    if (cap != null && cap.signum() <= 0) {
      errors.add(new FieldError(prefix + ".cap", "A cap must be above 0"));
    }
    return errors;
  }

  /** The threshold: the attainment below which the measure pays nothing. */
  public BigDecimal threshold() {
    return points.isEmpty() ? null : points.get(0).getAttainment();
  }
}
