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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamcomp.domain.plan.CurvePoint;
import org.kamcomp.domain.plan.MeasureDefinition;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.plan.PlanVersion;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.scoring.FiscalCalendar;
import org.kamcomp.scoring.PayoutStatement;
import org.kamcomp.scoring.Pipeline;
import org.kamcomp.scoring.PlanRules;

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
  @Inject InputsLoader loader;
  @Inject FiscalCalendar calendar;

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
   * over the fiscal year starting in {@code year}; the first model is what their current plans pay.
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
    LocalDate yearStart = LocalDate.of(year, calendar.firstMonth(), 1);
    LocalDate yearEnd = calendar.yearEnd(yearStart);
    List<Long> people = loader.participantsOfRole(roleCode, yearStart, yearEnd);
    if (people.isEmpty()) {
      throw new InvalidInputException(
          "role", "No participant of role " + roleCode + " has an assignment in " + year);
    }
    InputsLoader.Block block =
        loader.block(people, yearStart, yearEnd, yearStart, yearStart, yearEnd);
    Set<String> released = loader.releasedWindfalls();
    List<Model> models = new ArrayList<>();
    List<Row> current = new ArrayList<>();
    for (long id : people) {
      InputsLoader.Person p = block.people().get(id);
      current.add(
          row(
              p,
              Pipeline.schedule(
                  calendar,
                  p.username(),
                  Modeling.asTheyAre(loader, block, id),
                  Modeling.data(block, id, released),
                  yearStart,
                  yearEnd)));
    }
    models.add(new Model("Current plans", current, null));
    for (PlanVersion plan : plans) {
      PlanRules rules = plan.rules();
      List<Row> rows = new ArrayList<>();
      for (long id : people) {
        InputsLoader.Person p = block.people().get(id);
        Pipeline.Assignment modeled =
            Modeling.modeled(
                "modeled",
                rules,
                Modeling.own(loader, block, id),
                p.baseSalary(),
                calendar,
                yearStart,
                yearEnd);
        rows.add(
            row(
                p,
                Pipeline.schedule(
                    calendar,
                    p.username(),
                    List.of(modeled),
                    Modeling.data(block, id, released),
                    yearStart,
                    yearEnd)));
      }
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

  /**
   * A participant's year: what every statement of it pays, and the target incentive of each whole
   * performance period; excluded (with the reason) when any statement is held.
   */
  private static Row row(InputsLoader.Person p, List<Pipeline.Result> year) {
    BigDecimal payout = BigDecimal.ZERO;
    BigDecimal ti = BigDecimal.ZERO;
    for (Pipeline.Result r : year) {
      PayoutStatement s = r.statement();
      if (s.isHeld()) {
        return new Row(p.username(), p.fullName(), null, null, s.heldBecause());
      }
      payout = payout.add(s.due());
      if (s.kind() != PayoutStatement.Kind.ADVANCE) {
        ti = ti.add(s.scorecard().targetIncentive());
      }
    }
    if (year.isEmpty()) {
      return new Row(p.username(), p.fullName(), null, null, "Nothing to calculate in the year");
    }
    return new Row(p.username(), p.fullName(), ti, payout, null);
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
