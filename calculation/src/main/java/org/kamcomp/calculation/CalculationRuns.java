package org.kamcomp.calculation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.account.AccountTeamMember;
import org.kamcomp.domain.account.AccountTeamMember_;
import org.kamcomp.domain.account.Account_;
import org.kamcomp.domain.actual.MeasureResult;
import org.kamcomp.domain.actual.MeasureResult_;
import org.kamcomp.domain.actual.SalesTransaction;
import org.kamcomp.domain.actual.SalesTransaction_;
import org.kamcomp.domain.assignment.PlanAssignment;
import org.kamcomp.domain.assignment.PlanAssignment_;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.participant.ParticipantRepository;
import org.kamcomp.domain.plan.CurvePoint;
import org.kamcomp.domain.plan.MeasureData;
import org.kamcomp.domain.plan.MeasureDefinition;
import org.kamcomp.domain.plan.PeriodType;
import org.kamcomp.domain.plan.PlanTerms;
import org.kamcomp.domain.plan.PlanVersion;
import org.kamcomp.domain.plan.TargetIncentive;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.problem.NotFoundException;
import org.kamcomp.domain.statement.Adjustment;
import org.kamcomp.domain.statement.Adjustment_;
import org.kamcomp.domain.statement.CalculationRun;
import org.kamcomp.domain.statement.CalculationRun_;
import org.kamcomp.domain.statement.StatementRecord;
import org.kamcomp.domain.statement.StatementRecord_;
import org.kamcomp.scoring.Adjustments;
import org.kamcomp.scoring.Advances;
import org.kamcomp.scoring.Crediting;
import org.kamcomp.scoring.Rational;
import org.kamcomp.scoring.Scorecard;
import org.kamcomp.scoring.ScorecardEngine;
import org.kamcomp.scoring.Statement;
import org.kamcomp.scoring.Windfall;

/**
 * Calculation runs: for a period, every assignment that touches it is calculated by the engine from
 * the platform's data, and the statements are kept with the run, all in one transaction (a run
 * interrupted by a crash leaves nothing; started again, it gives the same result). A plan whose
 * performance period is the run's period gets a period statement; an annual plan paying advances at
 * the run's period end gets its year-to-date statement and the advance (the true-up at year end),
 * net of the advances published before. Anything that cannot be calculated (no target, no rating,
 * no base salary, a period that does not fit the plan) is a held statement with the reason.
 */
@ApplicationScoped
@Transactional
public class CalculationRuns {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int WRITE_BATCH = 500;
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(CalculationRuns.class.getName());

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  @jakarta.inject.Inject ParticipantRepository participants;
  @jakarta.inject.Inject RunProgress progress;

  private final Clock clock = Clock.systemUTC();

  /** A run's figures, for lists. */
  public record Summary(
      long id,
      String periodStart,
      String periodEnd,
      int number,
      String status,
      String startedBy,
      String startedAt,
      String publishedBy,
      long statements,
      long held,
      String selection) {}

  /** Calculates every assignment touching the period into a new run. */
  public Summary start(LocalDate start, LocalDate end, String by) {
    return start(start, end, Set.of(), by);
  }

  /**
   * Calculates the assignments touching the period into a new run: everyone's, or only those of the
   * participants named (user names), e.g. to recalculate a few after a late correction.
   */
  public Summary start(LocalDate start, LocalDate end, Set<String> only, String by) {
    if (start == null
        || end == null
        || end.isBefore(start)
        || start.getDayOfMonth() != 1
        || !end.equals(end.withDayOfMonth(end.lengthOfMonth()))) {
      throw new InvalidInputException(
          "periodEnd", "A run's period runs from a month's first day to a month's last day");
    }
    RunProgress.Running running = progress.begin(start, end, by);
    try {
      return calculate(start, end, only, by, running);
    } finally {
      progress.end(running);
    }
  }

