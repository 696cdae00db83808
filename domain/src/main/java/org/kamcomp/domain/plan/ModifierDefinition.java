package org.kamcomp.domain.plan;

import java.util.List;

/**
 * The scorecard's modifier: a multiplier read from a curve over one measure's attainment, linear
 * between points and clamped at both ends (the first multiplier below, the last above).
 */
public record ModifierDefinition(String measureCode, List<CurvePoint> points) {
  public ModifierDefinition {
    points = points == null ? List.of() : List.copyOf(points);
  }
}
