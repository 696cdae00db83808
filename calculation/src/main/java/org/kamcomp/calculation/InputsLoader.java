package org.kamcomp.calculation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kamcomp.domain.account.AccountTeamMember;
import org.kamcomp.domain.account.AccountTeamMember_;
import org.kamcomp.domain.account.Account_;
import org.kamcomp.domain.actual.MeasureResult;
import org.kamcomp.domain.actual.MeasureResult_;
import org.kamcomp.domain.actual.SalesTransaction;
import org.kamcomp.domain.actual.SalesTransaction_;
import org.kamcomp.domain.actual.WindfallRelease;
import org.kamcomp.domain.actual.WindfallRelease_;
import org.kamcomp.domain.assignment.MeasureTarget_;
import org.kamcomp.domain.assignment.PlanAssignment;
import org.kamcomp.domain.assignment.PlanAssignment_;
import org.kamcomp.domain.participant.Participant_;
import org.kamcomp.domain.plan.PlanVersion;
import org.kamcomp.domain.plan.PlanVersion_;
import org.kamcomp.scoring.Actuals;
import org.kamcomp.scoring.Crediting;
import org.kamcomp.scoring.PlanRules;
import org.kamcomp.scoring.Targets;

/**
 * Reads what the pipeline needs about a block of participants from the platform's data, as plain
 * values in a few queries a block: their assignments with targets, their places on account teams,
 * the deals booked (or cancelled) on those accounts in the span, and their results and ratings.
 * Runs read a large population block by block, so memory stays flat however many there are; what-if
 * and plan fit read a role's participants the same way. Accounts are named by their ids.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InputsLoader {

  private static final int IN_LIST = 1000;

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  /** Plan versions as the pipeline reads them; an approved or draft version read once. */
  private final Map<Long, PlanRules> plans = new ConcurrentHashMap<>();

  /** An assignment as read: who, which plan version, the days. */
  public record AssignmentRow(
      long id, long participantId, long planVersionId, LocalDate from, LocalDate to) {}

  /** A participant as read, with their assignments touching the span. */
  public record Person(
      long id, String username, String fullName, BigDecimal baseSalary, Currency currency) {}

  /** What a block of participants holds: people, assignments, targets, teams, deals, results. */
  public record Block(
      Map<Long, Person> people,
      Map<Long, List<AssignmentRow>> assignments,
      Map<Long, Targets> targets,
      Map<String, List<Crediting.Membership>> memberships,
      Map<String, List<Crediting.Deal>> deals,
      Map<Long, List<Actuals.Result>> results) {

    /** The participant's places on account teams. */
    public List<Crediting.Membership> membershipsOf(long participant) {
      Person p = people.get(participant);
      return p == null ? List.of() : memberships.getOrDefault(p.username(), List.of());
    }
  }

  /** The rules of a plan version, read once. */
  public PlanRules plan(long planVersionId) {
    return plans.computeIfAbsent(
        planVersionId, id -> em.find(PlanVersion.class, id).rules().requireValid());
  }

  /** Forgets the plan versions read: a draft may have changed (what-if reads drafts). */
  public void forget(long planVersionId) {
    plans.remove(planVersionId);
  }

  /**
   * The ids of participants with an assignment touching {@code from} to {@code to}, after {@code
   * after} and up to {@code upTo} (both may be null), in order, at most {@code limit}; only those
   * named, when {@code only} is not empty.
   */
  public List<Long> participantsTouching(
      LocalDate from, LocalDate to, Long after, Long upTo, Set<String> only, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<PlanAssignment> a = q.from(PlanAssignment.class);
    var id = a.get(PlanAssignment_.participant).get(Participant_.id);
    List<Predicate> where = new ArrayList<>();
    where.add(cb.lessThanOrEqualTo(a.get(PlanAssignment_.validFrom), to));
    where.add(cb.greaterThanOrEqualTo(a.get(PlanAssignment_.validTo), from));
    if (after != null) {
      where.add(cb.greaterThan(id, after));
    }
    if (upTo != null) {
      where.add(cb.lessThanOrEqualTo(id, upTo));
    }
    if (!only.isEmpty()) {
      where.add(a.get(PlanAssignment_.participant).get(Participant_.username).in(only));
    }
    q.select(id).distinct(true).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(id));
    return em.createQuery(q).setMaxResults(limit).getResultList();
  }

  /** How many participants have an assignment touching the span (only those named, if any). */
  public long countTouching(LocalDate from, LocalDate to, Set<String> only) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<PlanAssignment> a = q.from(PlanAssignment.class);
    var id = a.get(PlanAssignment_.participant).get(Participant_.id);
    List<Predicate> where = new ArrayList<>();
    where.add(cb.lessThanOrEqualTo(a.get(PlanAssignment_.validFrom), to));
    where.add(cb.greaterThanOrEqualTo(a.get(PlanAssignment_.validTo), from));
    if (!only.isEmpty()) {
      where.add(a.get(PlanAssignment_.participant).get(Participant_.username).in(only));
    }
    q.select(cb.countDistinct(id)).where(where.toArray(Predicate[]::new));
    return em.createQuery(q).getSingleResult();
  }

  /**
   * The participant id at {@code position} (from 0) among those touching the span, in order: the
   * boundaries of a run's partitions.
   */
  public Long participantAt(LocalDate from, LocalDate to, Set<String> only, long position) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<PlanAssignment> a = q.from(PlanAssignment.class);
    var id = a.get(PlanAssignment_.participant).get(Participant_.id);
    List<Predicate> where = new ArrayList<>();
    where.add(cb.lessThanOrEqualTo(a.get(PlanAssignment_.validFrom), to));
    where.add(cb.greaterThanOrEqualTo(a.get(PlanAssignment_.validTo), from));
    if (!only.isEmpty()) {
      where.add(a.get(PlanAssignment_.participant).get(Participant_.username).in(only));
    }
    q.select(id).distinct(true).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(id));
    return em.createQuery(q)
        .setFirstResult((int) position)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * Everything about these participants the pipeline reads for a payout period from {@code
   * periodStart} to {@code periodEnd} whose data span from {@code dataFrom}: their assignments
   * touching the period, the targets of those assignments up to {@code targetsTo}, their team
   * places, the deals on those accounts booked or cancelled in the span, their results in it.
   */
  public Block block(
      Collection<Long> ids,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate dataFrom,
      LocalDate targetsFrom,
      LocalDate targetsTo) {
    Map<Long, Person> people = new LinkedHashMap<>();
    Map<Long, List<AssignmentRow>> assignments = new HashMap<>();
    Map<Long, Targets> targets = new HashMap<>();
    Map<String, List<Crediting.Membership>> memberships = new HashMap<>();
    Map<String, List<Crediting.Deal>> deals = new HashMap<>();
    Map<Long, List<Actuals.Result>> results = new HashMap<>();
    List<Long> all = List.copyOf(ids);
    for (int i = 0; i < all.size(); i += IN_LIST) {
      List<Long> part = all.subList(i, Math.min(all.size(), i + IN_LIST));
      readAssignments(part, periodStart, periodEnd, people, assignments);
      readTargets(part, periodStart, periodEnd, targetsFrom, targetsTo, targets);
      Map<Long, String> accounts = readMemberships(part, memberships);
      readDeals(accounts, dataFrom, periodEnd, deals);
      readResults(part, dataFrom, periodEnd, results);
    }
    return new Block(people, assignments, targets, memberships, deals, results);
  }

  private void readAssignments(
      List<Long> ids,
      LocalDate from,
      LocalDate to,
      Map<Long, Person> people,
      Map<Long, List<AssignmentRow>> assignments) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<PlanAssignment> a = q.from(PlanAssignment.class);
    var p = a.join(PlanAssignment_.participant);
    q.multiselect(
            a.get(PlanAssignment_.id),
            p.get(Participant_.id),
            p.get(Participant_.username),
            p.get(Participant_.fullName),
            p.get(Participant_.baseSalary),
            p.get(Participant_.currency),
            a.get(PlanAssignment_.planVersion).get(PlanVersion_.id),
            a.get(PlanAssignment_.validFrom),
            a.get(PlanAssignment_.validTo))
        .where(
            p.get(Participant_.id).in(ids),
            cb.lessThanOrEqualTo(a.get(PlanAssignment_.validFrom), to),
            cb.greaterThanOrEqualTo(a.get(PlanAssignment_.validTo), from))
        .orderBy(cb.asc(p.get(Participant_.id)), cb.asc(a.get(PlanAssignment_.validFrom)));
    for (Tuple t : em.createQuery(q).getResultList()) {
      long participant = t.get(1, Long.class);
      people.computeIfAbsent(
          participant,
          k ->
              new Person(
                  participant,
                  t.get(2, String.class),
                  t.get(3, String.class),
                  t.get(4, BigDecimal.class),
                  Currency.getInstance(t.get(5, String.class))));
      assignments
          .computeIfAbsent(participant, k -> new ArrayList<>())
          .add(
              new AssignmentRow(
                  t.get(0, Long.class),
                  participant,
                  t.get(6, Long.class),
                  t.get(7, LocalDate.class),
                  t.get(8, LocalDate.class)));
    }
  }

  private void readTargets(
      List<Long> ids,
      LocalDate from,
      LocalDate to,
      LocalDate targetsFrom,
      LocalDate targetsTo,
      Map<Long, Targets> targets) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<PlanAssignment> a = q.from(PlanAssignment.class);
    var t = a.join(PlanAssignment_.targets);
    q.multiselect(
            a.get(PlanAssignment_.id),
            t.get(MeasureTarget_.measureCode),
            t.get(MeasureTarget_.periodEnd),
            t.get(MeasureTarget_.value))
        .where(
            a.get(PlanAssignment_.participant).get(Participant_.id).in(ids),
            cb.lessThanOrEqualTo(a.get(PlanAssignment_.validFrom), to),
            cb.greaterThanOrEqualTo(a.get(PlanAssignment_.validTo), from),
            cb.between(t.get(MeasureTarget_.periodEnd), targetsFrom, targetsTo));
    for (Tuple x : em.createQuery(q).getResultList()) {
      targets
          .computeIfAbsent(x.get(0, Long.class), k -> new Targets())
          .set(x.get(1, String.class), x.get(2, LocalDate.class), x.get(3, BigDecimal.class));
    }
  }

  /**
   * The participants' team places, keyed by user name; returns the accounts they are on (id to
   * code: the pipeline and the statements name an account by its code).
   */
  private Map<Long, String> readMemberships(
      List<Long> ids, Map<String, List<Crediting.Membership>> memberships) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<AccountTeamMember> m = q.from(AccountTeamMember.class);
    var p = m.join(AccountTeamMember_.participant);
    var account = m.join(AccountTeamMember_.account);
    q.multiselect(
            account.get(Account_.id),
            p.get(Participant_.username),
            m.get(AccountTeamMember_.splitPercent),
            m.get(AccountTeamMember_.validFrom),
            m.get(AccountTeamMember_.validTo),
            m.get(AccountTeamMember_.role),
            account.get(Account_.code))
        .where(p.get(Participant_.id).in(ids));
    Map<Long, String> accounts = new HashMap<>();
    for (Tuple t : em.createQuery(q).getResultList()) {
      String code = t.get(6, String.class);
      accounts.put(t.get(0, Long.class), code);
      String username = t.get(1, String.class);
      memberships
          .computeIfAbsent(username, k -> new ArrayList<>())
          .add(
              new Crediting.Membership(
                  code,
                  username,
                  t.get(2, BigDecimal.class),
                  t.get(3, LocalDate.class),
                  t.get(4, LocalDate.class),
                  t.get(5, Crediting.Role.class)));
    }
    return accounts;
  }

  /**
   * The deals on these accounts booked in the span, or cancelled in it (a clawback inside a long
   * window reaches back to deals booked long before).
   */
  private void readDeals(
      Map<Long, String> accounts,
      LocalDate from,
      LocalDate to,
      Map<String, List<Crediting.Deal>> deals) {
    List<Long> ids = new ArrayList<>(accounts.keySet());
    ids.removeIf(id -> deals.containsKey(accounts.get(id)));
    for (Long id : ids) {
      deals.put(accounts.get(id), new ArrayList<>());
    }
    for (int i = 0; i < ids.size(); i += IN_LIST) {
      List<Long> part = ids.subList(i, Math.min(ids.size(), i + IN_LIST));
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Tuple> q = cb.createTupleQuery();
      Root<SalesTransaction> x = q.from(SalesTransaction.class);
      q.multiselect(
              x.get(SalesTransaction_.externalId),
              x.get(SalesTransaction_.account).get(Account_.id),
              x.get(SalesTransaction_.bookingDate),
              x.get(SalesTransaction_.amount),
              x.get(SalesTransaction_.margin),
              x.get(SalesTransaction_.currency),
              x.get(SalesTransaction_.contractTermMonths),
              x.get(SalesTransaction_.firstYearAmount),
              x.get(SalesTransaction_.cancelledOn))
          .where(
              x.get(SalesTransaction_.account).get(Account_.id).in(part),
              cb.or(
                  cb.between(x.get(SalesTransaction_.bookingDate), from, to),
                  cb.between(x.get(SalesTransaction_.cancelledOn), from, to)));
      for (Tuple t : em.createQuery(q).getResultList()) {
        String account = accounts.get(t.get(1, Long.class));
        deals
            .get(account)
            .add(
                new Crediting.Deal(
                    t.get(0, String.class),
                    account,
                    t.get(2, LocalDate.class),
                    t.get(3, BigDecimal.class),
                    t.get(4, BigDecimal.class),
                    Currency.getInstance(t.get(5, String.class)),
                    t.get(6, Integer.class),
                    t.get(7, BigDecimal.class),
                    t.get(8, LocalDate.class)));
      }
    }
  }

  private void readResults(
      List<Long> ids, LocalDate from, LocalDate to, Map<Long, List<Actuals.Result>> results) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<MeasureResult> r = q.from(MeasureResult.class);
    q.multiselect(
            r.get(MeasureResult_.participant).get(Participant_.id),
            r.get(MeasureResult_.measureCode),
            r.get(MeasureResult_.periodEnd),
            r.get(MeasureResult_.value))
        .where(
            r.get(MeasureResult_.participant).get(Participant_.id).in(ids),
            cb.between(r.get(MeasureResult_.periodEnd), from, to));
    for (Tuple t : em.createQuery(q).getResultList()) {
      results
          .computeIfAbsent(t.get(0, Long.class), k -> new ArrayList<>())
          .add(
              new Actuals.Result(
                  t.get(1, String.class), t.get(2, LocalDate.class), t.get(3, BigDecimal.class)));
    }
  }

  /** The ids of participants of a role profile with an assignment touching the span, in order. */
  public List<Long> participantsOfRole(String roleCode, LocalDate from, LocalDate to) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<PlanAssignment> a = q.from(PlanAssignment.class);
    var p = a.join(PlanAssignment_.participant);
    q.select(p.get(Participant_.id))
        .distinct(true)
        .where(
            cb.equal(
                p.get(Participant_.roleProfile).get(org.kamcomp.domain.role.RoleProfile_.code),
                roleCode),
            cb.lessThanOrEqualTo(a.get(PlanAssignment_.validFrom), to),
            cb.greaterThanOrEqualTo(a.get(PlanAssignment_.validTo), from))
        .orderBy(cb.asc(p.get(Participant_.id)));
    return em.createQuery(q).getResultList();
  }

  /** A participant's user name. */
  public String usernameOf(long id) {
    return em.find(org.kamcomp.domain.participant.Participant.class, id).getUsername();
  }

  /** The first day any assignment starts, or null when there is none. */
  public LocalDate firstAssignedDay() {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<LocalDate> q = cb.createQuery(LocalDate.class);
    Root<PlanAssignment> a = q.from(PlanAssignment.class);
    q.select(cb.least(a.get(PlanAssignment_.validFrom)));
    return em.createQuery(q).getSingleResult();
  }

  /** The ids of the deals sales operations released from windfall review. */
  public Set<String> releasedWindfalls() {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<String> q = cb.createQuery(String.class);
    Root<WindfallRelease> r = q.from(WindfallRelease.class);
    q.select(r.get(WindfallRelease_.deal).get(SalesTransaction_.externalId));
    return new HashSet<>(em.createQuery(q).getResultList());
  }
}