  private Summary calculate(
      LocalDate start, LocalDate end, Set<String> only, String by, RunProgress.Running running) {
    CalculationRun run =
        new CalculationRun(start, end, nextNumber(start, end), by, clock.instant());
    run.forOnly(only);
    em.persist(run);
    em.flush();
    long t0 = System.nanoTime();
    List<PlanAssignment> touching = Inputs.touching(em, start, end);
    if (!only.isEmpty()) {
      Set<String> found = new HashSet<>();
      touching =
          touching.stream()
              .filter(a -> only.contains(a.getParticipant().getUsername()))
              .peek(a -> found.add(a.getParticipant().getUsername()))
              .toList();
      Set<String> missing = new java.util.TreeSet<>(only);
      missing.removeAll(found);
      if (!missing.isEmpty()) {
        throw new InvalidInputException(
            "participants",
            "No assignment touches " + start + " to " + end + " for " + String.join(", ", missing));
      }
    }
    Inputs inputs = new Inputs(em, touching, start.withDayOfYear(1), end);
    Map<Long, StatementRecord> published = publishedFor(start, end);
    // From here on the inputs are only read: let the persistence context go, so that writing the
    // statements in batches never checks 100,000 assignments for changes again.
    inputs.loadAll();
    em.clear();
    long t1 = System.nanoTime();
    Map<Participant, List<PlanAssignment>> byParticipant = new java.util.LinkedHashMap<>();
    inputs.assignments.forEach(
        a -> byParticipant.computeIfAbsent(a.getParticipant(), k -> new ArrayList<>()).add(a));
    progress.total(running, byParticipant.size());
    List<StatementRecord> written = new ArrayList<>();
    byParticipant.forEach(
        (p, assignments) -> {
          boolean restatement =
              assignments.stream().anyMatch(a -> published.containsKey(a.getId()));
          List<Adjustment> carried = inputs.adjustmentsToCarry(p, start, end, restatement);
          List<StatementRecord> statements = new ArrayList<>();
          for (PlanAssignment a : assignments) {
            StatementRecord statement = statement(run, a, inputs);
            StatementRecord before = published.get(a.getId());
            if (before != null) {
              statement.recalculates(before);
            }
            statements.add(statement);
          }
          carry(statements, carried);
          statements.forEach(em::persist);
          progress.step(running);
          // Written in batches and let go: a run of 100,000 statements never holds them all.
          written.addAll(statements);
          if (written.size() >= WRITE_BATCH) {
            em.flush();
            em.clear();
            written.clear();
          }
        });
    em.flush();
    LOG.info(
        String.format(
            "Run %d of %s to %s: %d participants; inputs read in %d ms, calculated and written in %d"
                + " ms",
            run.getNumber(),
            start,
            end,
            byParticipant.size(),
            (t1 - t0) / 1_000_000,
            (System.nanoTime() - t1) / 1_000_000));
    return summary(run);
  }

  /**
   * Puts the adjustments on the participant's statements that can pay them: a calculated one in the
   * adjustment's currency, the corrected assignment's own where it has one. Adjustments that find
   * no such statement (all held) wait for the next period.
   */
  private static void carry(List<StatementRecord> statements, List<Adjustment> adjustments) {
    Map<StatementRecord, List<Adjustment>> on = new java.util.LinkedHashMap<>();
    for (Adjustment adj : adjustments) {
      statements.stream()
          .filter(s -> s.getStatus() == StatementRecord.Status.CALCULATED)
          .filter(s -> s.getCurrency().equals(adj.getCurrency()))
          .min(
              Comparator.comparing(
                  (StatementRecord s) -> s.getAssignmentId() != adj.getSourceAssignmentId()))
          .ifPresent(s -> on.computeIfAbsent(s, k -> new ArrayList<>()).add(adj));
    }
    on.forEach(
        (s, list) -> {
          int digits = java.util.Currency.getInstance(s.getCurrency()).getDefaultFractionDigits();
          Adjustments.Carried c =
              Adjustments.carry(
                  s.getAmountDue(), list.stream().map(CalculationRuns::engine).toList(), digits);
          s.carry(
              c.adjustments(),
              c.total(),
              StatementDocument.withAdjustments(s.getDocument(), list, c));
        });
  }

  static Adjustments.Adjustment engine(Adjustment a) {
    return new Adjustments.Adjustment(a.getReason(), a.getAmount(), a.isAdvance());
  }

  /**
   * Publishes a run: its statements become final and visible; the differences of recalculated
   * statements become adjustments for the next open period, and the adjustments its statements
   * carried are settled. A run calculated before another run was published (or an adjustment
   * decided) may have counted what that changed wrongly: it must be started again.
   */
  public Summary publish(long runId, String by) {
    CalculationRun run = run(runId);
    java.time.Instant since = run.getStartedAt();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<CalculationRun> later = cb.createQuery(CalculationRun.class);
    Root<CalculationRun> r = later.from(CalculationRun.class);
    later.select(r).where(cb.greaterThan(r.get(CalculationRun_.publishedAt), since));
    for (CalculationRun other : em.createQuery(later).setMaxResults(1).getResultList()) {
      throw new org.kamcomp.domain.problem.ConflictException(
          "Run "
              + other.getNumber()
              + " of "
              + other.getPeriodStart()
              + " to "
              + other.getPeriodEnd()
              + " was published after this run was calculated: start this run again so that its"
              + " statements count what that one paid");
    }
    CriteriaQuery<Long> decided = cb.createQuery(Long.class);
    Root<Adjustment> d = decided.from(Adjustment.class);
    decided.select(cb.count(d)).where(cb.greaterThan(d.get(Adjustment_.createdAt), since));
    CriteriaQuery<Long> releasedLater = cb.createQuery(Long.class);
    Root<org.kamcomp.domain.actual.WindfallRelease> w =
        releasedLater.from(org.kamcomp.domain.actual.WindfallRelease.class);
    releasedLater
        .select(cb.count(w))
        .where(cb.greaterThan(w.get(org.kamcomp.domain.actual.WindfallRelease_.releasedAt), since));
    if (em.createQuery(decided).getSingleResult() > 0
        || em.createQuery(releasedLater).getSingleResult() > 0) {
      throw new org.kamcomp.domain.problem.ConflictException(
          "An adjustment or a windfall release was decided after this run was calculated: start"
              + " this run again so that its statements count it");
    }
    run.publish(by, clock.instant());
    String period = run.getPeriodStart() + " to " + run.getPeriodEnd();
    for (StatementRecord s : statements(runId, true)) {
      if (s.getStatus() == StatementRecord.Status.CALCULATED && s.getPreviousDue() != null) {
        Adjustments.recalculation(
                period + " (run " + run.getNumber() + ")",
                s.getPreviousDue().subtract(s.getAdjustments()),
                s.getOwnDue(),
                false)
            .ifPresent(
                a ->
                    em.persist(
                        new Adjustment(
                            s,
                            Adjustment.Source.RECALCULATION,
                            a.amount(),
                            a.reason(),
                            by,
                            clock.instant())));
      }
      if (s.carriesAdjustments()) {
        for (long id : StatementDocument.adjustmentIds(s.getDocument())) {
          em.find(Adjustment.class, id).settledBy(s);
        }
      }
    }
    em.flush();
    return summary(run);
  }

