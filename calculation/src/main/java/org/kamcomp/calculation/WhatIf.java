package org.kamcomp.calculation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamcomp.domain.assignment.PlanAssignment;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.plan.CurvePoint;
import org.kamcomp.domain.plan.MeasureData;
import org.kamcomp.domain.plan.MeasureDefinition;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.plan.PlanVersion;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.scoring.ScorecardEngine;
import org.kamcomp.scoring.Statement;

/**
 * What-if modeling: plan versions (drafts too) calculated over a past plan year's actuals for a
 * role's participants, side by side with what their current plans pay, without writing anything.
 * Each participant keeps their own targets, recut to the modeled plan's periods and matched by
 * measure code (an additive target such as bookings spread by month, a level such as margin %
 * held); the engine, crediting and windfall rules are those of calculation runs. A model shows its
 * cost, its cost against the current plans, the distribution of payouts against target incentive
 * and the share of participants who reach threshold (anything paid), target (at least the target
 * incentive) and excellence (at least what every measure at its curve's top point pays).
 */
@ApplicationScoped
@Transactional
public class WhatIf {

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  @Inject PlanCatalog catalog;

  /** One participant under one model. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String participant;
    private final String name;
    private final BigDecimal targetIncentive;
    private final BigDecimal payout;
    private final String excludedBecause;

    Row(String participant, String name, BigDecimal ti, BigDecimal payout, String excluded) {
      this.participant = participant;
      this.name = name;
      this.targetIncentive = ti;
      this.payout = payout;
      this.excludedBecause = excluded;
    }

    public String getParticipant() {
      return participant;
    }

    public String getName() {
      return name;
    }

    public BigDecimal getTargetIncentive() {
      return targetIncentive;
    }

    public BigDecimal getPayout() {
      return payout;
    }

    public BigDecimal getPercentOfTarget() {
      return PayoutBands.percentOfTarget(payout, targetIncentive);
    }

    public String getExcludedBecause() {
      return excludedBecause;
    }
  }

  /** One model: a plan version (or the current plans) over the population and year. */
  public static final class Model implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String label;
    private final List<Row> rows;
    private final List<Row> counted;
    private final BigDecimal excellence;
    private BigDecimal costVsCurrent;

    Model(String label, List<Row> rows, BigDecimal excellence) {
      this.label = label;
      this.rows = List.copyOf(rows);
      this.counted = this.rows.stream().filter(r -> r.payout != null).toList();
      this.excellence = excellence;
    }

    public String getLabel() {
      return label;
    }

    public List<Row> getRows() {
      return rows;
    }

    public int getParticipants() {
      return counted.size();
    }

    public int getExcluded() {
      return rows.size() - counted.size();
    }

