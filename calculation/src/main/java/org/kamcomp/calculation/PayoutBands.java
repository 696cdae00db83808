package org.kamcomp.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distribution of payouts as a share of target incentive, in fixed bands (below 50 %, 50-80,
 * 80-100, 100-120, 120-150, 150 % and more) and held apart: the team view's and what-if's chart.
 */
public final class PayoutBands {

  static final int[] BANDS = {50, 80, 100, 120, 150};

  private PayoutBands() {}

  /** A payout as a percentage of its target incentive, to two decimals; null without one. */
  public static BigDecimal percentOfTarget(BigDecimal payout, BigDecimal targetIncentive) {
    if (payout == null || targetIncentive == null || targetIncentive.signum() == 0) {
      return null;
    }
    return payout
        .multiply(BigDecimal.valueOf(100))
        .divide(targetIncentive, 2, RoundingMode.HALF_UP);
  }

  /** How many percentages fall in each band; null ones count as held. */
  public static Map<String, Integer> count(Collection<BigDecimal> percents) {
    Map<String, Integer> bands = new LinkedHashMap<>();
    bands.put("below " + BANDS[0] + " %", 0);
    for (int i = 1; i < BANDS.length; i++) {
      bands.put(BANDS[i - 1] + "-" + BANDS[i] + " %", 0);
    }
    bands.put(BANDS[BANDS.length - 1] + " % and more", 0);
    bands.put("held", 0);
    List<String> names = new ArrayList<>(bands.keySet());
    for (BigDecimal p : percents) {
      String band;
      if (p == null) {
        band = "held";
      } else {
        int i = 0;
        while (i < BANDS.length && p.compareTo(BigDecimal.valueOf(BANDS[i])) >= 0) {
          i++;
        }
        band = names.get(i);
      }
      bands.merge(band, 1, Integer::sum);
    }
    return bands;
  }
}
