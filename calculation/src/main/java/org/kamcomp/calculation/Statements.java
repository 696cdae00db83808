package org.kamcomp.calculation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.participant.ParticipantRepository;
import org.kamcomp.domain.participant.Participant_;
import org.kamcomp.domain.problem.NotFoundException;
import org.kamcomp.domain.statement.CalculationRun;
import org.kamcomp.domain.statement.CalculationRun_;
import org.kamcomp.domain.statement.StatementRecord;
import org.kamcomp.domain.statement.StatementRecord_;

/**
 * Statements as each reader may read them. A participant reads their own published statements, a
 * manager their reporting line's, sales operations and audit everyone's; in every list a period
 * shows once per assignment, as its current (latest published) version, and the earlier versions
 * are reached from it. Sales operations and audit also open the statements of a run not yet
 * published, marked as such. Nobody sees outside their scope: such a statement is "not found".
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Statements {

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  @Inject ParticipantRepository participants;

  /**
   * What a list shows: a run's period (start and end), a participant (user name), a plan (code), a
   * status; each null for any.
   */
  public record Filter(
      LocalDate periodStart,
      LocalDate periodEnd,
      String participant,
      String plan,
      StatementRecord.Status status) {
    public static final Filter ANY = new Filter(null, null, null, null, null);
  }

  /** The current published statements in the viewer's scope, newest first, a page of them. */
  public List<StatementRecord> current(Viewer viewer, Filter f, int offset, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<StatementRecord> q = cb.createQuery(StatementRecord.class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    s.fetch(StatementRecord_.run);
    @SuppressWarnings("unchecked")
    Join<StatementRecord, Participant> p =
        (Join<StatementRecord, Participant>) s.fetch(StatementRecord_.participant);
    q.select(s)
        .where(current(cb, s, p, viewer, f))
        .orderBy(
            cb.desc(s.get(StatementRecord_.run).get(CalculationRun_.periodEnd)),
            cb.asc(p.get(Participant_.fullName)),
            cb.desc(s.get(StatementRecord_.id)));
    return em.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long countCurrent(Viewer viewer, Filter f) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    Join<StatementRecord, Participant> p = s.join(StatementRecord_.participant);
    q.select(cb.count(s)).where(current(cb, s, p, viewer, f));
    return em.createQuery(q).getSingleResult();
  }

  private Predicate[] current(
      CriteriaBuilder cb,
      Root<StatementRecord> s,
      Join<StatementRecord, Participant> p,
      Viewer viewer,
      Filter f) {
    List<Predicate> where = new ArrayList<>();
    where.add(
        cb.equal(
            s.get(StatementRecord_.run).get(CalculationRun_.status),
            CalculationRun.Status.PUBLISHED));
    where.add(cb.isNull(s.get(StatementRecord_.supersededById)));
    where.add(participants.scope(viewer, cb, p));
    filter(cb, s, p, f, where);
    return where.toArray(Predicate[]::new);
  }

  private static void filter(
      CriteriaBuilder cb,
      Root<StatementRecord> s,
      Join<StatementRecord, Participant> p,
      Filter f,
      List<Predicate> where) {
    if (f.periodStart() != null) {
      where.add(
          cb.equal(s.get(StatementRecord_.run).get(CalculationRun_.periodStart), f.periodStart()));
    }
    if (f.periodEnd() != null) {
      where.add(
          cb.equal(s.get(StatementRecord_.run).get(CalculationRun_.periodEnd), f.periodEnd()));
    }
    if (f.participant() != null) {
      where.add(cb.equal(p.get(Participant_.username), f.participant()));
    }
    if (f.plan() != null) {
      where.add(cb.equal(s.get(StatementRecord_.planCode), f.plan()));
    }
    if (f.status() != null) {
      where.add(cb.equal(s.get(StatementRecord_.status), f.status()));
    }
  }

  /**
   * A statement the viewer may open, with its lines, held windfalls and carried adjustments: any
   * published version in their scope, or for sales operations and audit any statement of a run that
   * was not discarded.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public StatementRecord open(long id, Viewer viewer) {
    StatementRecord s = find(id, viewer, !viewer.seesEveryone());
    s.getLines().size();
    s.getHeldWindfalls().size();
    s.getCarried().forEach(a -> a.getReason());
    return s;
  }

  /** A published statement in the viewer's scope, as {@link #open} loads it. */
  @Transactional(Transactional.TxType.REQUIRED)
  public StatementRecord published(long id, Viewer viewer) {
    StatementRecord s = find(id, viewer, true);
    s.getLines().size();
    s.getHeldWindfalls().size();
    s.getCarried().forEach(a -> a.getReason());
    return s;
  }

  private StatementRecord find(long id, Viewer viewer, boolean publishedOnly) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<StatementRecord> q = cb.createQuery(StatementRecord.class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    s.fetch(StatementRecord_.run);
    @SuppressWarnings("unchecked")
    Join<StatementRecord, Participant> p =
        (Join<StatementRecord, Participant>) s.fetch(StatementRecord_.participant);
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(s.get(StatementRecord_.id), id));
    var status = s.get(StatementRecord_.run).get(CalculationRun_.status);
    where.add(
        publishedOnly
            ? cb.equal(status, CalculationRun.Status.PUBLISHED)
            : cb.notEqual(status, CalculationRun.Status.DISCARDED));
    where.add(participants.scope(viewer, cb, p));
    q.select(s).where(where.toArray(Predicate[]::new));
    return em.createQuery(q)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("No statement " + id + " in your scope"));
  }

  /**
   * Every published version of the statement's assignment and period, oldest first: what was
   * published, and each recalculation of it.
   */
  public List<StatementRecord> versions(StatementRecord of, Viewer viewer) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<StatementRecord> q = cb.createQuery(StatementRecord.class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    @SuppressWarnings("unchecked")
    Join<StatementRecord, CalculationRun> run =
        (Join<StatementRecord, CalculationRun>) s.fetch(StatementRecord_.run);
    @SuppressWarnings("unchecked")
    Join<StatementRecord, Participant> p =
        (Join<StatementRecord, Participant>) s.fetch(StatementRecord_.participant);
    q.select(s)
        .where(
            cb.equal(s.get(StatementRecord_.assignmentId), of.getAssignmentId()),
            cb.equal(run.get(CalculationRun_.periodStart), of.getRun().getPeriodStart()),
            cb.equal(run.get(CalculationRun_.periodEnd), of.getRun().getPeriodEnd()),
            cb.equal(run.get(CalculationRun_.status), CalculationRun.Status.PUBLISHED),
            participants.scope(viewer, cb, p))
        .orderBy(cb.asc(run.get(CalculationRun_.number)));
    return em.createQuery(q).getResultList();
  }

  /** A run's statements, a page of them, by participant name. */
  public List<StatementRecord> ofRun(long runId, Filter f, int offset, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<StatementRecord> q = cb.createQuery(StatementRecord.class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    s.fetch(StatementRecord_.run);
    @SuppressWarnings("unchecked")
    Join<StatementRecord, Participant> p =
        (Join<StatementRecord, Participant>) s.fetch(StatementRecord_.participant);
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(s.get(StatementRecord_.run).get(CalculationRun_.id), runId));
    filter(cb, s, p, f, where);
    q.select(s)
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.asc(p.get(Participant_.fullName)), cb.asc(s.get(StatementRecord_.id)));
    return em.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long countOfRun(long runId, Filter f) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    Join<StatementRecord, Participant> p = s.join(StatementRecord_.participant);
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(s.get(StatementRecord_.run).get(CalculationRun_.id), runId));
    filter(cb, s, p, f, where);
    q.select(cb.count(s)).where(where.toArray(Predicate[]::new));
    return em.createQuery(q).getSingleResult();
  }

  /** The periods (start and end) of the current published statements in scope, newest first. */
  public List<LocalDate[]> publishedPeriods(Viewer viewer) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    var run = s.join(StatementRecord_.run);
    Join<StatementRecord, Participant> p = s.join(StatementRecord_.participant);
    q.multiselect(run.get(CalculationRun_.periodStart), run.get(CalculationRun_.periodEnd))
        .distinct(true)
        .where(current(cb, s, p, viewer, Filter.ANY))
        .orderBy(
            cb.desc(run.get(CalculationRun_.periodEnd)),
            cb.asc(run.get(CalculationRun_.periodStart)));
    return em.createQuery(q).getResultList().stream()
        .map(x -> new LocalDate[] {(LocalDate) x[0], (LocalDate) x[1]})
        .toList();
  }

  /**
   * What a participant was paid for the periods ending from {@code from} to {@code to}, per
   * currency: of each period the first published version (a recalculation is paid as an adjustment,
   * inside a later period's first version).
   */
  public java.util.Map<String, java.math.BigDecimal> paid(
      String username, LocalDate from, LocalDate to) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    var run = s.join(StatementRecord_.run);
    q.multiselect(s.get(StatementRecord_.currency), cb.sum(s.get(StatementRecord_.amountDue)))
        .where(
            cb.equal(s.get(StatementRecord_.participant).get(Participant_.username), username),
            cb.equal(run.get(CalculationRun_.status), CalculationRun.Status.PUBLISHED),
            cb.isNull(s.get(StatementRecord_.supersedesId)),
            cb.between(run.get(CalculationRun_.periodEnd), from, to))
        .groupBy(s.get(StatementRecord_.currency))
        .orderBy(cb.asc(s.get(StatementRecord_.currency)));
    java.util.Map<String, java.math.BigDecimal> paid = new java.util.LinkedHashMap<>();
    for (Object[] x : em.createQuery(q).getResultList()) {
      if (x[1] != null) {
        paid.put((String) x[0], (java.math.BigDecimal) x[1]);
      }
    }
    return paid;
  }

  /** What a run's statements pay in all, per currency. */
  public List<Object[]> totalsOfRun(long runId) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    q.multiselect(s.get(StatementRecord_.currency), cb.sum(s.get(StatementRecord_.amountDue)))
        .where(cb.equal(s.get(StatementRecord_.run).get(CalculationRun_.id), runId))
        .groupBy(s.get(StatementRecord_.currency))
        .orderBy(cb.asc(s.get(StatementRecord_.currency)));
    return em.createQuery(q).getResultList();
  }
}
