package org.kamcomp.calculation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kamcomp.domain.account.AccountTeamMember;
import org.kamcomp.domain.account.AccountTeamMember_;
import org.kamcomp.domain.account.Account_;
import org.kamcomp.domain.actual.MeasureResult;
import org.kamcomp.domain.actual.MeasureResult_;
import org.kamcomp.domain.actual.SalesTransaction;
import org.kamcomp.domain.actual.SalesTransaction_;
import org.kamcomp.domain.assignment.MeasureTarget;
import org.kamcomp.domain.assignment.PlanAssignment;
import org.kamcomp.domain.assignment.PlanAssignment_;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.participant.Participant_;
import org.kamcomp.domain.plan.Direction;
import org.kamcomp.domain.plan.MeasureData;
import org.kamcomp.domain.plan.MeasureDefinition;
import org.kamcomp.domain.plan.PeriodType;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.plan.PlanFitCheck;
import org.kamcomp.domain.plan.PlanFitFinding;
import org.kamcomp.domain.plan.PlanTerms;
import org.kamcomp.domain.plan.PlanVersionSnapshot;
import org.kamcomp.domain.role.RoleProfile;
import org.kamcomp.domain.role.RoleProfile_;
import org.kamcomp.scoring.Crediting;

/**
 * The plan-fit check of a plan version for a role, with what last year's actuals say: for each of
 * the plan's measures, the attainments the role's participants would have reached in each of the
 * plan's performance periods last year (their own targets, recut to the plan's periods; their
 * credited transactions by the plan's crediting rule; their results and ratings), and the role's
 * median base salary for the pay mix.
 *
 * <p>Deals are credited by the engine's own rules ({@link Crediting}); the attainments only decide
 * whether to flag a threshold or a cap and no payout is computed from them, so the rest uses
 * ordinary decimal arithmetic.
 */
@ApplicationScoped
@Transactional
public class PlanFit {

  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  @Inject PlanCatalog catalog;

  private final Clock clock = Clock.systemUTC();

  /** The findings for the version's own role, or for the role profile {@code roleCode}. */
  public List<PlanFitFinding> findings(String planCode, int number, String roleCode) {
    PlanVersionSnapshot version = catalog.version(planCode, number);
    RoleProfile role = catalog.roleProfile(roleCode == null ? version.roleProfileCode() : roleCode);
    int lastYear = LocalDate.now(clock).getYear() - 1;
    return PlanFitCheck.check(
        version.terms(), version.scorecard(), role, evidence(version, role, lastYear));
  }

  PlanFitCheck.Evidence evidence(PlanVersionSnapshot plan, RoleProfile role, int year) {
    List<Participant> people = peopleIn(role);
    if (people.isEmpty()) {
      return PlanFitCheck.Evidence.none();
    }
    BigDecimal median = medianSalary(people);
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    Map<Long, List<PlanAssignment>> assignments = assignments(people, from, to);
    if (assignments.isEmpty()) {
      return new PlanFitCheck.Evidence(median, Map.of());
    }
    Map<Long, Map<YearMonth, BigDecimal[]>> credits = credits(people, from, to, plan.terms());
    Map<Long, List<MeasureResult>> results = results(people, from, to);
    PeriodType period = plan.terms().performancePeriod();
    Map<String, List<BigDecimal>> attainments = new HashMap<>();
    for (MeasureDefinition m : plan.scorecard().measures()) {
      List<BigDecimal> found = new ArrayList<>();
      for (Participant p : people) {
        List<PlanAssignment> theirs = assignments.get(p.getId());
        if (theirs == null) {
          continue;
        }
        Map<YearMonth, BigDecimal> targets = monthlyTargets(theirs, m, year);
        for (int first = 1; first <= 12; first += period.months()) {
          List<YearMonth> months = new ArrayList<>();
          for (int i = 0; i < period.months(); i++) {
            months.add(YearMonth.of(year, first + i));
          }
          BigDecimal a =
              attainment(
                  m,
                  months,
                  targets,
                  credits.getOrDefault(p.getId(), Map.of()),
                  results.get(p.getId()));
          if (a != null) {
            found.add(a);
          }
        }
      }
      if (!found.isEmpty()) {
        attainments.put(m.code(), found);
      }
    }
    return new PlanFitCheck.Evidence(median, attainments);
  }

