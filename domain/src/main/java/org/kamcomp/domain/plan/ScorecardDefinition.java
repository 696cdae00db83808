package org.kamcomp.domain.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kamcomp.domain.problem.FieldError;

/**
 * A balanced scorecard as sales operations defines it: weighted measures whose weights sum to
 * exactly 100 %, gates, and at most one modifier, each naming measures of this scorecard.
 */
public record ScorecardDefinition(
    List<MeasureDefinition> measures, List<GateDefinition> gates, ModifierDefinition modifier) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public ScorecardDefinition {
    measures = measures == null ? List.of() : List.copyOf(measures);
    gates = gates == null ? List.of() : List.copyOf(gates);
  }

  /**
   * Everything that is wrong, each with the field it concerns; empty when the scorecard is sound.
   */
  public List<FieldError> problems() {
    List<FieldError> errors = new ArrayList<>();
    if (measures.isEmpty()) {
      errors.add(new FieldError("measures", "A scorecard needs at least one measure"));
    }
    Set<String> codes = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < measures.size(); i++) {
      MeasureDefinition m = measures.get(i);
      String prefix = "measures[" + i + "]";
      errors.addAll(m.problems(prefix));
      if (m.code() != null && !m.code().isBlank() && !codes.add(m.code())) {
        errors.add(new FieldError(prefix + ".code", "Two measures share the code " + m.code()));
      }
      if (m.weightPercent() != null) {
        total = total.add(m.weightPercent());
      }
    }
    if (!measures.isEmpty() && total.compareTo(HUNDRED) != 0) {
      errors.add(
          new FieldError(
              "measures",
              "The weights add up to "
                  + total.stripTrailingZeros().toPlainString()
                  + " %; they must add up to exactly 100 %"));
    }
    for (int i = 0; i < gates.size(); i++) {
      GateDefinition g = gates.get(i);
      String prefix = "gates[" + i + "]";
      if (!codes.contains(g.measureCode())) {
        errors.add(
            new FieldError(prefix + ".measureCode", "The gate names no measure of this scorecard"));
      }
      if (g.minimumAttainment() == null || g.minimumAttainment().signum() <= 0) {
        errors.add(new FieldError(prefix + ".minimumAttainment", "A gate needs a minimum above 0"));
      }
      for (String governed : g.governedMeasureCodes()) {
        if (!codes.contains(governed)) {
          errors.add(
              new FieldError(
                  prefix + ".governedMeasureCodes",
                  "The gate governs " + governed + ", which is no measure of this scorecard"));
        }
      }
    }
    if (modifier != null) {
      if (!codes.contains(modifier.measureCode())) {
        errors.add(
            new FieldError(
                "modifier.measureCode", "The modifier names no measure of this scorecard"));
      }
      errors.addAll(modifierProblems(modifier.points()));
    }
    return errors;
  }

  private static List<FieldError> modifierProblems(List<CurvePoint> points) {
    List<FieldError> errors = new ArrayList<>();
    if (points.isEmpty()) {
      errors.add(new FieldError("modifier.points", "A modifier needs at least one point"));
    }
    for (int i = 1; i < points.size(); i++) {
      if (points.get(i).getAttainment().compareTo(points.get(i - 1).getAttainment()) <= 0) {
        errors.add(
            new FieldError(
                "modifier.points[" + i + "].attainment",
                "Attainment must rise from point to point"));
      }
    }
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).getPayout().signum() < 0) {
        errors.add(
            new FieldError("modifier.points[" + i + "].payout", "A multiplier cannot be negative"));
      }
    }
    return errors;
  }
}
