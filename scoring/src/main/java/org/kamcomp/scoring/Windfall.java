package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Windfalls: a single deal whose credit to a participant exceeds the plan's windfall threshold (a
 * share of the participant's annual target on the measure) is held for review. Its effect on the
 * payout is paid only after a comp admin releases it; until then it is left out of the actuals and
 * listed as held, and so is its clawback.
 */
public final class Windfall {

  private Windfall() {}

  /** The credits that count, and those held for review. */
  public record Review(List<Crediting.Credit> counted, List<Crediting.Credit> held) {}

  /**
   * Splits a participant's credits into those that count and the windfalls held.
   *
   * @param thresholdPercent the plan's threshold in percent of the annual target (null: none)
   * @param released the ids of deals a comp admin released
   */
  public static Review review(
      List<Crediting.Credit> credits,
      BigDecimal annualTarget,
      BigDecimal thresholdPercent,
      Set<String> released) {
    if (thresholdPercent == null) {
      return new Review(List.copyOf(credits), List.of());
    }
    Rational limit =
        Rational.of(annualTarget).multiply(Rational.of(thresholdPercent)).divide(Rational.HUNDRED);
    Set<String> heldDeals = new HashSet<>();
    for (Crediting.Credit c : credits) {
      if (!c.clawback() && c.value().compareTo(limit) > 0 && !released.contains(c.dealId())) {
        heldDeals.add(c.dealId());
      }
    }
    List<Crediting.Credit> counted = new ArrayList<>();
    List<Crediting.Credit> held = new ArrayList<>();
    for (Crediting.Credit c : credits) {
      (heldDeals.contains(c.dealId()) ? held : counted).add(c);
    }
    return new Review(List.copyOf(counted), List.copyOf(held));
  }
}