  private static BigDecimal attainment(
      MeasureDefinition m,
      List<YearMonth> months,
      Map<YearMonth, BigDecimal> targets,
      Map<YearMonth, BigDecimal[]> credits,
      List<MeasureResult> results) {
    YearMonth last = months.get(months.size() - 1);
    BigDecimal actual;
    BigDecimal target;
    switch (m.data()) {
      case BOOKINGS, MARGIN -> {
        int slot = m.data() == MeasureData.BOOKINGS ? 0 : 1;
        actual = sum(months, ym -> credits.containsKey(ym) ? credits.get(ym)[slot] : null);
        target = sum(months, targets::get);
      }
      case MARGIN_PERCENT -> {
        BigDecimal value = sum(months, ym -> credits.containsKey(ym) ? credits.get(ym)[0] : null);
        BigDecimal margin = sum(months, ym -> credits.containsKey(ym) ? credits.get(ym)[1] : null);
        actual =
            value == null || value.signum() == 0
                ? null
                : margin.multiply(HUNDRED).divide(value, MC);
        target = targets.get(last);
      }
      case RESULT_SUM -> {
        actual =
            resultsIn(results, m.code(), months).stream()
                .map(MeasureResult::getValue)
                .reduce(BigDecimal::add)
                .orElse(null);
        target = sum(months, targets::get);
      }
      case RESULT_LATEST, RATING -> {
        actual =
            resultsIn(results, m.code(), months).stream()
                .reduce((x, y) -> y)
                .map(MeasureResult::getValue)
                .orElse(null);
        target = targets.get(last);
      }
      default -> throw new IllegalStateException("unknown data " + m.data());
    }
    if (m.data() == MeasureData.RATING) {
      return actual;
    }
    if (actual == null && m.data().fromTransactions()) {
      actual = BigDecimal.ZERO; // a period without a credited deal
    }
    if (actual == null || target == null || target.signum() <= 0) {
      return null;
    }
    BigDecimal ratio = actual.divide(target, MC);
    return m.direction() == Direction.LOWER_IS_BETTER
        ? BigDecimal.valueOf(2).subtract(ratio).max(BigDecimal.ZERO)
        : ratio;
  }

  private static BigDecimal sum(
      List<YearMonth> months, java.util.function.Function<YearMonth, BigDecimal> value) {
    BigDecimal total = null;
    for (YearMonth ym : months) {
      BigDecimal v = value.apply(ym);
      if (v != null) {
        total = total == null ? v : total.add(v);
      }
    }
    return total;
  }

  private static List<MeasureResult> resultsIn(
      List<MeasureResult> results, String code, List<YearMonth> months) {
    if (results == null) {
      return List.of();
    }
    Set<YearMonth> within = Set.copyOf(months);
    return results.stream()
        .filter(r -> r.getMeasureCode().equals(code))
        .filter(r -> within.contains(YearMonth.from(r.getPeriodEnd())))
        .sorted(java.util.Comparator.comparing(MeasureResult::getPeriodEnd))
        .toList();
  }

  /**
   * A participant's targets on a measure per month of the year: an additive target (bookings,
   * margin, a summed result) spread evenly over its months, a cumulative schedule turned into
   * increments first; a ratio or level (margin %, satisfaction) holds for each month of its period.
   */
  static Map<YearMonth, BigDecimal> monthlyTargets(
      List<PlanAssignment> assignments, MeasureDefinition m, int year) {
    boolean additive =
        m.data() == MeasureData.BOOKINGS
            || m.data() == MeasureData.MARGIN
            || m.data() == MeasureData.RESULT_SUM;
    Map<YearMonth, BigDecimal> monthly = new TreeMap<>();
    for (PlanAssignment a : assignments) {
      PeriodType granularity = a.targetPeriod();
      boolean cumulative =
          granularity.months() < a.getPlanVersion().terms().performancePeriod().months();
      BigDecimal before = BigDecimal.ZERO;
      for (MeasureTarget t : a.getTargets()) {
        if (!t.getMeasureCode().equals(m.code()) || t.getPeriodEnd().getYear() != year) {
          continue;
        }
        BigDecimal value = t.getValue();
        if (additive && cumulative) {
          BigDecimal increment = value.subtract(before);
          before = value;
          value = increment;
        }
        YearMonth end = YearMonth.from(t.getPeriodEnd());
        for (int i = 0; i < granularity.months(); i++) {
          YearMonth ym = end.minusMonths(i);
          monthly.put(
              ym, additive ? value.divide(BigDecimal.valueOf(granularity.months()), MC) : value);
        }
      }
    }
    return monthly;
  }

