package org.kamcomp.calculation;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.kamcomp.domain.actual.WindfallRelease;
import org.kamcomp.domain.actual.WindfallRelease_;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.FieldError;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.problem.NotFoundException;
import org.kamcomp.domain.statement.Adjustment;
import org.kamcomp.domain.statement.Adjustment_;
import org.kamcomp.domain.statement.CalculationRun;
import org.kamcomp.domain.statement.CalculationRun_;
import org.kamcomp.domain.statement.StatementRecord;
import org.kamcomp.domain.statement.StatementRecord_;
import org.kamcomp.scoring.Adjustments;
import org.kamcomp.scoring.FiscalCalendar;

/**
 * Calculation runs, the application service: sales operations starts a run for one whole period of
 * the fiscal calendar (a month, quarter, half or year; a period not yet ended is an estimate), its
 * Jakarta Batch job calculates the population in checkpointed, partitioned chunks, and sales
 * operations reviews it, publishes it in one step, or discards it. A run whose job was cut short (a
 * crash, a failure) is restarted from its last checkpoint: by itself when the server comes back, or
 * by the admin.
 */
@ApplicationScoped
public class CalculationRuns {

  static final String JOB = "calculation-run";
  private static final Logger LOG = Logger.getLogger(CalculationRuns.class.getName());

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  @Inject RunRecords records;
  @Inject InputsLoader loader;
  @Inject Clock clock;
  @Inject FiscalCalendar calendar;

  /** A run's figures, for lists. */
  public record Summary(
      long id,
      String periodStart,
      String periodEnd,
      String period,
      int number,
      String status,
      boolean estimate,
      String startedBy,
      String startedAt,
      String publishedBy,
      String discardedBy,
      long statements,
      long held,
      String selection,
      int participants,
      int participantsDone,
      String failure) {}

  /** Calculates every assignment touching the period into a new run. */
  public Summary start(LocalDate start, LocalDate end, String by) {
    return start(start, end, Set.of(), by);
  }

