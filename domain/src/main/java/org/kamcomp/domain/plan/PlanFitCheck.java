package org.kamcomp.domain.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kamcomp.domain.role.RoleProfile;

/**
 * The plan-fit check: does a plan version's design suit the buying process of the role it pays?
 * KAMs close few, large, slow deals; a plan built for account managers (a short period, frequent
 * payouts, one revenue measure, a high variable share) pays them nothing in most periods and
 * windfalls in others. Each rule explains what it found in plain words.
 *
 * <p>The figures here only decide whether to flag something; no payout is computed from them.
 */
public final class PlanFitCheck {

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
  private static final int MAX_MEASURES = 5;

  /**
   * What the data says about the population the plan is for, when known.
   *
   * @param typicalBaseSalary the median base salary of the role's participants, to derive the pay
   *     mix of a plan whose target incentive is an amount (null when unknown)
   * @param lastYearAttainments per measure code, the attainments participants reached in last
   *     year's periods (empty when there are no actuals)
   */
  public record Evidence(
      BigDecimal typicalBaseSalary, Map<String, List<BigDecimal>> lastYearAttainments) {
    public Evidence {
      lastYearAttainments =
          lastYearAttainments == null ? Map.of() : Map.copyOf(lastYearAttainments);
    }

    public static Evidence none() {
      return new Evidence(null, Map.of());
    }
  }

  private PlanFitCheck() {}

  /** The findings, most severe first. */
  public static List<PlanFitFinding> check(
      PlanTerms terms, ScorecardDefinition scorecard, RoleProfile role, Evidence evidence) {
    List<PlanFitFinding> findings = new ArrayList<>();
    periodAgainstCycle(terms, role, findings);
    payoutsAgainstDeals(terms, role, findings);
    measureFocus(scorecard, findings);
    balance(scorecard, role, findings);
    history(scorecard, evidence, findings);
    payMix(terms, role, evidence, findings);
    findings.sort(Comparator.comparing(PlanFitFinding::severity));
    return List.copyOf(findings);
  }

  private static void periodAgainstCycle(
      PlanTerms terms, RoleProfile role, List<PlanFitFinding> findings) {
    int period = terms.performancePeriod().months();
    if (period < role.getSalesCycleMonths()) {
      findings.add(
          new PlanFitFinding(
              PlanFitFinding.Severity.HIGH,
              PlanFitFinding.Rule.PERIOD_SHORTER_THAN_SALES_CYCLE,
              "The performance period ("
                  + months(period)
                  + ") is shorter than the "
                  + role.getName()
                  + "'s typical sales cycle ("
                  + months(role.getSalesCycleMonths())
                  + "): many periods will close without a deal and pay nothing, others will pay a"
                  + " windfall. Measure over a period at least as long as the cycle, and pay"
                  + " advances with a true-up if pay must come more often."));
    }
  }

  private static void payoutsAgainstDeals(
      PlanTerms terms, RoleProfile role, List<PlanFitFinding> findings) {
    int payouts = terms.payoutFrequency().perYear();
    boolean advances = terms.advanceRatePercent() != null;
    if (!advances && BigDecimal.valueOf(payouts).compareTo(role.getOpportunitiesPerYear()) > 0) {
      findings.add(
          new PlanFitFinding(
              PlanFitFinding.Severity.HIGH,
              PlanFitFinding.Rule.MORE_PAYOUTS_THAN_DEALS,
              "The plan pays "
                  + payouts
                  + " times a year, but a "
                  + role.getName()
                  + " closes about "
                  + role.getOpportunitiesPerYear().stripTrailingZeros().toPlainString()
                  + " deals a year, and the plan has no advances: most payouts will be zero or a"
                  + " windfall. Pay advances against a longer period instead."));
    }
  }

  private static void measureFocus(ScorecardDefinition scorecard, List<PlanFitFinding> findings) {
    for (MeasureDefinition m : scorecard.measures()) {
      if (m.weightPercent() != null && m.weightPercent().compareTo(FIFTY) > 0) {
        findings.add(
            new PlanFitFinding(
                PlanFitFinding.Severity.WARNING,
                PlanFitFinding.Rule.ONE_MEASURE_DOMINATES,
                "\""
                    + m.name()
                    + "\" carries "
                    + m.weightPercent().stripTrailingZeros().toPlainString()
                    + " % of the target incentive: one measure decides most of the pay, and the"
                    + " others will be neglected. Keep each measure at or below 50 %."));
      }
    }
    long weighted =
        scorecard.measures().stream()
            .filter(m -> m.weightPercent() != null && m.weightPercent().signum() > 0)
            .count();
    if (weighted > MAX_MEASURES) {
      findings.add(
          new PlanFitFinding(
              PlanFitFinding.Severity.WARNING,
              PlanFitFinding.Rule.TOO_MANY_MEASURES,
              weighted
                  + " measures carry pay: with more than "
                  + MAX_MEASURES
                  + " each weighs too little to change behaviour. Merge or drop some."));
    }
  }

  private static void balance(
      ScorecardDefinition scorecard, RoleProfile role, List<PlanFitFinding> findings) {
    if (!role.isKeyAccount()) {
      return;
    }
    boolean customerOrStrategic =
        scorecard.measures().stream()
            .anyMatch(
                m ->
                    m.weightPercent() != null
                        && m.weightPercent().signum() > 0
                        && (m.perspective() == Perspective.CUSTOMER
                            || m.perspective() == Perspective.STRATEGIC));
    if (!customerOrStrategic) {
      findings.add(
          new PlanFitFinding(
              PlanFitFinding.Severity.HIGH,
              PlanFitFinding.Rule.NO_CUSTOMER_OR_STRATEGIC_MEASURE,
              "A "
                  + role.getName()
                  + " plan should pay for the account relationship, not only this year's revenue:"
                  + " add a weighted customer measure (satisfaction, retention, share of wallet) or"
                  + " a strategic objective."));
    }
  }

