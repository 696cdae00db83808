package org.kamcomp.domain.plan;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A gate: unless the gate measure reaches the minimum attainment, the governed measures (the whole
 * scorecard when none are named) pay nothing.
 */
public record GateDefinition(
    String measureCode, BigDecimal minimumAttainment, Set<String> governedMeasureCodes) {

  public GateDefinition {
    governedMeasureCodes =
        governedMeasureCodes == null ? Set.of() : Set.copyOf(governedMeasureCodes);
  }

  public boolean governsWholeScorecard() {
    return governedMeasureCodes.isEmpty();
  }
}
