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

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
    List<CurvePoint> scale = curve.points();
    BigDecimal low = scale.get(0).getAttainment();
    BigDecimal high = scale.get(scale.size() - 1).getAttainment();
    if (rating != null && rating.compareTo(low) >= 0 && rating.compareTo(high) <= 0) {
      return null;
    }
    return "A rating of \""
        + name
        + "\" lies between "
        + low.stripTrailingZeros().toPlainString()
        + " and "
        + high.stripTrailingZeros().toPlainString();
  }

  List<FieldError> problems(String prefix) {
    List<FieldError> errors = new ArrayList<>();
    if (code == null || code.isBlank()) {
      errors.add(new FieldError(prefix + ".code", "A measure needs a code"));
    }
    if (name == null || name.isBlank()) {
      errors.add(new FieldError(prefix + ".name", "A measure needs a name"));
    }
    if (perspective == null) {
      errors.add(
          new FieldError(
              prefix + ".perspective",
              "Choose the perspective: financial, customer, account plan or strategic"));
    }
    if (source == null) {
      errors.add(new FieldError(prefix + ".source", "Choose quantitative or qualitative"));
    } else if (source == MeasureSource.QUANTITATIVE && direction == null) {
      errors.add(
          new FieldError(
              prefix + ".direction", "Say whether higher or lower is better for this measure"));
    } else if (source == MeasureSource.QUALITATIVE && direction != null) {
      errors.add(
          new FieldError(
              prefix + ".direction",
              "A rated (qualitative) measure has no direction: the rating is read through its"
                  + " curve"));
    }
    if (source == MeasureSource.QUALITATIVE && data != null && data != MeasureData.RATING) {
      errors.add(
          new FieldError(prefix + ".data", "A rated (qualitative) measure is measured on ratings"));
    } else if (source == MeasureSource.QUANTITATIVE && data == null) {
      errors.add(
          new FieldError(
              prefix + ".data",
              "Say what the measure is measured on: bookings, margin, margin %, or imported"
                  + " results"));
    } else if (source == MeasureSource.QUANTITATIVE && data == MeasureData.RATING) {
      errors.add(
          new FieldError(
              prefix + ".data",
              "Only a qualitative measure is rated by the manager; make it qualitative or choose"
                  + " its data"));
    }
    if (weightPercent == null) {
      errors.add(new FieldError(prefix + ".weightPercent", "A measure needs a weight"));
    } else if (weightPercent.signum() < 0 || weightPercent.compareTo(HUNDRED) > 0) {
      errors.add(new FieldError(prefix + ".weightPercent", "A weight lies between 0 % and 100 %"));
    }
    if (curve == null) {
      errors.add(new FieldError(prefix + ".curve", "A measure needs a payout curve"));
    } else {
      errors.addAll(curve.problems(prefix + ".curve"));
    }
    return errors;
  }
}
