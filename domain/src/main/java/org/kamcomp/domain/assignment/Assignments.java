package org.kamcomp.domain.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.participant.ParticipantRepository;
import org.kamcomp.domain.participant.Participant_;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.plan.PlanVersion;
import org.kamcomp.domain.plan.PlanVersion_;
import org.kamcomp.domain.plan.Plan_;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.FieldError;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.problem.NotFoundException;

/**
 * Plan assignments: sales operations assigns plan versions and sets targets; everyone reads the
 * assignments in their scope (a participant their own plan, a manager their reporting line's).
 * Changes to one participant's assignments are serialised by locking the participant, so two admins
 * cannot create overlapping assignments at the same moment.
 */
@ApplicationScoped
@Transactional
public class Assignments {

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  @Inject ParticipantRepository participants;
  @Inject PlanCatalog catalog;

  /** A target as entered. */
  public record TargetInput(String measureCode, LocalDate periodEnd, BigDecimal value) {}

  /** The assignments the viewer may see, optionally of one plan, by person and start. */
  public List<AssignmentSnapshot> visibleTo(Viewer viewer, String planCode) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<PlanAssignment> q = cb.createQuery(PlanAssignment.class);
    Root<PlanAssignment> a = q.from(PlanAssignment.class);
    Join<PlanAssignment, Participant> p = a.join(PlanAssignment_.participant);
    a.fetch(PlanAssignment_.participant);
    a.fetch(PlanAssignment_.planVersion).fetch(PlanVersion_.plan);
    List<Predicate> where = new ArrayList<>();
    where.add(participants.scope(viewer, cb, p));
    if (planCode != null) {
      where.add(
          cb.equal(
              a.get(PlanAssignment_.planVersion).get(PlanVersion_.plan).get(Plan_.code), planCode));
    }
    q.select(a)
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.asc(p.get(Participant_.fullName)), cb.asc(a.get(PlanAssignment_.validFrom)));
    return em.createQuery(q).getResultList().stream().map(AssignmentSnapshot::of).toList();
  }

  /** One assignment, if the viewer may see it. */
  public AssignmentSnapshot get(long id, Viewer viewer) {
    return AssignmentSnapshot.of(visible(id, viewer));
  }

  /** Assigns a plan version to a participant for the days from {@code from} to {@code to}. */
  public AssignmentSnapshot assign(
      String username, String planCode, int number, LocalDate from, LocalDate to) {
    List<FieldError> errors = new ArrayList<>();
    Participant person = participants.findByUsername(username).orElse(null);
    if (person == null) {
      errors.add(new FieldError("username", "No participant has the user name " + username));
    }
    PlanVersion version = catalog.findVersion(planCode, number).orElse(null);
    if (version == null) {
      errors.add(new FieldError("planVersion", "Plan " + planCode + " has no version " + number));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    em.lock(person, LockModeType.PESSIMISTIC_WRITE);
    PlanAssignment created = PlanAssignment.assign(person, version, from, to, of(person));
    em.persist(created);
    em.flush();
    return AssignmentSnapshot.of(created);
  }

  /**
   * Sets targets of an assignment as read at {@code readVersion}: all or none of them.
   *
   * @throws ConflictException when someone changed the assignment since it was read
   */
  public AssignmentSnapshot setTargets(long id, long readVersion, List<TargetInput> targets) {
    PlanAssignment a = em.find(PlanAssignment.class, id);
    if (a == null) {
      throw new NotFoundException("No assignment " + id);
    }
    if (a.getVersion() != readVersion) {
      throw new ConflictException(
          "Someone else changed the assignment of "
              + a.getParticipant().getUsername()
              + " since you read it; reload it and enter your targets again");
    }
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      TargetInput t = targets.get(i);
      String at = "targets[" + i + "]";
      if (t == null || t.measureCode() == null || t.periodEnd() == null || t.value() == null) {
        errors.add(new FieldError(at, "A target names its measure, period end and value"));
        continue;
      }
      try {
        a.setTarget(t.measureCode(), t.periodEnd(), t.value());
      } catch (InvalidInputException e) {
        e.errors().forEach(f -> errors.add(new FieldError(at + "." + f.field(), f.message())));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    // Targets are rows of their own: move the assignment's version all the same.
    em.lock(a, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    em.flush();
    return AssignmentSnapshot.of(a);
  }

  private PlanAssignment visible(long id, Viewer viewer) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<PlanAssignment> q = cb.createQuery(PlanAssignment.class);
    Root<PlanAssignment> a = q.from(PlanAssignment.class);
    q.select(a)
        .where(
            cb.equal(a.get(PlanAssignment_.id), id),
            participants.scope(viewer, cb, a.join(PlanAssignment_.participant)));
    return em.createQuery(q)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("No assignment " + id + " in your scope"));
  }

  private List<PlanAssignment> of(Participant person) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<PlanAssignment> q = cb.createQuery(PlanAssignment.class);
    Root<PlanAssignment> a = q.from(PlanAssignment.class);
    q.select(a).where(cb.equal(a.get(PlanAssignment_.participant), person));
    return em.createQuery(q).getResultList();
  }
}