  /**
   * Starts a run of the period for everyone, or only for the participants named (user names): its
   * job calculates in the background; the run is CALCULATING until it is done.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Summary start(LocalDate start, LocalDate end, Set<String> only, String by) {
    checkPeriod(start, end);
    long population = loader.countTouching(start, end, only);
    if (!only.isEmpty()) {
      Set<String> missing = new TreeSet<>(only);
      for (Long id : loader.participantsTouching(start, end, null, null, only, only.size())) {
        missing.remove(loader.usernameOf(id));
      }
      if (!missing.isEmpty()) {
        throw new InvalidInputException(
            "participants",
            "No assignment touches " + start + " to " + end + " for " + String.join(", ", missing));
      }
    }
    boolean estimate = !end.isBefore(today());
    long id = records.create(start, end, estimate, only, (int) population, by);
    try {
      Properties p = new Properties();
      p.setProperty("runId", Long.toString(id));
      records.jobStarted(id, jobs().start(JOB, p));
    } catch (RuntimeException e) {
      records.failed(id, "The job could not be started: " + e.getMessage());
      throw e;
    }
    return summary(id);
  }

  /**
   * A run's period must be one whole month, quarter, half or year of the fiscal calendar, no
   * earlier than the first fiscal year that holds data and started by today.
   */
  private void checkPeriod(LocalDate start, LocalDate end) {
    List<FieldError> errors = new ArrayList<>();
    if (start == null) {
      errors.add(new FieldError("periodStart", "is required"));
    }
    if (end == null) {
      errors.add(new FieldError("periodEnd", "is required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (calendar.lengthOf(start, end) == 0) {
      throw new InvalidInputException(
          "periodEnd",
          start
              + " to "
              + end
              + " is not one month, quarter, half or year of the fiscal calendar (its year starts"
              + " on "
              + calendar.yearStart(LocalDate.of(2000, 6, 30)).getMonth().toString().toLowerCase()
              + " 1): a run is for one whole period");
    }
    LocalDate today = today();
    if (start.isAfter(today)) {
      throw new InvalidInputException(
          "periodStart", start + " is in the future: a run is for a period that has begun");
    }
    LocalDate first = loader.firstAssignedDay();
    if (first == null || end.isBefore(calendar.yearStart(first))) {
      throw new InvalidInputException(
          "periodStart",
          "No data goes back to "
              + start
              + (first == null ? "" : ": the first assignment starts on " + first));
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static JobOperator jobs() {
    return BatchRuntime.getJobOperator();
  }

  // --- reading runs ---------------------------------------------------------------------------

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Summary> runs() {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<CalculationRun> q = cb.createQuery(CalculationRun.class);
    Root<CalculationRun> r = q.from(CalculationRun.class);
    q.select(r).orderBy(cb.desc(r.get(CalculationRun_.id)));
    return em.createQuery(q).setMaxResults(200).getResultList().stream()
        .map(this::summary)
        .toList();
  }

  /** The runs calculating now, with how far each has got. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Summary> calculating() {
    return runs().stream().filter(s -> s.status().equals("CALCULATING")).toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Summary summary(long id) {
    return summary(records.run(id));
  }

  /**
   * The run in this transaction's persistence context, its row locked until the transaction ends:
   * two people publishing or discarding the same run one after the other, not at once.
   */
  private CalculationRun locked(long runId) {
    CalculationRun run = em.find(CalculationRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
    if (run == null) {
      throw new NotFoundException("No calculation run " + runId);
    }
    return run;
  }

  private Summary summary(CalculationRun run) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    var ofRun = cb.equal(s.get(StatementRecord_.run).get(CalculationRun_.id), run.getId());
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
        calendar.name(run.getPeriodStart(), run.getPeriodEnd()),
        run.getNumber(),
        run.getStatus().name(),
        run.isEstimate(),
        run.getStartedBy(),
        Inquiries.when(run.getStartedAt()),
        run.getPublishedBy(),
        run.getDiscardedBy(),
        all,
        held,
        run.getSelection(),
        run.getParticipants(),
        run.getParticipantsDone(),
        run.getFailure());
  }

  /**
   * Waits up to {@code seconds} for a run's job to end (for scripts and tests; pages poll the
   * progress instead).
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Summary await(long id, int seconds) {
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    Summary s = summary(id);
    while (s.status().equals("CALCULATING") && System.nanoTime() < until) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      s = summary(id);
    }
    return s;
  }

  // --- publishing and discarding --------------------------------------------------------------

  /**
   * Publishes a run in one step: its statements become final and visible and supersede the versions
   * they recalculate; the differences of recalculated statements become adjustments for the next
   * open period, and the adjustments its statements carried are settled. A run calculated before
   * another run was published, an adjustment decided or a windfall released may have counted what
   * that changed wrongly: it must be started again.
   */
  @Transactional
  public Summary publish(long runId, String by) {
    CalculationRun run = locked(runId);
    Instant since = run.getStartedAt();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<CalculationRun> later = cb.createQuery(CalculationRun.class);
    Root<CalculationRun> r = later.from(CalculationRun.class);
    later.select(r).where(cb.greaterThan(r.get(CalculationRun_.publishedAt), since));
    for (CalculationRun other : em.createQuery(later).setMaxResults(1).getResultList()) {
      throw new ConflictException(
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
    Root<WindfallRelease> w = releasedLater.from(WindfallRelease.class);
    releasedLater
        .select(cb.count(w))
        .where(cb.greaterThan(w.get(WindfallRelease_.releasedAt), since));
    if (em.createQuery(decided).getSingleResult() > 0
        || em.createQuery(releasedLater).getSingleResult() > 0) {
      throw new ConflictException(
          "An adjustment or a windfall release was decided after this run was calculated: start"
              + " this run again so that its statements count it");
    }
    run.publish(by, clock.instant());
    String period = run.getPeriodStart() + " to " + run.getPeriodEnd();
    for (StatementRecord s : recalculations(runId)) {
      StatementRecord before = em.find(StatementRecord.class, s.getSupersedesId());
      BigDecimal was = before.getOwnDue() != null ? before.getOwnDue() : before.getAmountDue();
      Adjustments.recalculation(was, s.getOwnDue())
          .ifPresent(
              amount ->
                  em.persist(
                      new Adjustment(
                          s,
                          Adjustment.Source.RECALCULATION,
                          amount,
                          "Recalculation of " + period + " (run " + run.getNumber() + ")",
                          by,
                          clock.instant())));
    }
    for (StatementRecord s : carrying(runId)) {
      for (Adjustment a : s.getCarried()) {
        a.settledBy(s);
      }
    }
    supersede(runId);
    em.flush();
    return summary(run);
  }

  /** The run's calculated statements that recalculate a published one. */
  private List<StatementRecord> recalculations(long runId) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<StatementRecord> q = cb.createQuery(StatementRecord.class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    s.fetch(StatementRecord_.participant);
    q.select(s)
        .where(
            cb.equal(s.get(StatementRecord_.run).get(CalculationRun_.id), runId),
            cb.isNotNull(s.get(StatementRecord_.supersedesId)),
            cb.equal(s.get(StatementRecord_.status), StatementRecord.Status.CALCULATED));
    return em.createQuery(q).getResultList();
  }

  /** The run's statements that carry adjustments. */
  private List<StatementRecord> carrying(long runId) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<StatementRecord> q = cb.createQuery(StatementRecord.class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    s.join(StatementRecord_.carried);
    q.select(s)
        .distinct(true)
        .where(cb.equal(s.get(StatementRecord_.run).get(CalculationRun_.id), runId));
    return em.createQuery(q).getResultList();
  }

  /** Marks the published versions the run's statements recalculate as superseded by them. */
  private void supersede(long runId) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaUpdate<StatementRecord> u = cb.createCriteriaUpdate(StatementRecord.class);
    Root<StatementRecord> old = u.from(StatementRecord.class);
    Subquery<Long> newer = u.subquery(Long.class);
    Root<StatementRecord> n = newer.from(StatementRecord.class);
    newer
        .select(n.get(StatementRecord_.id))
        .where(
            cb.equal(n.get(StatementRecord_.run).get(CalculationRun_.id), runId),
            cb.equal(n.get(StatementRecord_.supersedesId), old.get(StatementRecord_.id)));
    Subquery<Long> recalculated = u.subquery(Long.class);
    Root<StatementRecord> m = recalculated.from(StatementRecord.class);
    recalculated
        .select(m.get(StatementRecord_.supersedesId))
        .where(
            cb.equal(m.get(StatementRecord_.run).get(CalculationRun_.id), runId),
            cb.isNotNull(m.get(StatementRecord_.supersedesId)));
    u.set(old.get(StatementRecord_.supersededById), newer)
        .where(old.get(StatementRecord_.id).in(recalculated));
    em.createQuery(u).executeUpdate();
  }

  /** Discards a run that was not published: its statements are deleted, its record stays. */
  @Transactional
  public Summary discard(long runId, String by) {
    CalculationRun run = locked(runId);
    run.discard(by, clock.instant());
    em.createNativeQuery("DELETE FROM statement WHERE run_id = ?1")
        .setParameter(1, runId)
        .executeUpdate();
    return summary(run);
  }

  // --- restarting -----------------------------------------------------------------------------

  /**
   * Starts a run's job again from its last checkpoint: a failed run, or one whose server stopped
   * while it was calculating. Each partition carries on after the last participant it wrote.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Summary restart(long runId) {
    CalculationRun run = records.run(runId);
    if (run.getStatus() != CalculationRun.Status.FAILED
        && run.getStatus() != CalculationRun.Status.CALCULATING) {
      throw new ConflictException(
          "Run "
              + run.getNumber()
              + " is "
              + run.getStatus().name().toLowerCase()
              + ": nothing to"
              + " restart");
    }
    Long execution = run.getJobExecutionId();
    if (execution == null) {
      throw new ConflictException("Run " + run.getNumber() + " never started a job: start a run");
    }
    records.jobCutShort(execution);
    Properties p = new Properties();
    p.setProperty("runId", Long.toString(runId));
    p.setProperty("jberet.restart.mode", "force");
    long again = jobs().restart(execution, p);
    records.restarting(runId, again);
    LOG.info(
        () -> "Run " + runId + " restarted from its last checkpoint (job execution " + again + ")");
    return summary(runId);
  }

  /**
   * Restarts every run that was calculating when the server stopped (one server: no job of it can
   * still be running). Called once the application is deployed.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void recover() {
    for (long id : records.calculating()) {
      try {
        restart(id);
      } catch (RuntimeException e) {
        LOG.warning("Run " + id + " could not be restarted: " + e);
        records.failed(id, "Restarting after the server stopped failed: " + e.getMessage());
      }
    }
  }
}