  private List<Participant> peopleIn(RoleProfile role) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Participant> q = cb.createQuery(Participant.class);
    Root<Participant> p = q.from(Participant.class);
    q.select(p)
        .where(cb.equal(p.get(Participant_.roleProfile).get(RoleProfile_.code), role.getCode()));
    return em.createQuery(q).getResultList();
  }

  private static BigDecimal medianSalary(List<Participant> people) {
    List<BigDecimal> salaries =
        people.stream()
            .map(p -> p.getBaseSalary().orElse(null))
            .filter(java.util.Objects::nonNull)
            .sorted()
            .toList();
    return salaries.isEmpty() ? null : salaries.get(salaries.size() / 2);
  }

  private Map<Long, List<PlanAssignment>> assignments(
      List<Participant> people, LocalDate from, LocalDate to) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<PlanAssignment> q = cb.createQuery(PlanAssignment.class);
    Root<PlanAssignment> a = q.from(PlanAssignment.class);
    q.select(a)
        .where(
            a.get(PlanAssignment_.participant).in(people),
            cb.lessThanOrEqualTo(a.get(PlanAssignment_.validFrom), to),
            cb.greaterThanOrEqualTo(a.get(PlanAssignment_.validTo), from));
    return em.createQuery(q).getResultList().stream()
        .collect(Collectors.groupingBy(x -> x.getParticipant().getId()));
  }

  /**
   * Per participant and month: credited value and credited margin, by the plan's crediting rule and
   * clawback window — the engine's own crediting ({@link Crediting}).
   */
  private Map<Long, Map<YearMonth, BigDecimal[]>> credits(
      List<Participant> people, LocalDate from, LocalDate to, PlanTerms terms) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AccountTeamMember> tq = cb.createQuery(AccountTeamMember.class);
    Root<AccountTeamMember> m = tq.from(AccountTeamMember.class);
    m.fetch(AccountTeamMember_.participant);
    tq.select(m).where(m.get(AccountTeamMember_.participant).in(people));
    List<Crediting.Membership> memberships = new ArrayList<>();
    Set<Long> accounts = new HashSet<>();
    for (AccountTeamMember member : em.createQuery(tq).getResultList()) {
      memberships.add(EngineInputs.membership(member));
      accounts.add(member.getAccountId());
    }
    Map<Long, Map<YearMonth, BigDecimal[]>> credits = new HashMap<>();
    if (accounts.isEmpty()) {
      return credits;
    }
    List<Crediting.Deal> deals = new ArrayList<>();
    List<Long> accountIds = List.copyOf(accounts);
    for (int i = 0; i < accountIds.size(); i += 1000) {
      CriteriaQuery<SalesTransaction> q = cb.createQuery(SalesTransaction.class);
      Root<SalesTransaction> t = q.from(SalesTransaction.class);
      q.select(t)
          .where(
              t.get(SalesTransaction_.account)
                  .get(Account_.id)
                  .in(accountIds.subList(i, Math.min(accountIds.size(), i + 1000))),
              cb.between(t.get(SalesTransaction_.bookingDate), from, to));
      em.createQuery(q).getResultList().forEach(x -> deals.add(EngineInputs.deal(x)));
    }
    Map<String, Long> ids = new HashMap<>();
    people.forEach(p -> ids.put(p.getUsername(), p.getId()));
    for (Crediting.Credit c :
        Crediting.credits(
            deals,
            memberships,
            Crediting.Rule.valueOf(terms.creditingRule().name()),
            terms.clawbackWindowMonths(),
            true)) {
      Long id = ids.get(c.participant());
      if (id == null || c.date().isBefore(from) || c.date().isAfter(to)) {
        continue;
      }
      BigDecimal[] month =
          credits
              .computeIfAbsent(id, k -> new HashMap<>())
              .computeIfAbsent(
                  YearMonth.from(c.date()),
                  k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      month[0] = month[0].add(c.value().round(10, RoundingMode.HALF_UP));
      month[1] = month[1].add(c.margin().round(10, RoundingMode.HALF_UP));
    }
    return credits;
  }

  private Map<Long, List<MeasureResult>> results(
      List<Participant> people, LocalDate from, LocalDate to) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<MeasureResult> q = cb.createQuery(MeasureResult.class);
    Root<MeasureResult> r = q.from(MeasureResult.class);
    q.select(r)
        .where(
            r.get(MeasureResult_.participant).in(people),
            cb.between(r.get(MeasureResult_.periodEnd), from, to));
    return em.createQuery(q).getResultList().stream()
        .collect(Collectors.groupingBy(x -> x.getParticipant().getId()));
  }
}
