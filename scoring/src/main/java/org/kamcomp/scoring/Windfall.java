package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Windfalls: a single deal whose credit to a participant (after the split) exceeds the plan's
 * windfall threshold, a share of the participant's annual target on the measure, is held for
 * review. Each amount measure compares its own data: bookings the credited value, margin the
 * credited margin; "exceeds" is strict. A held deal has no effect on any measure until a comp admin
 * releases it: it leaves bookings, margin and both sides of a margin % alike, and so does its
 * clawback. A ratio such as margin % has no amount to compare and holds nothing by itself.
 */
public final class Windfall {

  private Windfall() {}

  /** A measure's annual target, the base of its windfall threshold. */
  public record AnnualTarget(PlanRules.MeasureRule measure, BigDecimal annualTarget) {}

  /**
   * A deal held for review: the measure on which its credit exceeded the threshold, the credit and
   * the threshold.
   */
  public record Held(
      String dealId,
      String measureCode,
      String measureName,
      Rational credit,
      Rational threshold,
      BigDecimal annualTarget,
      Step explanation) {}

  /** The credits that count, the deals held, and the steps saying so. */
  public record Review(List<Crediting.Credit> counted, List<Held> held, List<Step> steps) {}

  /**
   * Splits a participant's credits into those that count and the windfalls held.
   *
   * @param targets the amount measures (bookings, margin) with the participant's annual target
   * @param thresholdPercent the plan's threshold in percent of the annual target (null: none)
   * @param released the ids of deals a comp admin released
   * @param digits the currency's minor digits, for showing amounts
   */
  public static Review review(
      List<Crediting.Credit> credits,
      List<AnnualTarget> targets,
      BigDecimal thresholdPercent,
      Set<String> released,
      int digits) {
    if (thresholdPercent == null || targets.isEmpty()) {
      return new Review(credits, List.of(), List.of());
    }
    Map<String, Held> held = new LinkedHashMap<>();
    List<Step> steps = new ArrayList<>();
    for (AnnualTarget t : targets) {
      PlanRules.Data data = t.measure().data();
      if (t.annualTarget() == null
          || (data != PlanRules.Data.BOOKINGS && data != PlanRules.Data.MARGIN)) {
        continue;
      }
      Rational limit =
          Rational.of(t.annualTarget())
              .multiply(Rational.of(thresholdPercent))
              .divide(Rational.HUNDRED);
      for (Crediting.Credit c : credits) {
        Rational credit = data == PlanRules.Data.BOOKINGS ? c.value() : c.margin();
        // A clawback of a deal booked before the window is judged by what it took back.
        credit = c.clawback() ? credit.negate() : credit;
        if (held.containsKey(c.dealId()) || credit.compareTo(limit) <= 0) {
          continue;
        }
        if (released.contains(c.dealId())) {
          continue;
        }
        Step step =
            Step.of(
                Phrase.WINDFALL_HELD,
                c.dealId(),
                Step.money(credit, digits),
                t.measure().name(),
                Step.plain(thresholdPercent),
                Step.plain(t.annualTarget()),
                Step.money(limit, digits));
        held.put(
            c.dealId(),
            new Held(
                c.dealId(),
                t.measure().code(),
                t.measure().name(),
                credit,
                limit,
                t.annualTarget(),
                step));
        steps.add(step);
      }
    }
    if (held.isEmpty()) {
      return new Review(credits, List.of(), List.of());
    }
    List<Crediting.Credit> counted = new ArrayList<>();
    for (Crediting.Credit c : credits) {
      if (!held.containsKey(c.dealId())) {
        counted.add(c);
      }
    }
    return new Review(counted, List.copyOf(held.values()), steps);
  }
}