  public List<Summary> runs() {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<CalculationRun> q = cb.createQuery(CalculationRun.class);
    Root<CalculationRun> r = q.from(CalculationRun.class);
    q.select(r).orderBy(cb.desc(r.get(CalculationRun_.id)));
    return em.createQuery(q).getResultList().stream().map(this::summary).toList();
  }

  /** The statements of a run, by participant. */
  public List<StatementRecord> statements(long runId) {
    return statements(runId, false);
  }

  /**
   * The statements of a run in the order written; with {@code changingOnly}, those that recalculate
   * a published one or carry adjustments (what publishing acts on).
   */
  private List<StatementRecord> statements(long runId, boolean changingOnly) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<StatementRecord> q = cb.createQuery(StatementRecord.class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    s.fetch(StatementRecord_.participant);
    s.fetch(StatementRecord_.run);
    var ofRun = cb.equal(s.get(StatementRecord_.run).get(CalculationRun_.id), runId);
    q.select(s)
        .where(
            changingOnly
                ? cb.and(
                    ofRun,
                    cb.or(
                        cb.isNotNull(s.get(StatementRecord_.previousDue)),
                        cb.isNotNull(s.get(StatementRecord_.adjustments))))
                : ofRun)
        .orderBy(cb.asc(s.get(StatementRecord_.id)));
    return em.createQuery(q).getResultList();
  }

  /**
   * The published statements the viewer may see (their own, their reporting line's, or all for
   * sales operations and audit), newest first.
   */
  public List<StatementRecord> published(Viewer viewer) {
    return published(viewer, null);
  }

