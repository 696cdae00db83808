package org.kamcomp.domain.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kamcomp.domain.problem.FieldError;

/**
 * A measure as sales operations defines it on a scorecard. The weight is a percentage of the target
 * incentive; a measure that only feeds a gate or the modifier weighs 0. {@code data} says which
 * actuals the measure reads (a qualitative measure reads ratings).
 */
public record MeasureDefinition(
    String code,
    String name,
    Perspective perspective,
    MeasureSource source,
    Direction direction,
    MeasureData data,
    BigDecimal weightPercent,
    PayoutCurve curve) {

  public MeasureDefinition {
    if (source == MeasureSource.QUALITATIVE && data == null) {
      data = MeasureData.RATING;
    }
  }

  /**
   * Why {@code rating} cannot be this rated measure's rating, or null: a rating lies on the scale
   * of the measure's curve, from its first point to its last.
   */
  public String ratingProblem(BigDecimal rating) {
    return PlanRulesMapping.measure(this).ratingProblem(rating);
  }

  /**
   * What only a designed measure can get wrong: its perspective, and whether it is quantitative or
   * rated by the manager, consistently with its data and direction. The calculation's rules (code,
   * name, weight, data, direction, curve) are checked with the scorecard's.
   */
  List<FieldError> problems(String prefix) {
    List<FieldError> errors = new ArrayList<>();
    if (perspective == null) {
      errors.add(
          new FieldError(
              prefix + ".perspective",
              "Choose the perspective: financial, customer, account plan or strategic"));
    }
    if (source == null) {
      errors.add(new FieldError(prefix + ".source", "Choose quantitative or qualitative"));
    } else if (source == MeasureSource.QUALITATIVE && data != null && data != MeasureData.RATING) {
      errors.add(
          new FieldError(prefix + ".data", "A rated (qualitative) measure is measured on ratings"));
    } else if (source == MeasureSource.QUANTITATIVE && data == MeasureData.RATING) {
      errors.add(
          new FieldError(
              prefix + ".data",
              "Only a qualitative measure is rated by the manager; make it qualitative or choose"
                  + " its data"));
    }
    return errors;
  }
}