  private static void history(
      ScorecardDefinition scorecard, Evidence evidence, List<PlanFitFinding> findings) {
    for (MeasureDefinition m : scorecard.measures()) {
      List<BigDecimal> attainments = evidence.lastYearAttainments().get(m.code());
      if (attainments == null || attainments.isEmpty() || m.curve() == null) {
        continue;
      }
      BigDecimal threshold = m.curve().threshold();
      long missed = attainments.stream().filter(a -> a.compareTo(threshold) < 0).count();
      if (isMost(missed, attainments.size())) {
        findings.add(
            new PlanFitFinding(
                PlanFitFinding.Severity.HIGH,
                PlanFitFinding.Rule.THRESHOLD_MOSTLY_MISSED,
                "Last year "
                    + percentOf(missed, attainments.size())
                    + " of results on \""
                    + m.name()
                    + "\" were below its threshold of "
                    + percent(threshold)
                    + " attainment: the measure would pay most people nothing. Lower the"
                    + " threshold or revisit the targets."));
      }
      BigDecimal capAt = capAttainment(m.curve());
      if (capAt != null) {
        long capped = attainments.stream().filter(a -> a.compareTo(capAt) >= 0).count();
        if (isMost(capped, attainments.size())) {
          findings.add(
              new PlanFitFinding(
                  PlanFitFinding.Severity.WARNING,
                  PlanFitFinding.Rule.CAP_MOSTLY_HIT,
                  "Last year "
                      + percentOf(capped, attainments.size())
                      + " of results on \""
                      + m.name()
                      + "\" reached its cap (at "
                      + percent(capAt)
                      + " attainment): the targets are too easy or the cap too low, and effort"
                      + " beyond the cap goes unpaid."));
        }
      }
    }
  }

  /** The attainment from which the curve pays its cap (or its last step), or null if never. */
  static BigDecimal capAttainment(PayoutCurve curve) {
    List<CurvePoint> points = curve.points();
    if (curve.cap() == null || points.isEmpty()) {
      return null;
    }
    BigDecimal cap = curve.cap();
    for (int i = 0; i < points.size(); i++) {
      CurvePoint p = points.get(i);
      if (p.getPayout().compareTo(cap) >= 0) {
        if (curve.type() == CurveType.STEP || i == 0) {
          return p.getAttainment();
        }
        return crossing(points.get(i - 1), p, cap);
      }
    }
    if (curve.type() == CurveType.LINEAR && points.size() >= 2) {
      // above the last point the last segment's slope continues
      return crossing(points.get(points.size() - 2), points.get(points.size() - 1), cap);
    }
    return null;
  }

  private static BigDecimal crossing(CurvePoint a, CurvePoint b, BigDecimal payout) {
    BigDecimal rise = b.getPayout().subtract(a.getPayout());
    if (rise.signum() <= 0) {
      return null;
    }
    BigDecimal run = b.getAttainment().subtract(a.getAttainment());
    return a.getAttainment()
        .add(payout.subtract(a.getPayout()).multiply(run).divide(rise, MathContext.DECIMAL128));
  }

  private static void payMix(
      PlanTerms terms, RoleProfile role, Evidence evidence, List<PlanFitFinding> findings) {
    TargetIncentive ti = terms.targetIncentive();
    BigDecimal base =
        ti.getKind() == TargetIncentive.Kind.PERCENT_OF_BASE
            ? BigDecimal.valueOf(100)
            : evidence.typicalBaseSalary();
    if (base == null) {
      findings.add(
          new PlanFitFinding(
              PlanFitFinding.Severity.INFO,
              PlanFitFinding.Rule.PAY_MIX_OUTSIDE_BAND,
              "The pay mix could not be checked: the target incentive is an amount and the"
                  + " role's base salaries are not known yet."));
      return;
    }
    BigDecimal variable = ti.variableSharePercent(base).setScale(1, RoundingMode.HALF_UP);
    if (variable.compareTo(role.getVariablePayMinPercent()) < 0
        || variable.compareTo(role.getVariablePayMaxPercent()) > 0) {
      BigDecimal fixed = BigDecimal.valueOf(100).subtract(variable);
      findings.add(
          new PlanFitFinding(
              PlanFitFinding.Severity.WARNING,
              PlanFitFinding.Rule.PAY_MIX_OUTSIDE_BAND,
              "The pay mix at target is "
                  + fixed.stripTrailingZeros().toPlainString()
                  + "/"
                  + variable.stripTrailingZeros().toPlainString()
                  + ", outside the usual band for a "
                  + role.getName()
                  + " ("
                  + mix(role.getVariablePayMaxPercent())
                  + " to "
                  + mix(role.getVariablePayMinPercent())
                  + ")."));
    }
  }

  private static String mix(BigDecimal variable) {
    return BigDecimal.valueOf(100).subtract(variable).stripTrailingZeros().toPlainString()
        + "/"
        + variable.stripTrailingZeros().toPlainString();
  }

  private static boolean isMost(long count, int of) {
    return BigDecimal.valueOf(count).compareTo(HALF.multiply(BigDecimal.valueOf(of))) > 0;
  }

  private static String percentOf(long count, int of) {
    return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 0, RoundingMode.HALF_UP)
        + " %";
  }

  private static String percent(BigDecimal attainment) {
    return attainment.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + " %";
  }

  private static String months(int months) {
    return switch (months) {
      case 1 -> "1 month";
      case 3 -> "a quarter";
      case 6 -> "a half year";
      case 12 -> "a year";
      default -> months + " months";
    };
  }
}