  /** One published statement, if the viewer may see it. */
  public StatementRecord publishedStatement(long id, Viewer viewer) {
    return published(viewer, id).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("No statement " + id + " in your scope"));
  }

  private List<StatementRecord> published(Viewer viewer, Long id) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<StatementRecord> q = cb.createQuery(StatementRecord.class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    s.fetch(StatementRecord_.run);
    // Fetched, not only joined: the views read the participant after the transaction.
    @SuppressWarnings("unchecked")
    var p =
        (jakarta.persistence.criteria.Join<StatementRecord, Participant>)
            s.fetch(StatementRecord_.participant);
    List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
    where.add(
        cb.equal(
            s.get(StatementRecord_.run).get(CalculationRun_.status),
            CalculationRun.Status.PUBLISHED));
    where.add(participants.scope(viewer, cb, p));
    if (id != null) {
      where.add(cb.equal(s.get(StatementRecord_.id), id));
    }
    q.select(s)
        .where(where.toArray(jakarta.persistence.criteria.Predicate[]::new))
        .orderBy(cb.desc(s.get(StatementRecord_.id)));
    return em.createQuery(q).getResultList();
  }

  /** The latest published statement of each assignment for exactly this period. */
  private Map<Long, StatementRecord> publishedFor(LocalDate start, LocalDate end) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<StatementRecord> q = cb.createQuery(StatementRecord.class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    var run = s.join(StatementRecord_.run);
    q.select(s)
        .where(
            cb.equal(run.get(CalculationRun_.status), CalculationRun.Status.PUBLISHED),
            cb.equal(run.get(CalculationRun_.periodStart), start),
            cb.equal(run.get(CalculationRun_.periodEnd), end));
    Map<Long, StatementRecord> latest = new HashMap<>();
    for (StatementRecord x : em.createQuery(q).getResultList()) {
      latest.merge(
          x.getAssignmentId(),
          x,
          (a, b) -> a.getRun().getNumber() >= b.getRun().getNumber() ? a : b);
    }
    return latest;
  }

  private CalculationRun run(long id) {
    CalculationRun run = em.find(CalculationRun.class, id);
    if (run == null) {
      throw new NotFoundException("No calculation run " + id);
    }
    return run;
  }

  private int nextNumber(LocalDate start, LocalDate end) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Integer> q = cb.createQuery(Integer.class);
    Root<CalculationRun> r = q.from(CalculationRun.class);
    q.select(cb.max(r.get(CalculationRun_.number)))
        .where(
            cb.equal(r.get(CalculationRun_.periodStart), start),
            cb.equal(r.get(CalculationRun_.periodEnd), end));
    Integer max = em.createQuery(q).getSingleResult();
    return max == null ? 1 : max + 1;
  }

  private Summary summary(CalculationRun run) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    var ofRun = cb.equal(s.get(StatementRecord_.run), run);
    long all = em.createQuery(q.select(cb.count(s)).where(ofRun)).getSingleResult();
    long held =
        em.createQuery(
                q.select(cb.count(s))
                    .where(
                        ofRun,
                        cb.equal(s.get(StatementRecord_.status), StatementRecord.Status.HELD)))
            .getSingleResult();
    return new Summary(
        run.getId(),
        run.getPeriodStart().toString(),
        run.getPeriodEnd().toString(),
        run.getNumber(),
        run.getStatus().name(),
        run.getStartedBy(),
        run.getStartedAt().toString(),
        run.getPublishedBy(),
        all,
        held,
        run.getSelection());
  }

  // --- one assignment --------------------------------------------------------------------------

  private StatementRecord statement(CalculationRun run, PlanAssignment a, Inputs inputs) {
    PlanVersion version = a.getPlanVersion();
    PlanTerms terms = version.terms();
    LocalDate start = run.getPeriodStart();
    LocalDate end = run.getPeriodEnd();
    int runMonths = (int) ChronoUnit.MONTHS.between(start, end.plusDays(1));
    PeriodType period = terms.performancePeriod();
    boolean advances =
        terms.advanceRatePercent() != null
            && period == PeriodType.YEAR
            && terms.payoutFrequency().months() == runMonths
            && terms.payoutFrequency().isPeriodEnd(end);
    StatementRecord.Kind kind;
    LocalDate windowStart;
    if (advances) {
      windowStart = end.withDayOfYear(1);
      kind =
          end.getMonthValue() == 12 ? StatementRecord.Kind.TRUE_UP : StatementRecord.Kind.ADVANCE;
    } else if (period.months() == runMonths && period.isPeriodEnd(end)) {
      windowStart = start;
      kind = StatementRecord.Kind.PERIOD;
    } else {
      return held(
          run,
          a,
          StatementRecord.Kind.PERIOD,
          "The run's period ("
              + runMonths
              + " months to "
              + end
              + ") is not a payout date of plan "
              + version.getPlan().getCode()
              + " ("
              + period.name().toLowerCase()
              + " paid every "
              + terms.payoutFrequency().name().toLowerCase()
              + ")");
    }
    List<String> notes = new ArrayList<>();
    ScorecardEngine.Calculation calculation;
    try {
      calculation =
          calculation(
              Subject.of(a, inputs.targets.getOrDefault(a.getId(), List.of())),
              windowStart,
              end,
              inputs,
              notes);
    } catch (Unscorable e) {
      return held(run, a, kind, e.getMessage());
    }
    Participant p = a.getParticipant();
    BigDecimal earned;
    BigDecimal due;
    Statement statement;
    if (kind == StatementRecord.Kind.PERIOD) {
      statement = ScorecardEngine.calculate(calculation);
      earned = statement.payout();
      due = statement.payout();
    } else {
      BigDecimal settled = inputs.advancesSettled(a.getId(), end);
      BigDecimal paid =
          inputs
              .advancesPaid(a.getId(), version.getPlan().getCurrency().getDefaultFractionDigits())
              .add(settled);
      if (settled.signum() != 0) {
        notes.add(
            "Advances paid include "
                + settled.setScale(paid.scale(), java.math.RoundingMode.UNNECESSARY).toPlainString()
                + " from recalculations of earlier advances, paid as adjustments");
      }
      Advances.Event e =
          Advances.at(
              new Advances.PayoutDate(end, calculation),
              terms.advanceRatePercent(),
              paid,
              kind == StatementRecord.Kind.TRUE_UP,
              false);
      statement = e.statement();
      earned = e.earnedToDate();
      due = statement.status() == Statement.Status.HELD ? null : e.amount();
      e.explanation().forEach(step -> notes.add(step.text()));
    }
    boolean heldStatement = statement.status() == Statement.Status.HELD;
    return new StatementRecord(
        run,
        p,
        a.getId(),
        version.getPlan().getCode(),
        version.getNumber(),
        version.getPlan().getCurrency().getCurrencyCode(),
        kind,
        heldStatement ? StatementRecord.Status.HELD : StatementRecord.Status.CALCULATED,
        heldStatement ? statement.heldBecause() : null,
        earned,
        due,
        StatementDocument.of(statement, notes));
  }

  /** Who is calculated on which plan version, over which dates, against which targets. */
  record Subject(
      Participant participant,
      PlanVersion version,
      LocalDate validFrom,
      LocalDate validTo,
      Targets targets) {
    /** An assignment with its own targets. */
    static Subject of(PlanAssignment a) {
      return of(
          a,
          a.getTargets().stream()
              .map(t -> new Target(t.getMeasureCode(), t.getPeriodEnd(), t.getValue()))
              .toList());
    }

    /** An assignment with its targets as a run read them. */
    static Subject of(PlanAssignment a, List<Target> targets) {
      return new Subject(
          a.getParticipant(),
          a.getPlanVersion(),
          a.getValidFrom(),
          a.getValidTo(),
          new Targets() {
            @Override
            public BigDecimal at(String measure, LocalDate end) {
              return targetAt(targets, measure, end);
            }

            @Override
            public BigDecimal annual(String measure, int year) {
              return annualTarget(a, targets, measure, year);
            }
          });
    }
  }

  /** A target as read: a measure's target for the period ending on {@code periodEnd}. */
  record Target(String measureCode, LocalDate periodEnd, BigDecimal value) {}

  /** A subject's targets: at a period end, and a year's (for windfalls). */
  interface Targets {
    BigDecimal at(String measure, LocalDate end);

    BigDecimal annual(String measure, int year);
  }

  /** Why a subject's scorecard cannot be calculated: a held statement's reason. */
  static final class Unscorable extends Exception {
    private static final long serialVersionUID = 1L;

    Unscorable(String reason) {
      super(reason);
    }
  }

  /**
   * The engine's input for one subject's scorecard over a window ({@code windowStart} to {@code
   * end}, within the subject's dates): target incentive, each measure's target and actual from the
   * platform's data, gates, modifier and cap.
   */
  static ScorecardEngine.Calculation calculation(
      Subject s, LocalDate windowStart, LocalDate end, Inputs inputs, List<String> notes)
      throws Unscorable {
    PlanVersion version = s.version();
    PlanTerms terms = version.terms();
    LocalDate from = s.validFrom().isAfter(windowStart) ? s.validFrom() : windowStart;
    LocalDate to = s.validTo().isBefore(end) ? s.validTo() : end;
    Participant p = s.participant();
    BigDecimal annualTi = annualTargetIncentive(terms.targetIncentive(), p);
    if (annualTi == null) {
      throw new Unscorable(
          p.getUsername()
              + " has no base salary for a target incentive of "
              + terms.targetIncentive().getValue().stripTrailingZeros().toPlainString()
              + " % of base");
    }
    List<Scorecard.Measure> measures = new ArrayList<>();
    for (MeasureDefinition m : version.scorecard().measures()) {
      BigDecimal target = null;
      if (m.data() != MeasureData.RATING) {
        target = s.targets().at(m.code(), end);
        if (target == null) {
          throw new Unscorable("No target for \"" + m.name() + "\" to " + end);
        }
      }
      BigDecimal actual = actual(s, m, from, to, inputs, terms, notes);
      measures.add(
          new Scorecard.Measure(
              m.code(),
              m.name(),
              m.weightPercent(),
              m.data() == MeasureData.RATING ? null : direction(m),
              target,
              actual,
              curve(m)));
    }
    var card = version.scorecard();
    Scorecard scorecard =
        new Scorecard(
            measures,
            card.gates().stream()
                .map(
                    g ->
                        new Scorecard.Gate(
                            g.measureCode(), g.minimumAttainment(), g.governedMeasureCodes()))
                .toList(),
            card.modifier() == null
                ? null
                : new Scorecard.Modifier(
                    card.modifier().measureCode(), points(card.modifier().points())),
            terms.planCapMultiple());
    return new ScorecardEngine.Calculation(
        p.getUsername(),
        version.getPlan().getCode(),
        version.getPlan().getCurrency(),
        annualTi,
        windowStart,
        end,
        from,
        to,
        scorecard);
  }

  private StatementRecord held(
      CalculationRun run, PlanAssignment a, StatementRecord.Kind kind, String because) {
    PlanVersion v = a.getPlanVersion();
    String document =
        StatementDocument.JSON
            .createObjectBuilder()
            .add("participant", a.getParticipant().getUsername())
            .add("plan", v.getPlan().getCode())
            .add("status", "HELD")
            .add("heldBecause", because)
            .build()
            .toString();
    return new StatementRecord(
        run,
        a.getParticipant(),
        a.getId(),
        v.getPlan().getCode(),
        v.getNumber(),
        v.getPlan().getCurrency().getCurrencyCode(),
        kind,
        StatementRecord.Status.HELD,
        because,
        null,
        null,
        document);
  }

  private static BigDecimal annualTargetIncentive(TargetIncentive ti, Participant p) {
    if (ti.getKind() == TargetIncentive.Kind.AMOUNT) {
      return ti.getValue();
    }
    return p.getBaseSalary().map(base -> base.multiply(ti.getValue()).divide(HUNDRED)).orElse(null);
  }

  /**
   * A participant's annual target on a measure in {@code year}: the last of a cumulative schedule
   * (an annual plan with advances), or the sum of the year's period targets (a quarterly plan).
   */
  static BigDecimal annualTarget(PlanAssignment a, List<Target> targets, String measure, int year) {
    List<BigDecimal> values =
        targets.stream()
            .filter(t -> t.measureCode().equals(measure) && t.periodEnd().getYear() == year)
            .sorted(Comparator.comparing(Target::periodEnd))
            .map(Target::value)
            .toList();
    if (values.isEmpty()) {
      return BigDecimal.ONE;
    }
    boolean cumulative =
        a.targetPeriod().months() < a.getPlanVersion().terms().performancePeriod().months();
    return cumulative
        ? values.get(values.size() - 1)
        : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal targetAt(List<Target> targets, String measure, LocalDate end) {
    for (Target t : targets) {
      if (t.measureCode().equals(measure) && t.periodEnd().equals(end)) {
        return t.value();
      }
    }
    return null;
  }

  private static BigDecimal actual(
      Subject a,
      MeasureDefinition m,
      LocalDate from,
      LocalDate to,
      Inputs inputs,
      PlanTerms terms,
      List<String> notes) {
    String who = a.participant().getUsername();
    switch (m.data()) {
      case RATING, RESULT_LATEST -> {
        return inputs.results.getOrDefault(a.participant().getId(), List.of()).stream()
            .filter(r -> r.measureCode().equals(m.code()))
            .filter(r -> !r.periodEnd().isBefore(from) && !r.periodEnd().isAfter(to))
            .max(Comparator.comparing(Result::periodEnd))
            .map(Result::value)
            .orElse(null);
      }
      case RESULT_SUM -> {
        return inputs.results.getOrDefault(a.participant().getId(), List.of()).stream()
            .filter(r -> r.measureCode().equals(m.code()))
            .filter(r -> !r.periodEnd().isBefore(from) && !r.periodEnd().isAfter(to))
            .map(Result::value)
            .reduce(BigDecimal::add)
            .orElse(null);
      }
      default -> {
        List<Crediting.Credit> credits = inputs.credits(who, terms);
        // A windfall is a share of an annual target amount: it applies to summed amounts, not to a
        // ratio such as margin %.
        if (terms.windfallThresholdPercent() != null && m.data() != MeasureData.MARGIN_PERCENT) {
          BigDecimal annualTarget = a.targets().annual(m.code(), to.getYear());
          Windfall.Review review =
              Windfall.review(
                  credits, annualTarget, terms.windfallThresholdPercent(), inputs.releasedDeals);
          credits = review.counted();
          review.held().stream()
              .filter(c -> !c.clawback() && !c.date().isBefore(from) && !c.date().isAfter(to))
              .map(Crediting.Credit::dealId)
              .distinct()
              .forEach(
                  id ->
                      notes.add(
                          "Deal "
                              + id
                              + " is a windfall on \""
                              + m.name()
                              + "\", held for review"));
        }
        Rational value = Crediting.total(credits, who, from, to);
        Rational margin = Crediting.margin(credits, who, from, to);
        Rational result =
            switch (m.data()) {
              case BOOKINGS -> value;
              case MARGIN -> margin;
              default ->
                  value.signum() == 0
                      ? Rational.ZERO
                      : margin.multiply(Rational.HUNDRED).divide(value);
            };
        return result.round(10, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
      }
    }
  }

  private static Scorecard.Direction direction(MeasureDefinition m) {
    return m.direction() == org.kamcomp.domain.plan.Direction.LOWER_IS_BETTER
        ? Scorecard.Direction.LOWER_IS_BETTER
        : Scorecard.Direction.HIGHER_IS_BETTER;
  }

  private static Scorecard.Curve curve(MeasureDefinition m) {
    return new Scorecard.Curve(
        m.curve().type() == org.kamcomp.domain.plan.CurveType.STEP
            ? Scorecard.CurveKind.STEP
            : Scorecard.CurveKind.LINEAR,
        points(m.curve().points()),
        m.curve().cap());
  }

  private static List<Scorecard.Point> points(List<CurvePoint> points) {
    return points.stream().map(p -> new Scorecard.Point(p.getAttainment(), p.getPayout())).toList();
  }

  // --- the inputs of a run, read once ----------------------------------------------------------

  /** A published advance, as read for a run: what it paid of its own (without adjustments). */
  record Paid(
      long assignmentId,
      LocalDate periodEnd,
      int number,
      BigDecimal amountDue,
      BigDecimal adjustments) {
    BigDecimal ownDue() {
      return amountDue == null
          ? null
          : adjustments == null ? amountDue : amountDue.subtract(adjustments);
    }
  }

  /** A participant's result on a measure, as read for a run. */
  record Result(long participant, String measureCode, LocalDate periodEnd, BigDecimal value) {}

  /**
   * Everything a run reads, in a few queries: assignments, teams, deals, results, advances paid.
   */
  static final class Inputs {
    final List<PlanAssignment> assignments;
    final Map<Long, List<Result>> results;
    final Map<Long, List<Target>> targets = new HashMap<>();
    final Set<String> releasedDeals;
    final List<Crediting.Membership> teams;
    final List<SalesTransaction> transactions;
    final Map<String, Map<String, List<Crediting.Credit>>> creditsByRule = new HashMap<>();
    final Map<Long, List<Paid>> published;
    final Map<Participant, List<Adjustment>> adjustments = new HashMap<>();
    final Map<Long, List<Adjustment>> bySourceAssignment = new HashMap<>();

    /** The assignments touching {@code start} to {@code end}, in the order they were made. */
    static List<PlanAssignment> touching(EntityManager em, LocalDate start, LocalDate end) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<PlanAssignment> aq = cb.createQuery(PlanAssignment.class);
      Root<PlanAssignment> a = aq.from(PlanAssignment.class);
      a.fetch(PlanAssignment_.participant);
      aq.select(a)
          .where(
              cb.lessThanOrEqualTo(a.get(PlanAssignment_.validFrom), end),
              cb.greaterThanOrEqualTo(a.get(PlanAssignment_.validTo), start))
          .orderBy(cb.asc(a.get(PlanAssignment_.id)));
      return em.createQuery(aq).getResultList();
    }

    /**
     * The inputs for these assignments' participants: their actuals from {@code yearStart} (deals
     * from a year before, for clawbacks) to {@code end}.
     */
    Inputs(EntityManager em, List<PlanAssignment> all, LocalDate yearStart, LocalDate end) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      assignments = all;
      releasedDeals = Windfalls.releasedDeals(em);
      Set<Participant> people = new HashSet<>();
      all.forEach(x -> people.add(x.getParticipant()));

      results = new HashMap<>();
      teams = new ArrayList<>();
      transactions = new ArrayList<>();
      published = new HashMap<>();
      if (people.isEmpty()) {
        return;
      }
      // Read by date, not by a list of people (a run's population outgrows a query's parameters),
      // and as plain values: a run of 100,000 participants reads 800,000 of them.
      Set<Long> ids = new HashSet<>();
      people.forEach(x -> ids.add(x.getId()));
      CriteriaQuery<Result> rq = cb.createQuery(Result.class);
      Root<MeasureResult> r = rq.from(MeasureResult.class);
      rq.select(
              cb.construct(
                  Result.class,
                  r.get(MeasureResult_.participant)
                      .get(org.kamcomp.domain.participant.Participant_.id),
                  r.get(MeasureResult_.measureCode),
                  r.get(MeasureResult_.periodEnd),
                  r.get(MeasureResult_.value)))
          .where(cb.between(r.get(MeasureResult_.periodEnd), yearStart, end));
      for (Result x : em.createQuery(rq).getResultList()) {
        if (ids.contains(x.participant())) {
          results.computeIfAbsent(x.participant(), k -> new ArrayList<>()).add(x);
        }
      }

      // The assignments' targets of the year, as plain values (a run of 100,000 participants on
      // 8 measures reads 800,000 of them).
      Set<Long> assigned = new HashSet<>();
      all.forEach(x -> assigned.add(x.getId()));
      CriteriaQuery<Object[]> gq = cb.createQuery(Object[].class);
      Root<PlanAssignment> g = gq.from(PlanAssignment.class);
      var gt = g.join(PlanAssignment_.targets);
      gq.multiselect(
              g.get(PlanAssignment_.id),
              gt.get(org.kamcomp.domain.assignment.MeasureTarget_.measureCode),
              gt.get(org.kamcomp.domain.assignment.MeasureTarget_.periodEnd),
              gt.get(org.kamcomp.domain.assignment.MeasureTarget_.value))
          .where(
              cb.between(
                  gt.get(org.kamcomp.domain.assignment.MeasureTarget_.periodEnd),
                  yearStart,
                  end.withMonth(12).withDayOfMonth(31)));
      for (Object[] x : em.createQuery(gq).getResultList()) {
        Long id = (Long) x[0];
        if (assigned.contains(id)) {
          targets
              .computeIfAbsent(id, k -> new ArrayList<>())
              .add(new Target((String) x[1], (LocalDate) x[2], (BigDecimal) x[3]));
        }
      }

      CriteriaQuery<AccountTeamMember> tq = cb.createQuery(AccountTeamMember.class);
      Root<AccountTeamMember> t = tq.from(AccountTeamMember.class);
      t.fetch(AccountTeamMember_.account);
      t.fetch(AccountTeamMember_.participant);
      tq.select(t);
      Set<Long> accounts = new HashSet<>();
      for (AccountTeamMember m : em.createQuery(tq).getResultList()) {
        teams.add(EngineInputs.membership(m));
        if (people.contains(m.getParticipant())) {
          accounts.add(m.getAccountId());
        }
      }
      if (!accounts.isEmpty()) {
        CriteriaQuery<SalesTransaction> xq = cb.createQuery(SalesTransaction.class);
        Root<SalesTransaction> x = xq.from(SalesTransaction.class);
        List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
        where.add(cb.lessThanOrEqualTo(x.get(SalesTransaction_.bookingDate), end));
        where.add(
            cb.greaterThanOrEqualTo(x.get(SalesTransaction_.bookingDate), yearStart.minusYears(1)));
        boolean few = accounts.size() <= 1000;
        if (few) {
          where.add(x.get(SalesTransaction_.account).get(Account_.id).in(accounts));
        }
        xq.select(x).where(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        for (SalesTransaction deal : em.createQuery(xq).getResultList()) {
          if (few || accounts.contains(deal.getAccount().getId())) {
            transactions.add(deal);
          }
        }
      }

      CriteriaQuery<Adjustment> jq = cb.createQuery(Adjustment.class);
      Root<Adjustment> j = jq.from(Adjustment.class);
      jq.select(j).orderBy(cb.asc(j.get(Adjustment_.id)));
      for (Adjustment x : em.createQuery(jq).getResultList()) {
        if (people.contains(x.getParticipant())) {
          adjustments.computeIfAbsent(x.getParticipant(), k -> new ArrayList<>()).add(x);
          bySourceAssignment
              .computeIfAbsent(x.getSourceAssignmentId(), k -> new ArrayList<>())
              .add(x);
        }
      }

      CriteriaQuery<Paid> pq = cb.createQuery(Paid.class);
      Root<StatementRecord> s = pq.from(StatementRecord.class);
      var run = s.join(StatementRecord_.run);
      pq.select(
              cb.construct(
                  Paid.class,
                  s.get(StatementRecord_.assignmentId),
                  run.get(CalculationRun_.periodEnd),
                  run.get(CalculationRun_.number),
                  s.get(StatementRecord_.amountDue),
                  s.get(StatementRecord_.adjustments)))
          .where(
              cb.equal(run.get(CalculationRun_.status), CalculationRun.Status.PUBLISHED),
              cb.greaterThanOrEqualTo(run.get(CalculationRun_.periodEnd), yearStart),
              cb.lessThan(run.get(CalculationRun_.periodEnd), end),
              cb.equal(s.get(StatementRecord_.kind), StatementRecord.Kind.ADVANCE));
      for (Paid x : em.createQuery(pq).getResultList()) {
        published.computeIfAbsent(x.assignmentId(), k -> new ArrayList<>()).add(x);
      }
    }

    /** Loads what a calculation reads lazily (plans, their measures), so it reads it detached. */
    void loadAll() {
      Set<PlanVersion> versions = new HashSet<>();
      assignments.forEach(a -> versions.add(a.getPlanVersion()));
      for (PlanVersion v : versions) {
        v.getPlan().getCurrency();
        v.terms();
        v.scorecard();
      }
    }

    /**
     * The advances paid for an assignment before this run's date: of each earlier payout date, the
     * first published statement's own amount, which is what was paid (a later version of the same
     * date is paid as an adjustment: {@link #advancesSettled}).
     */
    BigDecimal advancesPaid(long assignmentId, int digits) {
      Map<LocalDate, Paid> paid = new HashMap<>();
      for (Paid p : published.getOrDefault(assignmentId, List.of())) {
        paid.merge(p.periodEnd(), p, (x, y) -> x.number() <= y.number() ? x : y);
      }
      return paid.values().stream()
          .map(Paid::ownDue)
          .filter(java.util.Objects::nonNull)
          .reduce(BigDecimal.ZERO, BigDecimal::add)
          .setScale(digits, java.math.RoundingMode.UNNECESSARY);
    }

    /**
     * The adjustments a participant's statements of this period carry: those waiting from earlier
     * periods, or, when the period is restated, exactly those its published statements carried.
     */
    List<Adjustment> adjustmentsToCarry(
        Participant p, LocalDate start, LocalDate end, boolean restatement) {
      return adjustments.getOrDefault(p, List.of()).stream()
          .filter(
              x ->
                  restatement
                      ? start.equals(x.getCarriedPeriodStart())
                          && end.equals(x.getCarriedPeriodEnd())
                      : !x.isSettled() && x.getOriginPeriodEnd().isBefore(end))
          .toList();
    }

    /**
     * What recalculations of an assignment's earlier advances this year pay as adjustments: part of
     * the advances paid from the moment they are decided (they are paid in the next open period),
     * so a year-to-date advance does not pay them again.
     */
    BigDecimal advancesSettled(long assignmentId, LocalDate end) {
      return Adjustments.advancesSettled(
          bySourceAssignment.getOrDefault(assignmentId, List.of()).stream()
              .filter(x -> x.getOriginPeriodEnd().getYear() == end.getYear())
              .filter(x -> x.getOriginPeriodEnd().isBefore(end))
              .map(CalculationRuns::engine)
              .toList());
    }

    /** A participant's credits by the plan's rule; each rule's credits are computed once. */
    List<Crediting.Credit> credits(String who, PlanTerms terms) {
      String key = terms.creditingRule() + "/" + terms.clawbackWindowMonths();
      return creditsByRule
          .computeIfAbsent(
              key,
              k ->
                  Crediting.credits(
                          transactions.stream().map(EngineInputs::deal).toList(),
                          teams,
                          Crediting.Rule.valueOf(terms.creditingRule().name()),
                          terms.clawbackWindowMonths(),
                          true)
                      .stream()
                      .collect(Collectors.groupingBy(Crediting.Credit::participant)))
          .getOrDefault(who, List.of());
    }
  }
}
