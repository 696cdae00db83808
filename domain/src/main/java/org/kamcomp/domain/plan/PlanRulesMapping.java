package org.kamcomp.domain.plan;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.kamcomp.scoring.Crediting;
import org.kamcomp.scoring.Draws;
import org.kamcomp.scoring.PlanRules;
import org.kamcomp.scoring.Scorecard;

/**
 * A plan version of the model as the calculation reads it: the one translation of terms and
 * scorecard into the pipeline's {@link PlanRules}, used to check a design and to calculate it.
 */
public final class PlanRulesMapping {

  private PlanRulesMapping() {}

  /** The rules of a version; parts not yet chosen stay empty (and are reported as problems). */
  public static PlanRules rules(
      String code, int number, Currency currency, PlanTerms t, ScorecardDefinition card) {
    PlanRules.TargetIncentive ti =
        t.targetIncentive() == null
            ? null
            : new PlanRules.TargetIncentive(
                t.targetIncentive().getKind() == TargetIncentive.Kind.AMOUNT
                    ? PlanRules.TargetIncentive.Kind.AMOUNT
                    : PlanRules.TargetIncentive.Kind.PERCENT_OF_BASE,
                t.targetIncentive().getValue());
    Draws.Terms draw =
        t.draw() == null
            ? null
            : new Draws.Terms(
                t.draw().kind() == null
                    ? null
                    : t.draw().kind() == Draw.Kind.GUARANTEE
                        ? Draws.Kind.GUARANTEE
                        : Draws.Kind.RECOVERABLE,
                t.draw().amountPerPeriod(),
                t.draw().carriesOver());
    return new PlanRules(
        code,
        number,
        currency,
        ti,
        t.performancePeriod() == null ? 0 : t.performancePeriod().months(),
        t.payoutFrequency() == null ? 0 : t.payoutFrequency().months(),
        t.advanceRatePercent(),
        t.trueUpForgiven(),
        t.planCapMultiple(),
        new Crediting.Terms(
            t.creditingRule() == null ? null : Crediting.Rule.valueOf(t.creditingRule().name()),
            t.overlayAllowed(),
            t.clawbackWindowMonths(),
            t.windfallThresholdPercent()),
        draw,
        card == null ? List.of() : card.measures().stream().map(PlanRulesMapping::measure).toList(),
        card == null ? List.of() : card.gates().stream().map(PlanRulesMapping::gate).toList(),
        card == null ? null : modifier(card.modifier()));
  }

  static PlanRules.MeasureRule measure(MeasureDefinition m) {
    return new PlanRules.MeasureRule(
        m.code(),
        m.name(),
        m.weightPercent(),
        m.data() == null ? null : PlanRules.Data.valueOf(m.data().name()),
        m.direction() == null
            ? null
            : m.direction() == Direction.LOWER_IS_BETTER
                ? Scorecard.Direction.LOWER_IS_BETTER
                : Scorecard.Direction.HIGHER_IS_BETTER,
        curve(m.curve()));
  }

  static Scorecard.Curve curve(PayoutCurve c) {
    if (c == null) {
      return null;
    }
    return new Scorecard.Curve(
        c.type() == CurveType.STEP ? Scorecard.CurveKind.STEP : Scorecard.CurveKind.LINEAR,
        points(c.points()),
        c.cap());
  }

  static Scorecard.Gate gate(GateDefinition g) {
    return new Scorecard.Gate(g.measureCode(), g.minimumAttainment(), g.governedMeasureCodes());
  }

  static Scorecard.Modifier modifier(ModifierDefinition m) {
    return m == null ? null : new Scorecard.Modifier(m.measureCode(), points(m.points()));
  }

  private static List<Scorecard.Point> points(List<CurvePoint> points) {
    return points.stream()
        .map(
            p ->
                new Scorecard.Point(
                    p.getAttainment() == null ? BigDecimal.ZERO : p.getAttainment(),
                    p.getPayout() == null ? BigDecimal.ZERO : p.getPayout()))
        .toList();
  }
}
