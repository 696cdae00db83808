package org.kamcomp.calculation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.NotFoundException;
import org.kamcomp.domain.statement.CalculationRun;
import org.kamcomp.domain.statement.CalculationRun_;

/**
 * The run record's own steps, each in a transaction of its own: a run is created and committed
 * before its job starts (the job reads it), and its job's end is recorded apart from the job's
 * chunks. Two starts of one period at once: the run number is unique per period, so the second
 * insert fails and is answered as a conflict, never a 500.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RunRecords {

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  @Inject InputsLoader loader;
  @Inject Clock clock;

  /** What the job reads about its run. */
  public record RunInfo(long id, LocalDate start, LocalDate end, Set<String> only) {}

  /** Creates a run of the period, refused while another run of it is calculating. */
  public long create(
      LocalDate start,
      LocalDate end,
      boolean estimate,
      Set<String> only,
      int participants,
      String by) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<CalculationRun> busy = cb.createQuery(CalculationRun.class);
    Root<CalculationRun> b = busy.from(CalculationRun.class);
    busy.select(b)
        .where(
            cb.equal(b.get(CalculationRun_.periodStart), start),
            cb.equal(b.get(CalculationRun_.periodEnd), end),
            cb.equal(b.get(CalculationRun_.status), CalculationRun.Status.CALCULATING));
    for (CalculationRun other : em.createQuery(busy).setMaxResults(1).getResultList()) {
      throw new ConflictException(
          "Run "
              + other.getNumber()
              + " of "
              + start
              + " to "
              + end
              + ", started by "
              + other.getStartedBy()
              + ", is calculating ("
              + other.getParticipantsDone()
              + " of "
              + other.getParticipants()
              + "): wait for it to finish");
    }
    CriteriaQuery<Integer> q = cb.createQuery(Integer.class);
    Root<CalculationRun> r = q.from(CalculationRun.class);
    q.select(cb.max(r.get(CalculationRun_.number)))
        .where(
            cb.equal(r.get(CalculationRun_.periodStart), start),
            cb.equal(r.get(CalculationRun_.periodEnd), end));
    Integer max = em.createQuery(q).getSingleResult();
    CalculationRun run =
        new CalculationRun(start, end, max == null ? 1 : max + 1, estimate, by, clock.instant());
    run.forOnly(only);
    run.forParticipants(participants);
    try {
      em.persist(run);
      em.flush();
    } catch (PersistenceException e) {
      // The unique run number per period: another start of the same period got there first.
      throw new ConflictException(
          "Another run of "
              + start
              + " to "
              + end
              + " was started at the same moment: wait for it"
              + " to finish");
    }
    return run.getId();
  }

  public CalculationRun run(long id) {
    CalculationRun run = em.find(CalculationRun.class, id);
    if (run == null) {
      throw new NotFoundException("No calculation run " + id);
    }
    return run;
  }

  /** What the job reads about its run. */
  public RunInfo info(long id) {
    CalculationRun run = run(id);
    Set<String> only =
        run.getSelection() == null
            ? Set.of()
            : new TreeSet<>(Arrays.asList(run.getSelection().split(",\\s*")));
    return new RunInfo(id, run.getPeriodStart(), run.getPeriodEnd(), only);
  }

  /**
   * The job that calculates the run. An update of its own (no version check): the job may already
   * have recorded its end on the run.
   */
  public void jobStarted(long runId, long execution) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaUpdate<CalculationRun> u = cb.createCriteriaUpdate(CalculationRun.class);
    Root<CalculationRun> r = u.from(CalculationRun.class);
    u.set(r.get(CalculationRun_.jobExecutionId), execution)
        .where(cb.equal(r.get(CalculationRun_.id), runId));
    em.createQuery(u).executeUpdate();
  }

  public void restarting(long runId, long execution) {
    run(runId).restarting(execution);
  }

  /**
   * The participant-id bounds of the run's partitions ("after:upTo", the first after empty): made
   * once, from the population split evenly, and kept, so that a restart splits the same way.
   */
  public List<String[]> partitions(long runId, int wanted) {
    CalculationRun run = run(runId);
    String bounds = run.getPartitionBounds();
    if (bounds == null) {
      RunInfo info = info(runId);
      long count = loader.countTouching(info.start(), info.end(), info.only());
      int parts = (int) Math.max(1, Math.min(wanted, count / 200));
      List<String> made = new ArrayList<>();
      String after = "";
      for (int i = 1; i <= parts; i++) {
        String upTo = "";
        if (i < parts) {
          Long id =
              loader.participantAt(info.start(), info.end(), info.only(), count * i / parts - 1);
          upTo = id == null ? "" : id.toString();
        }
        made.add(after + ":" + upTo);
        after = upTo;
      }
      bounds = String.join(",", made);
      run.partitionedAs(bounds);
    }
    List<String[]> out = new ArrayList<>();
    for (String b : bounds.split(",")) {
      out.add(b.split(":", -1));
    }
    return out;
  }

  /** The job ended well: the run is there to review. */
  public void calculated(long runId) {
    CalculationRun run = run(runId);
    if (run.getStatus() == CalculationRun.Status.CALCULATING) {
      run.calculated(clock.instant());
    }
  }

  /** The job stopped with an error: the run can be started again from its last checkpoint. */
  public void failed(long runId, String reason) {
    run(runId).failed(reason);
  }

  /** Counts participants done, in the chunk's own transaction (so a redone chunk counts once). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void done(long runId, int participants) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaUpdate<CalculationRun> u = cb.createCriteriaUpdate(CalculationRun.class);
    Root<CalculationRun> r = u.from(CalculationRun.class);
    u.set(
            r.get(CalculationRun_.participantsDone),
            cb.sum(r.get(CalculationRun_.participantsDone), participants))
        .where(cb.equal(r.get(CalculationRun_.id), runId));
    em.createQuery(u).executeUpdate();
  }

  /**
   * Marks a job execution whose server died as failed in the batch job repository, with its step:
   * the job can then be restarted, and its partitions that did not complete carry on from their
   * checkpoints. (The repository leaves a killed execution STARTED for ever.)
   */
  public void jobCutShort(long execution) {
    em.createNativeQuery(
            "UPDATE STEP_EXECUTION SET BATCHSTATUS = 'FAILED', ENDTIME = CURRENT_TIMESTAMP"
                + " WHERE JOBEXECUTIONID = ?1 AND BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')")
        .setParameter(1, execution)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE JOB_EXECUTION SET BATCHSTATUS = 'FAILED', ENDTIME = CURRENT_TIMESTAMP,"
                + " LASTUPDATEDTIME = CURRENT_TIMESTAMP WHERE JOBEXECUTIONID = ?1"
                + " AND BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')")
        .setParameter(1, execution)
        .executeUpdate();
  }

  /** The runs whose job was running when the server stopped (on one server: every such run). */
  public List<Long> calculating() {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<CalculationRun> r = q.from(CalculationRun.class);
    q.select(r.get(CalculationRun_.id))
        .where(cb.equal(r.get(CalculationRun_.status), CalculationRun.Status.CALCULATING));
    return em.createQuery(q).getResultList();
  }
}
