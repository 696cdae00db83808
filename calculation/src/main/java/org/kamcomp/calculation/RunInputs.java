package org.kamcomp.calculation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamcomp.domain.participant.Participant_;
import org.kamcomp.domain.statement.Adjustment;
import org.kamcomp.domain.statement.Adjustment_;
import org.kamcomp.domain.statement.CalculationRun;
import org.kamcomp.domain.statement.CalculationRun_;
import org.kamcomp.domain.statement.StatementRecord;
import org.kamcomp.domain.statement.StatementRecord_;
import org.kamcomp.scoring.Adjustments;
import org.kamcomp.scoring.FiscalCalendar;
import org.kamcomp.scoring.Pipeline;
import org.kamcomp.scoring.PlanRules;

/**
 * A run's inputs for a block of participants: the pipeline's input for each (their assignments with
 * what was published and paid before, their data, the adjustments waiting), and the published
 * statement each new one recalculates. What was paid comes from published statements only: the
 * advances of the performance period so far (each payout date's first version, and what
 * recalculations of them pay as adjustments), the draw balance and an overpaid true-up of the plan.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RunInputs {

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  @Inject InputsLoader loader;

  /** The published statement of the same assignment and period a new one recalculates. */
  public record Published(long statementId, BigDecimal amountDue) {}

  /** One participant's work in a run: the pipeline's input and what it recalculates. */
  public record Work(long participantId, Pipeline.Input input, Map<Long, Published> published) {}

  /** The work of a block of participants for the payout period {@code start} to {@code end}. */
  public List<Work> block(
      List<Long> ids, LocalDate start, LocalDate end, FiscalCalendar cal, Set<String> released) {
    LocalDate yearStart = cal.yearStart(end);
    InputsLoader.Block b = loader.block(ids, start, end, yearStart, yearStart, cal.yearEnd(end));
    Map<Long, List<Row>> paid = published(ids, yearStart, start);
    Map<Long, List<Adjustment>> adjustments = adjustments(ids, end);
    Map<Long, Published> samePeriod = samePeriod(ids, start, end);
    Map<Long, List<Adjustment>> carriedBefore = carriedBySamePeriod(ids, start, end);
    List<Work> work = new ArrayList<>();
    for (long id : ids) {
      InputsLoader.Person person = b.people().get(id);
      if (person == null) {
        continue;
      }
      List<Pipeline.Subject> subjects = new ArrayList<>();
      Map<Long, Published> published = new HashMap<>();
      boolean restatement = false;
      List<Adjustment> theirs = adjustments.getOrDefault(id, List.of());
      for (InputsLoader.AssignmentRow a : b.assignments().getOrDefault(id, List.of())) {
        PlanRules plan = loader.plan(a.planVersionId());
        Pipeline.Assignment assignment =
            new Pipeline.Assignment(
                String.valueOf(a.id()),
                plan,
                a.from(),
                a.to(),
                person.baseSalary(),
                b.targets().getOrDefault(a.id(), new org.kamcomp.scoring.Targets()));
        subjects.add(
            new Pipeline.Subject(
                assignment,
                history(cal, plan, a, start, paid.getOrDefault(id, List.of()), theirs)));
        Published before = samePeriod.get(a.id());
        if (before != null) {
          published.put(a.id(), before);
          restatement = true;
        }
      }
      List<Adjustment> waiting =
          restatement
              ? carriedBefore.getOrDefault(id, List.of())
              : theirs.stream()
                  .filter(x -> !x.isSettled() && x.getOriginPeriodEnd().isBefore(end))
                  .toList();
      work.add(
          new Work(
              id,
              new Pipeline.Input(
                  cal,
                  person.username(),
                  start,
                  end,
                  subjects,
                  new Pipeline.Data(
                      b.membershipsOf(id),
                      account -> b.deals().getOrDefault(account, List.of()),
                      b.results().getOrDefault(id, List.of()),
                      released),
                  waiting.stream().map(RunInputs::engine).toList()),
              published));
    }
    return work;
  }

  static Adjustments.Adjustment engine(Adjustment a) {
    return new Adjustments.Adjustment(
        String.valueOf(a.getId()),
        a.getReason(),
        a.getAmount(),
        a.getCurrency(),
        String.valueOf(a.getSourceAssignmentId()),
        a.isAdvance());
  }

  /**
   * What was paid before the period for an assignment's plan: the advances of its performance
   * period so far, the recalculations of them decided since, its plan's draw balance and overpaid
   * true-up.
   */
  private static Pipeline.History history(
      FiscalCalendar cal,
      PlanRules plan,
      InputsLoader.AssignmentRow a,
      LocalDate start,
      List<Row> published,
      List<Adjustment> adjustments) {
    LocalDate periodStart = cal.periodStart(start, plan.performancePeriodMonths());
    // Advances: of each earlier payout date, its first published version (later ones are paid
    // as adjustments, counted as settled below).
    Map<LocalDate, Row> first = new HashMap<>();
    Row draw = null;
    Row overpaid = null;
    for (Row r : published) {
      if (r.assignmentId() == a.id()
          && r.kind() == StatementRecord.Kind.ADVANCE
          && !r.periodEnd().isBefore(periodStart)) {
        first.merge(r.periodEnd(), r, (x, y) -> x.number() <= y.number() ? x : y);
      }
      if (r.planCode().equals(plan.code())) {
        if (r.drawBalance() != null && (draw == null || LATEST.compare(r, draw) > 0)) {
          draw = r;
        }
        if (r.overpaidBalance() != null && (overpaid == null || LATEST.compare(r, overpaid) > 0)) {
          overpaid = r;
        }
      }
    }
    BigDecimal advances = BigDecimal.ZERO;
    for (Row r : first.values()) {
      BigDecimal amount = r.advanceAmount() != null ? r.advanceAmount() : r.ownDue();
      if (amount != null) {
        advances = advances.add(amount);
      }
    }
    List<Adjustments.Adjustment> settled = new ArrayList<>();
    for (Adjustment x : adjustments) {
      if (x.getSourceAssignmentId() == a.id()
          && !x.getOriginPeriodEnd().isBefore(periodStart)
          && x.getOriginPeriodEnd().isBefore(start)) {
        settled.add(engine(x));
      }
    }
    return new Pipeline.History(
        advances,
        Adjustments.advancesSettled(settled),
        draw == null ? null : draw.drawBalance(),
        draw == null ? null : draw.periodEnd(),
        overpaid == null ? null : overpaid.overpaidBalance());
  }

  private static final Comparator<Row> LATEST =
      Comparator.comparing(Row::periodEnd).thenComparing(Row::number);

  /** A published statement as the history reads it. */
  record Row(
      long participantId,
      long assignmentId,
      String planCode,
      StatementRecord.Kind kind,
      LocalDate periodEnd,
      int number,
      BigDecimal advanceAmount,
      BigDecimal ownDue,
      BigDecimal drawBalance,
      BigDecimal overpaidBalance) {}

  /**
   * The participants' published statements before {@code before}: this fiscal year's (advances),
   * and any that left a draw balance or an overpaid true-up (those may carry across years).
   */
  private Map<Long, List<Row>> published(List<Long> ids, LocalDate yearStart, LocalDate before) {
    Map<Long, List<Row>> rows = new HashMap<>();
    for (int i = 0; i < ids.size(); i += 1000) {
      List<Long> part = ids.subList(i, Math.min(ids.size(), i + 1000));
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Tuple> q = cb.createTupleQuery();
      Root<StatementRecord> s = q.from(StatementRecord.class);
      var run = s.join(StatementRecord_.run);
      q.multiselect(
              s.get(StatementRecord_.participant).get(Participant_.id),
              s.get(StatementRecord_.assignmentId),
              s.get(StatementRecord_.planCode),
              s.get(StatementRecord_.kind),
              run.get(CalculationRun_.periodEnd),
              run.get(CalculationRun_.number),
              s.get(StatementRecord_.advanceAmount),
              s.get(StatementRecord_.ownDue),
              s.get(StatementRecord_.drawBalance),
              s.get(StatementRecord_.overpaidBalance))
          .where(
              s.get(StatementRecord_.participant).get(Participant_.id).in(part),
              cb.equal(run.get(CalculationRun_.status), CalculationRun.Status.PUBLISHED),
              cb.lessThan(run.get(CalculationRun_.periodEnd), before),
              cb.or(
                  cb.and(
                      cb.equal(s.get(StatementRecord_.kind), StatementRecord.Kind.ADVANCE),
                      cb.greaterThanOrEqualTo(run.get(CalculationRun_.periodEnd), yearStart)),
                  cb.isNotNull(s.get(StatementRecord_.drawBalance)),
                  cb.isNotNull(s.get(StatementRecord_.overpaidBalance))));
      for (Tuple t : em.createQuery(q).getResultList()) {
        rows.computeIfAbsent(t.get(0, Long.class), k -> new ArrayList<>())
            .add(
                new Row(
                    t.get(0, Long.class),
                    t.get(1, Long.class),
                    t.get(2, String.class),
                    t.get(3, StatementRecord.Kind.class),
                    t.get(4, LocalDate.class),
                    t.get(5, Integer.class),
                    t.get(6, BigDecimal.class),
                    t.get(7, BigDecimal.class),
                    t.get(8, BigDecimal.class),
                    t.get(9, BigDecimal.class)));
      }
    }
    return rows;
  }

  /** The participants' adjustments decided before the period's end. */
  private Map<Long, List<Adjustment>> adjustments(List<Long> ids, LocalDate end) {
    Map<Long, List<Adjustment>> found = new HashMap<>();
    for (int i = 0; i < ids.size(); i += 1000) {
      List<Long> part = ids.subList(i, Math.min(ids.size(), i + 1000));
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Adjustment> q = cb.createQuery(Adjustment.class);
      Root<Adjustment> a = q.from(Adjustment.class);
      q.select(a)
          .where(
              a.get(Adjustment_.participant).get(Participant_.id).in(part),
              cb.lessThan(a.get(Adjustment_.originPeriodEnd), end))
          .orderBy(cb.asc(a.get(Adjustment_.id)));
      for (Adjustment x : em.createQuery(q).getResultList()) {
        found.computeIfAbsent(x.getParticipantId(), k -> new ArrayList<>()).add(x);
      }
    }
    return found;
  }

  /** The current published statement of each of the participants' assignments for the period. */
  private Map<Long, Published> samePeriod(List<Long> ids, LocalDate start, LocalDate end) {
    Map<Long, Published> found = new HashMap<>();
    for (int i = 0; i < ids.size(); i += 1000) {
      List<Long> part = ids.subList(i, Math.min(ids.size(), i + 1000));
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Tuple> q = cb.createTupleQuery();
      Root<StatementRecord> s = q.from(StatementRecord.class);
      var run = s.join(StatementRecord_.run);
      q.multiselect(
              s.get(StatementRecord_.assignmentId),
              s.get(StatementRecord_.id),
              s.get(StatementRecord_.amountDue))
          .where(
              s.get(StatementRecord_.participant).get(Participant_.id).in(part),
              cb.equal(run.get(CalculationRun_.status), CalculationRun.Status.PUBLISHED),
              cb.equal(run.get(CalculationRun_.periodStart), start),
              cb.equal(run.get(CalculationRun_.periodEnd), end),
              cb.isNull(s.get(StatementRecord_.supersededById)));
      for (Tuple t : em.createQuery(q).getResultList()) {
        found.put(
            t.get(0, Long.class), new Published(t.get(1, Long.class), t.get(2, BigDecimal.class)));
      }
    }
    return found;
  }

  /** What the participants' current published statements of the period carried. */
  private Map<Long, List<Adjustment>> carriedBySamePeriod(
      List<Long> ids, LocalDate start, LocalDate end) {
    Map<Long, List<Adjustment>> found = new HashMap<>();
    for (int i = 0; i < ids.size(); i += 1000) {
      List<Long> part = ids.subList(i, Math.min(ids.size(), i + 1000));
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Adjustment> q = cb.createQuery(Adjustment.class);
      Root<StatementRecord> s = q.from(StatementRecord.class);
      var run = s.join(StatementRecord_.run);
      var carried = s.join(StatementRecord_.carried);
      q.select(carried)
          .where(
              s.get(StatementRecord_.participant).get(Participant_.id).in(part),
              cb.equal(run.get(CalculationRun_.status), CalculationRun.Status.PUBLISHED),
              cb.equal(run.get(CalculationRun_.periodStart), start),
              cb.equal(run.get(CalculationRun_.periodEnd), end),
              cb.isNull(s.get(StatementRecord_.supersededById)));
      for (Adjustment x : em.createQuery(q).getResultList()) {
        found.computeIfAbsent(x.getParticipantId(), k -> new ArrayList<>()).add(x);
      }
    }
    return found;
  }
}