    public BigDecimal getCost() {
      return counted.stream().map(Row::getPayout).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal getTargetIncentive() {
      return counted.stream().map(Row::getTargetIncentive).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The cost as a percentage of the target incentives: 100 % pays exactly on target. */
    public BigDecimal getCostPercentOfTarget() {
      return PayoutBands.percentOfTarget(getCost(), getTargetIncentive());
    }

    /** The cost less the current plans' cost for the same people (null for the current plans). */
    public BigDecimal getCostVsCurrent() {
      return costVsCurrent;
    }

    public BigDecimal getShareAtThreshold() {
      return share(r -> r.payout.signum() > 0);
    }

    public BigDecimal getShareAtTarget() {
      return share(r -> r.payout.compareTo(r.targetIncentive) >= 0);
    }

    /** Null when the model has no single excellence level (the current plans, mixed). */
    public BigDecimal getShareAtExcellence() {
      return excellence == null
          ? null
          : share(r -> r.payout.compareTo(r.targetIncentive.multiply(excellence)) >= 0);
    }

    /** The payout at excellence as a multiple of target incentive. */
    public BigDecimal getExcellence() {
      return excellence;
    }

    public Map<String, Integer> getDistribution() {
      Map<String, Integer> bands =
          PayoutBands.count(counted.stream().map(Row::getPercentOfTarget).toList());
      bands.put("held", getExcluded());
      return bands;
    }

    private BigDecimal share(java.util.function.Predicate<Row> reached) {
      if (counted.isEmpty()) {
        return null;
      }
      long n = counted.stream().filter(reached).count();
      return BigDecimal.valueOf(n * 100)
          .divide(BigDecimal.valueOf(counted.size()), 1, RoundingMode.HALF_UP);
    }
  }

  /**
   * Models each plan version ({@code "CODE/number"}) for the participants of role {@code roleCode}
   * over {@code year}; the first model is what their current plans pay.
   */
  public List<Model> model(String roleCode, int year, List<String> versions) {
    catalog.roleProfile(roleCode); // a clear not-found for an unknown role
    if (versions.isEmpty()) {
      throw new InvalidInputException("versions", "Choose at least one plan version to model");
    }
    List<PlanVersion> plans = new ArrayList<>();
    for (String v : versions) {
      String[] parts = v == null ? new String[0] : v.split("/");
      if (parts.length != 2 || !parts[1].matches("\\d{1,6}")) {
        throw new InvalidInputException(
            "versions", "\"" + v + "\" is not a plan version (CODE/number)");
      }
      plans.add(
          catalog
              .findVersion(parts[0], Integer.parseInt(parts[1]))
              .orElseThrow(
                  () -> new InvalidInputException("versions", "There is no plan version " + v)));
    }
    LocalDate yearStart = LocalDate.of(year, 1, 1);
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    Map<Participant, List<PlanAssignment>> population = new LinkedHashMap<>();
    for (PlanAssignment a : CalculationRuns.Inputs.touching(em, yearStart, yearEnd)) {
      if (a.getParticipant()
          .getRoleProfile()
          .map(r -> r.getCode().equals(roleCode))
          .orElse(false)) {
        population.computeIfAbsent(a.getParticipant(), k -> new ArrayList<>()).add(a);
      }
    }
    if (population.isEmpty()) {
      throw new InvalidInputException(
          "role", "No participant of role " + roleCode + " has an assignment in " + year);
    }
    List<PlanAssignment> all = population.values().stream().flatMap(List::stream).toList();
    CalculationRuns.Inputs inputs = new CalculationRuns.Inputs(em, all, yearStart, yearEnd);

    List<Model> models = new ArrayList<>();
    List<Row> current = new ArrayList<>();
    population.forEach(
        (p, assignments) -> {
          Row total = null;
          for (PlanAssignment a : assignments) {
            Row r = year(CalculationRuns.Subject.of(a), year, inputs);
            total = total == null ? r : add(total, r);
          }
          current.add(total);
        });
    models.add(new Model("Current plans", current, null));
    for (PlanVersion plan : plans) {
      List<Row> rows = new ArrayList<>();
      population.forEach(
          (p, assignments) -> rows.add(year(modeled(p, plan, assignments, year), year, inputs)));
      Model m =
          new Model(
              plan.getPlan().getCode()
                  + " v"
                  + plan.getNumber()
                  + " ("
                  + plan.getStatus().name().toLowerCase()
                  + ")",
              rows,
              excellence(plan));
      m.costVsCurrent = m.getCost().subtract(models.get(0).getCost());
      models.add(m);
    }
    return models;
  }

  /** A subject's pay over the year: each of its plan's performance periods calculated, added up. */
  private static Row year(CalculationRuns.Subject s, int year, CalculationRuns.Inputs inputs) {
    Participant p = s.participant();
    int months = s.version().terms().performancePeriod().months();
    BigDecimal payout = BigDecimal.ZERO;
    BigDecimal ti = BigDecimal.ZERO;
    for (int first = 1; first <= 12; first += months) {
      LocalDate start = LocalDate.of(year, first, 1);
      LocalDate end = YearMonth.of(year, first + months - 1).atEndOfMonth();
      if (s.validFrom().isAfter(end) || s.validTo().isBefore(start)) {
        continue;
      }
      try {
        Statement st =
            ScorecardEngine.calculate(
                CalculationRuns.calculation(s, start, end, inputs, new ArrayList<>()));
        if (st.status() == Statement.Status.HELD) {
          return new Row(p.getUsername(), p.getFullName(), null, null, st.heldBecause());
        }
        payout = payout.add(st.payout());
        ti = ti.add(st.targetIncentive());
      } catch (CalculationRuns.Unscorable e) {
        return new Row(p.getUsername(), p.getFullName(), null, null, e.getMessage());
      }
    }
    return new Row(p.getUsername(), p.getFullName(), ti, payout, null);
  }

  private static Row add(Row a, Row b) {
    if (a.payout == null) {
      return a;
    }
    if (b.payout == null) {
      return b;
    }
    return new Row(
        a.participant,
        a.name,
        a.targetIncentive.add(b.targetIncentive),
        a.payout.add(b.payout),
        null);
  }

  /**
   * The participant on the modeled plan over the span of their assignments in the year, with their
   * own targets recut to the plan's periods.
   */
  private static CalculationRuns.Subject modeled(
      Participant p, PlanVersion plan, List<PlanAssignment> theirs, int year) {
    LocalDate from =
        theirs.stream()
            .map(PlanAssignment::getValidFrom)
            .min(Comparator.naturalOrder())
            .orElseThrow();
    LocalDate to =
        theirs.stream()
            .map(PlanAssignment::getValidTo)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    Map<String, Map<YearMonth, BigDecimal>> monthly = new java.util.HashMap<>();
    Map<String, MeasureDefinition> measures = new java.util.HashMap<>();
    for (MeasureDefinition m : plan.scorecard().measures()) {
      monthly.put(m.code(), PlanFit.monthlyTargets(theirs, m, year));
      measures.put(m.code(), m);
    }
    int months = plan.terms().performancePeriod().months();
    return new CalculationRuns.Subject(
        p,
        plan,
        from,
        to,
        new CalculationRuns.Targets() {
          @Override
          public BigDecimal at(String measure, LocalDate end) {
            return recut(monthly.get(measure), measures.get(measure), YearMonth.from(end), months);
          }

          @Override
          public BigDecimal annual(String measure, int y) {
            BigDecimal t =
                recut(monthly.get(measure), measures.get(measure), YearMonth.of(y, 12), 12);
            return t == null ? BigDecimal.ONE : t;
          }
        });
  }

  /**
   * A target for the {@code months} to {@code last}: an additive one summed over its months, a
   * level the value of its last month; null when no month has one.
   */
  private static BigDecimal recut(
      Map<YearMonth, BigDecimal> monthly, MeasureDefinition m, YearMonth last, int months) {
    boolean additive =
        m.data() == MeasureData.BOOKINGS
            || m.data() == MeasureData.MARGIN
            || m.data() == MeasureData.RESULT_SUM;
    if (!additive) {
      return monthly.get(last);
    }
    BigDecimal sum = null;
    for (int i = 0; i < months; i++) {
      BigDecimal v = monthly.get(last.minusMonths(i));
      if (v != null) {
        sum = sum == null ? v : sum.add(v);
      }
    }
    return sum == null ? null : sum.setScale(2, RoundingMode.HALF_UP);
  }

  /** What every measure at its curve's top point pays, as a multiple of target incentive. */
  private static BigDecimal excellence(PlanVersion plan) {
    BigDecimal level = BigDecimal.ZERO;
    for (MeasureDefinition m : plan.scorecard().measures()) {
      List<CurvePoint> points = m.curve().points();
      if (points.isEmpty()) {
        continue;
      }
      BigDecimal top = points.get(points.size() - 1).getPayout();
      if (m.curve().cap() != null) {
        top = top.min(m.curve().cap());
      }
      level = level.add(top.multiply(m.weightPercent()).divide(BigDecimal.valueOf(100)));
    }
    BigDecimal cap = plan.terms().planCapMultiple();
    return cap == null ? level : level.min(cap);
  }
}
