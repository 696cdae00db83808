package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * An assignment's targets per measure: one per performance period of the plan (a quarterly plan has
 * one per quarter), or for a plan paying advances a cumulative schedule, one to each payout date;
 * each by the date its period ends. A target may also be the same for every period. Targets are
 * entered for the assignment's own span and used as entered: only the target incentive is prorated.
 */
public final class Targets {

  private final Map<String, NavigableMap<LocalDate, BigDecimal>> dated = new HashMap<>();
  private final Map<String, BigDecimal> everyPeriod = new HashMap<>();

  /** The target of {@code measure} for the period ending on {@code periodEnd}. */
  public Targets set(String measure, LocalDate periodEnd, BigDecimal value) {
    dated.computeIfAbsent(measure, k -> new TreeMap<>()).put(periodEnd, value);
    return this;
  }

  /** The same target of {@code measure} for every period. */
  public Targets every(String measure, BigDecimal value) {
    everyPeriod.put(measure, value);
    return this;
  }

  /** The targets of {@code measure} by period end (empty when none are dated), read-only. */
  public java.util.SortedMap<LocalDate, BigDecimal> schedule(String measure) {
    NavigableMap<LocalDate, BigDecimal> byDate = dated.get(measure);
    return byDate == null
        ? java.util.Collections.emptySortedMap()
        : java.util.Collections.unmodifiableSortedMap(byDate);
  }

  /**
   * The target for the period (or cumulative to the payout date) ending on {@code end}, or null.
   */
  public BigDecimal at(String measure, LocalDate end) {
    NavigableMap<LocalDate, BigDecimal> byDate = dated.get(measure);
    BigDecimal found = byDate == null ? null : byDate.get(end);
    return found != null ? found : everyPeriod.get(measure);
  }

  /**
   * The annual target on a measure for the fiscal year from {@code yearStart} to {@code yearEnd}:
   * the last of a cumulative schedule, or the year's period targets added up (a target for every
   * period counts once per period of the year).
   *
   * @param cumulative whether the targets are a cumulative schedule (a plan paying advances)
   * @param periodsPerYear how many performance periods the year holds
   */
  public BigDecimal annual(
      String measure,
      LocalDate yearStart,
      LocalDate yearEnd,
      boolean cumulative,
      int periodsPerYear) {
    NavigableMap<LocalDate, BigDecimal> byDate = dated.get(measure);
    if (byDate != null) {
      NavigableMap<LocalDate, BigDecimal> year = byDate.subMap(yearStart, true, yearEnd, true);
      if (!year.isEmpty()) {
        if (cumulative) {
          return year.lastEntry().getValue();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : year.values()) {
          sum = sum.add(v);
        }
        return sum;
      }
    }
    BigDecimal every = everyPeriod.get(measure);
    if (every == null) {
      return null;
    }
    return cumulative ? every : every.multiply(BigDecimal.valueOf(periodsPerYear));
  }
}
