package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A plan version as the calculation reads it: the target incentive, the performance period and how
 * often it pays (advances at a rate when more often, with a true-up), the plan cap, crediting and
 * windfalls, a draw, and the balanced scorecard with what each measure is measured on. The rules a
 * plan must follow to be calculable live here, once ({@link #problems}): the plan designer, the API
 * and the offline calculator all report them, each with its field.
 *
 * @param version the plan version's number (1 for a plan of a scenario)
 * @param performancePeriodMonths 1, 3, 6 or 12
 * @param payoutEveryMonths how often it pays: the performance period, or more often with advances
 * @param trueUpForgiven whether a negative true-up is forgiven rather than recovered
 * @param draw a draw per performance period, or null
 */
public record PlanRules(
    String code,
    int version,
    Currency currency,
    TargetIncentive targetIncentive,
    int performancePeriodMonths,
    int payoutEveryMonths,
    BigDecimal advanceRatePercent,
    boolean trueUpForgiven,
    BigDecimal planCapMultiple,
    Crediting.Terms crediting,
    Draws.Terms draw,
    List<MeasureRule> measures,
    List<Scorecard.Gate> gates,
    Scorecard.Modifier modifier) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public PlanRules {
    measures = measures == null ? List.of() : List.copyOf(measures);
    gates = gates == null ? List.of() : List.copyOf(gates);
  }

  /** The annual target incentive: an amount in the plan's currency, or a percentage of base. */
  public record TargetIncentive(Kind kind, BigDecimal value) {
    /** How the target incentive is expressed. */
    public enum Kind {
      AMOUNT,
      PERCENT_OF_BASE
    }

    /** The annual amount for a base salary (null when a percentage meets no base salary). */
    public BigDecimal annual(BigDecimal baseSalary) {
      if (kind == Kind.AMOUNT) {
        return value;
      }
      return baseSalary == null ? null : baseSalary.multiply(value).movePointLeft(2);
    }
  }

  /**
   * What a measure's actual is made of, and how it adds up over a period: credited deals (their
   * value, their margin, or margin as a percentage of value: the ratio of the sums), recorded
   * results (summed, or the latest), or the manager's rating (the latest).
   */
  public enum Data {
    BOOKINGS,
    MARGIN,
    MARGIN_PERCENT,
    RESULT_SUM,
    RESULT_LATEST,
    RATING;

    /** True when the actual comes from credited deals. */
    public boolean fromDeals() {
      return this == BOOKINGS || this == MARGIN || this == MARGIN_PERCENT;
    }

    /** True for an amount that adds up over time (a target for it is additive too). */
    public boolean additive() {
      return this == BOOKINGS || this == MARGIN || this == RESULT_SUM;
    }
  }

  /** A measure of the scorecard: weight in percent, its data, a direction (none when rated). */
  public record MeasureRule(
      String code,
      String name,
      BigDecimal weightPercent,
      Data data,
      Scorecard.Direction direction,
      Scorecard.Curve curve) {

    public boolean isRated() {
      return data == Data.RATING;
    }

    /**
     * Why {@code rating} cannot be this rated measure's rating, or null: a rating lies on the scale
     * of the measure's curve, from its first point to its last.
     */
    public String ratingProblem(BigDecimal rating) {
      List<Scorecard.Point> scale = curve.points();
      BigDecimal low = scale.get(0).attainment();
      BigDecimal high = scale.get(scale.size() - 1).attainment();
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
  }

  /** True when the plan pays advances before its performance period ends, then a true-up. */
  public boolean paysAdvances() {
    return payoutEveryMonths < performancePeriodMonths;
  }

  /** The measure with this code, or null. */
  public MeasureRule measure(String code) {
    for (MeasureRule m : measures) {
      if (m.code().equals(code)) {
        return m;
      }
    }
    return null;
  }

  /** True when any measure reads credited deals. */
  public boolean usesDeals() {
    return measures.stream().anyMatch(m -> m.data() != null && m.data().fromDeals());
  }

  /** Every problem of the plan: its terms and its scorecard. */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>(termProblems(""));
    problems.addAll(scorecardProblems("scorecard.", measures, gates, modifier));
    return problems;
  }

  /** The problems of the plan's terms, each field under {@code prefix}. */
  public List<Problem> termProblems(String prefix) {
    List<Problem> p = new ArrayList<>();
    if (currency == null) {
      p.add(new Problem(prefix + "currency", "A plan pays in one currency: name it"));
    }
    if (targetIncentive == null || targetIncentive.kind() == null) {
      p.add(new Problem(prefix + "targetIncentive", "A plan needs a target incentive"));
    } else if (targetIncentive.value() == null || targetIncentive.value().signum() <= 0) {
      p.add(new Problem(prefix + "targetIncentive.value", "The target incentive must be above 0"));
    }
    boolean periods = true;
    if (!FiscalCalendar.LENGTHS.contains(performancePeriodMonths)) {
      p.add(
          new Problem(
              prefix + "performancePeriod",
              "Choose the performance period: a month, a quarter, a half or a year"));
      periods = false;
    }
    if (!FiscalCalendar.LENGTHS.contains(payoutEveryMonths)) {
      p.add(
          new Problem(
              prefix + "payoutFrequency",
              "Choose how often the plan pays: monthly, quarterly, half-yearly or yearly"));
      periods = false;
    }
    if (periods) {
      if (payoutEveryMonths > performancePeriodMonths) {
        p.add(
            new Problem(
                prefix + "payoutFrequency",
                "The plan cannot pay less often than its performance period ends"));
      } else if (payoutEveryMonths < performancePeriodMonths) {
        if (advanceRatePercent == null) {
          p.add(
              new Problem(
                  prefix + "advanceRatePercent",
                  "Payouts before the period ends are advances: set the advance rate"));
        }
      } else if (advanceRatePercent != null) {
        p.add(
            new Problem(
                prefix + "advanceRatePercent",
                "There are no advances when the plan pays once per performance period"));
      }
    }
    if (advanceRatePercent != null
        && (advanceRatePercent.signum() <= 0 || advanceRatePercent.compareTo(HUNDRED) > 0)) {
      p.add(
          new Problem(
              prefix + "advanceRatePercent", "The advance rate lies above 0 % and up to 100 %"));
    }
    if (planCapMultiple != null && planCapMultiple.compareTo(BigDecimal.ONE) < 0) {
      p.add(
          new Problem(
              prefix + "planCapMultiple",
              "A plan cap below 1 x the target incentive would cap pay below target"));
    }
    if (crediting == null || crediting.rule() == null) {
      p.add(new Problem(prefix + "creditingRule", "Choose how multi-year deals are credited"));
    }
    if (crediting != null) {
      if (crediting.windfallThresholdPercent() != null
          && crediting.windfallThresholdPercent().signum() <= 0) {
        p.add(
            new Problem(
                prefix + "windfallThresholdPercent", "A windfall threshold must be above 0 %"));
      }
      if (crediting.clawbackWindowMonths() < 0 || crediting.clawbackWindowMonths() > 36) {
        p.add(
            new Problem(
                prefix + "clawbackWindowMonths",
                "The clawback window lies between 0 and 36 months"));
      }
    }
    if (draw != null) {
      if (draw.amountPerPeriod() == null || draw.amountPerPeriod().signum() <= 0) {
        p.add(new Problem(prefix + "draw.amountPerPeriod", "A draw must be above 0"));
      }
      if (draw.kind() == null) {
        p.add(new Problem(prefix + "draw.kind", "Choose a guarantee or a recoverable draw"));
      }
      if (periods && payoutEveryMonths < performancePeriodMonths) {
        p.add(
            new Problem(
                prefix + "draw",
                "A draw is paid per performance period; a plan that pays advances has none"));
      }
    }
    return p;
  }

  /**
   * The problems of a scorecard, each field under {@code prefix}: measures with a code, a name, a
   * weight from 0 to 100 (adding up to exactly 100), what they are measured on, a direction unless
   * rated, and a sound curve; gates and the modifier naming measures of the scorecard.
   */
  public static List<Problem> scorecardProblems(
      String prefix,
      List<MeasureRule> measures,
      List<Scorecard.Gate> gates,
      Scorecard.Modifier modifier) {
    List<Problem> p = new ArrayList<>();
    if (measures.isEmpty()) {
      p.add(new Problem(prefix + "measures", "A scorecard needs at least one measure"));
    }
    Set<String> codes = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    boolean weighed = true;
    for (int i = 0; i < measures.size(); i++) {
      MeasureRule m = measures.get(i);
      String at = prefix + "measures[" + i + "]";
      if (m.code() == null || m.code().isBlank()) {
        p.add(new Problem(at + ".code", "A measure needs a code"));
      } else if (!codes.add(m.code())) {
        p.add(new Problem(at + ".code", "Two measures share the code " + m.code()));
      }
      if (m.name() == null || m.name().isBlank()) {
        p.add(new Problem(at + ".name", "A measure needs a name"));
      }
      if (m.weightPercent() == null) {
        p.add(new Problem(at + ".weightPercent", "A measure needs a weight"));
        weighed = false;
      } else if (m.weightPercent().signum() < 0 || m.weightPercent().compareTo(HUNDRED) > 0) {
        p.add(new Problem(at + ".weightPercent", "A weight lies between 0 % and 100 %"));
        weighed = false;
      } else {
        total = total.add(m.weightPercent());
      }
      if (m.data() == null) {
        p.add(
            new Problem(
                at + ".data",
                "Say what the measure is measured on: bookings, margin, margin %, results or"
                    + " ratings"));
      } else if (m.isRated() && m.direction() != null) {
        p.add(
            new Problem(
                at + ".direction",
                "A rated (qualitative) measure has no direction: the rating is read through its"
                    + " curve"));
      } else if (!m.isRated() && m.direction() == null) {
        p.add(
            new Problem(
                at + ".direction", "Say whether higher or lower is better for this measure"));
      }
      p.addAll(curveProblems(at + ".curve", m.curve()));
    }
    if (!measures.isEmpty() && weighed && total.compareTo(HUNDRED) != 0) {
      p.add(
          new Problem(
              prefix + "measures",
              "The weights add up to "
                  + total.stripTrailingZeros().toPlainString()
                  + " %; they must add up to exactly 100 %"));
    }
    for (int i = 0; i < gates.size(); i++) {
      Scorecard.Gate g = gates.get(i);
      String at = prefix + "gates[" + i + "]";
      if (!codes.contains(g.measureCode())) {
        p.add(new Problem(at + ".measureCode", "The gate names no measure of this scorecard"));
      }
      if (g.minimumAttainment() == null || g.minimumAttainment().signum() <= 0) {
        p.add(new Problem(at + ".minimumAttainment", "A gate needs a minimum above 0"));
      }
      for (String governed : g.governs()) {
        if (!codes.contains(governed)) {
          p.add(
              new Problem(
                  at + ".governedMeasureCodes",
                  "The gate governs " + governed + ", which is no measure of this scorecard"));
        }
      }
    }
    if (modifier != null) {
      if (!codes.contains(modifier.measureCode())) {
        p.add(
            new Problem(
                prefix + "modifier.measureCode",
                "The modifier names no measure of this scorecard"));
      }
      List<Scorecard.Point> points = modifier.points();
      if (points.isEmpty()) {
        p.add(new Problem(prefix + "modifier.points", "A modifier needs at least one point"));
      }
      for (int i = 0; i < points.size(); i++) {
        String at = prefix + "modifier.points[" + i + "]";
        if (i > 0 && points.get(i).attainment().compareTo(points.get(i - 1).attainment()) <= 0) {
          p.add(new Problem(at + ".attainment", "Attainment must rise from point to point"));
        }
        if (points.get(i).payout().signum() < 0) {
          p.add(new Problem(at + ".payout", "A multiplier cannot be negative"));
        }
      }
    }
    return p;
  }

  /**
   * The problems of a payout curve: at least one point; attainments and payouts not negative;
   * attainment strictly rising and payout never falling from point to point; a cap above 0.
   */
  public static List<Problem> curveProblems(String at, Scorecard.Curve curve) {
    List<Problem> p = new ArrayList<>();
    if (curve == null) {
      p.add(new Problem(at, "A measure needs a payout curve"));
      return p;
    }
    List<Scorecard.Point> points = curve.points();
    if (points.isEmpty()) {
      p.add(new Problem(at + ".points", "A payout curve needs at least one point"));
    }
    for (int i = 0; i < points.size(); i++) {
      Scorecard.Point point = points.get(i);
      String pat = at + ".points[" + i + "]";
      if (point.attainment().signum() < 0) {
        p.add(new Problem(pat + ".attainment", "Attainment cannot be negative"));
      }
      if (point.payout().signum() < 0) {
        p.add(new Problem(pat + ".payout", "A payout cannot be negative"));
      }
      if (i > 0) {
        Scorecard.Point before = points.get(i - 1);
        if (point.attainment().compareTo(before.attainment()) <= 0) {
          p.add(
              new Problem(
                  pat + ".attainment",
                  "Attainment must rise from point to point: "
                      + point.attainment().toPlainString()
                      + " does not come after "
                      + before.attainment().toPlainString()));
        }
        if (point.payout().compareTo(before.payout()) < 0) {
          p.add(
              new Problem(
                  pat + ".payout",
                  "A payout may not fall as attainment rises: "
                      + point.payout().toPlainString()
                      + " is below "
                      + before.payout().toPlainString()));
        }
      }
    }
    if (curve.cap() != null && curve.cap().signum() <= 0) {
      p.add(new Problem(at + ".cap", "A cap must be above 0"));
    }
    return p;
  }

  /** Requires a plan without problems, naming every problem otherwise. */
  public PlanRules requireValid() {
    List<Problem> p = problems();
    if (!p.isEmpty()) {
      throw new IllegalArgumentException(
          "plan " + code + ": " + String.join("; ", p.stream().map(Problem::toString).toList()));
    }
    return this;
  }

  /** A short name: "KAM-SCORECARD v2". */
  public String label() {
    return Objects.toString(code) + " v" + version;
  }
}
