package org.kamcomp.domain.actual;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.assignment.PlanAssignment;
import org.kamcomp.domain.assignment.PlanAssignment_;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.participant.ParticipantRepository;
import org.kamcomp.domain.plan.MeasureData;
import org.kamcomp.domain.plan.MeasureDefinition;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.problem.NotFoundException;

/**
 * Manager ratings of qualitative measures: a manager rates the people in their reporting line
 * (never themself) on a rated measure of the plan they are on, on that measure's scale, for a
 * period end of the plan. Results and ratings are read within the viewer's scope.
 */
@ApplicationScoped
@Transactional
public class Ratings {

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  @Inject ParticipantRepository participants;

  private final Clock clock = Clock.systemUTC();

  /** A result or rating as read. */
  public record Result(
      String username,
      String measureCode,
      LocalDate periodEnd,
      BigDecimal value,
      String comment,
      String recordedBy,
      Instant recordedAt) {
    static Result of(MeasureResult r) {
      return new Result(
          r.getParticipant().getUsername(),
          r.getMeasureCode(),
          r.getPeriodEnd(),
          r.getValue(),
          r.getComment(),
          r.getRecordedBy(),
          r.getRecordedAt());
    }
  }

  /** Records the manager's rating; a new rating for the same period replaces the earlier one. */
  public Result rate(
      Viewer manager,
      String username,
      String measureCode,
      LocalDate periodEnd,
      BigDecimal rating,
      String comment) {
    Participant rater =
        participants
            .findByUsername(manager.username())
            .orElseThrow(() -> new NotFoundException("You are not on record as a participant"));
    Participant rated =
        participants
            .findByUsername(username)
            .filter(p -> rater.hasInReportingLine(p))
            .orElseThrow(
                () -> new NotFoundException("No participant " + username + " in your scope"));
    if (rated.equals(rater)) {
      throw new InvalidInputException(
          "username", "Nobody rates themself: your own manager rates your measures");
    }
    PlanAssignment assignment =
        assignmentOn(rated, periodEnd)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "periodEnd", username + " has no plan for the period ending " + periodEnd));
    MeasureDefinition measure =
        assignment.getPlanVersion().scorecard().measures().stream()
            .filter(m -> m.code().equals(measureCode))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "measureCode",
                        "The plan of " + username + " has no measure " + measureCode));
    if (measure.data() != MeasureData.RATING) {
      throw new InvalidInputException(
          "measureCode",
          "\"" + measure.name() + "\" is measured on data, not rated by the manager");
    }
    if (!assignment.targetPeriod().isPeriodEnd(periodEnd)) {
      throw new InvalidInputException(
          "periodEnd",
          periodEnd
              + " does not end a "
              + assignment.targetPeriod().name().toLowerCase().replace('_', ' ')
              + " of the plan");
    }
    String problem = measure.ratingProblem(rating);
    if (problem != null) {
      throw new InvalidInputException("rating", problem);
    }
    MeasureResult current = find(rated, measureCode, periodEnd);
    Instant now = clock.instant();
    if (current == null) {
      current =
          new MeasureResult(
              rated, measureCode, periodEnd, rating, comment, manager.username(), now);
      em.persist(current);
    } else {
      current.record(rating, comment, manager.username(), now);
    }
    em.flush();
    return Result.of(current);
  }

  /** The results and ratings of the people the viewer may see, optionally of one person. */
  public List<Result> visibleTo(Viewer viewer, String username) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<MeasureResult> q = cb.createQuery(MeasureResult.class);
    Root<MeasureResult> r = q.from(MeasureResult.class);
    var p = r.join(MeasureResult_.participant);
    var where = cb.and(participants.scope(viewer, cb, p));
    if (username != null) {
      where =
          cb.and(
              where,
              cb.equal(p.get(org.kamcomp.domain.participant.Participant_.username), username));
    }
    q.select(r)
        .where(where)
        .orderBy(
            cb.asc(p.get(org.kamcomp.domain.participant.Participant_.username)),
            cb.asc(r.get(MeasureResult_.periodEnd)),
            cb.asc(r.get(MeasureResult_.measureCode)));
    return em.createQuery(q).setMaxResults(5000).getResultList().stream().map(Result::of).toList();
  }

  private java.util.Optional<PlanAssignment> assignmentOn(Participant p, LocalDate periodEnd) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<PlanAssignment> q = cb.createQuery(PlanAssignment.class);
    Root<PlanAssignment> a = q.from(PlanAssignment.class);
    q.select(a).where(cb.equal(a.get(PlanAssignment_.participant), p));
    return em.createQuery(q).getResultList().stream()
        .filter(
            x ->
                !periodEnd.isBefore(x.getValidFrom())
                    && !periodEnd.isAfter(x.targetPeriod().endOfPeriodContaining(x.getValidTo())))
        .findFirst();
  }

  private MeasureResult find(Participant p, String measureCode, LocalDate periodEnd) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<MeasureResult> q = cb.createQuery(MeasureResult.class);
    Root<MeasureResult> r = q.from(MeasureResult.class);
    q.select(r)
        .where(
            cb.equal(r.get(MeasureResult_.participant), p),
            cb.equal(r.get(MeasureResult_.measureCode), measureCode),
            cb.equal(r.get(MeasureResult_.periodEnd), periodEnd));
    return em.createQuery(q).getResultStream().findFirst().orElse(null);
  }
}
