package org.kamcomp.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kamcomp.scoring.FiscalCalendar;
import org.kamcomp.scoring.Pipeline;
import org.kamcomp.scoring.PlanRules;
import org.kamcomp.scoring.Rational;
import org.kamcomp.scoring.Targets;

/**
 * A participant modeled on another plan version over a past fiscal year, for what-if and plan fit:
 * their own targets recut to the modeled plan's periods, matched by measure code. An additive
 * target (bookings, margin, a summed result) is spread evenly over its months (a cumulative
 * schedule turned into increments first) and summed again over the modeled periods; a level (margin
 * %, satisfaction) holds for each month of its period and is read at a modeled period's end.
 */
final class Modeling {

  private Modeling() {}

  /** One of the participant's own assignments with its plan and targets. */
  record Own(PlanRules plan, Targets targets, LocalDate from, LocalDate to) {}

  /**
   * The participant on {@code plan} over the span of their own assignments in the year, with their
   * targets recut to the plan's periods; the key names the modeled assignment.
   */
  static Pipeline.Assignment modeled(
      String key,
      PlanRules plan,
      List<Own> own,
      BigDecimal baseSalary,
      FiscalCalendar cal,
      LocalDate yearStart,
      LocalDate yearEnd) {
    LocalDate from = own.stream().map(Own::from).min(LocalDate::compareTo).orElseThrow();
    LocalDate to = own.stream().map(Own::to).max(LocalDate::compareTo).orElseThrow();
    from = from.isBefore(yearStart) ? yearStart : from;
    to = to.isAfter(yearEnd) ? yearEnd : to;
    Targets recut = new Targets();
    for (PlanRules.MeasureRule m : plan.measures()) {
      if (m.isRated()) {
        continue;
      }
      Map<YearMonth, Rational> monthly = monthly(own, m, cal, yearStart, yearEnd);
      if (monthly.isEmpty()) {
        continue;
      }
      int every = plan.paysAdvances() ? plan.payoutEveryMonths() : plan.performancePeriodMonths();
      for (LocalDate end = cal.periodEnd(yearStart, every);
          !end.isAfter(yearEnd);
          end = cal.periodEnd(end.plusDays(1), every)) {
        LocalDate start =
            plan.paysAdvances()
                ? cal.periodStart(end, plan.performancePeriodMonths())
                : cal.periodStart(end, every);
        Rational value = null;
        if (m.data().additive()) {
          for (YearMonth ym = YearMonth.from(start);
              !ym.isAfter(YearMonth.from(end));
              ym = ym.plusMonths(1)) {
            Rational v = monthly.get(ym);
            if (v != null) {
              value = value == null ? v : value.add(v);
            }
          }
        } else {
          value = monthly.get(YearMonth.from(end));
        }
        if (value != null && value.signum() > 0) {
          recut.set(m.code(), end, value.round(4, RoundingMode.HALF_UP));
        }
      }
    }
    return new Pipeline.Assignment(key, plan, from, to, baseSalary, recut);
  }

  /** A measure's targets per month of the year, from the participant's own assignments. */
  static Map<YearMonth, Rational> monthly(
      List<Own> own,
      PlanRules.MeasureRule measure,
      FiscalCalendar cal,
      LocalDate yearStart,
      LocalDate yearEnd) {
    Map<YearMonth, Rational> monthly = new TreeMap<>();
    for (Own o : own) {
      PlanRules.MeasureRule theirs = o.plan().measure(measure.code());
      boolean additive = (theirs == null ? measure : theirs).data().additive();
      boolean cumulative = o.plan().paysAdvances();
      int granularity =
          cumulative ? o.plan().payoutEveryMonths() : o.plan().performancePeriodMonths();
      Rational before = Rational.ZERO;
      LocalDate periodStart = null;
      for (var t : o.targets().schedule(measure.code()).entrySet()) {
        LocalDate end = t.getKey();
        if (end.isBefore(yearStart) || end.isAfter(yearEnd)) {
          continue;
        }
        Rational value = Rational.of(t.getValue());
        if (additive && cumulative) {
          LocalDate start = cal.periodStart(end, o.plan().performancePeriodMonths());
          if (periodStart == null || !start.equals(periodStart)) {
            periodStart = start;
            before = Rational.ZERO;
          }
          Rational increment = value.subtract(before);
          before = value;
          value = increment;
        }
        YearMonth last = YearMonth.from(end);
        for (int i = 0; i < granularity; i++) {
          monthly.put(
              last.minusMonths(i), additive ? value.divide(Rational.of(granularity)) : value);
        }
      }
    }
    return monthly;
  }

  /** The participant's own assignments of a block, with their plans and targets. */
  static List<Own> own(InputsLoader loader, InputsLoader.Block block, long participant) {
    List<Own> own = new ArrayList<>();
    for (InputsLoader.AssignmentRow a : block.assignments().getOrDefault(participant, List.of())) {
      own.add(
          new Own(
              loader.plan(a.planVersionId()),
              block.targets().getOrDefault(a.id(), new Targets()),
              a.from(),
              a.to()));
    }
    return own;
  }

  /** The participant's own assignments as the pipeline takes them. */
  static List<Pipeline.Assignment> asTheyAre(
      InputsLoader loader, InputsLoader.Block block, long participant) {
    List<Pipeline.Assignment> list = new ArrayList<>();
    InputsLoader.Person p = block.people().get(participant);
    for (InputsLoader.AssignmentRow a : block.assignments().getOrDefault(participant, List.of())) {
      list.add(
          new Pipeline.Assignment(
              String.valueOf(a.id()),
              loader.plan(a.planVersionId()),
              a.from(),
              a.to(),
              p.baseSalary(),
              block.targets().getOrDefault(a.id(), new Targets())));
    }
    return list;
  }

  /** The pipeline's data of a block's participant. */
  static Pipeline.Data data(
      InputsLoader.Block block, long participant, java.util.Set<String> released) {
    return new Pipeline.Data(
        block.membershipsOf(participant),
        account -> block.deals().getOrDefault(account, List.of()),
        block.results().getOrDefault(participant, List.of()),
        released);
  }
}
