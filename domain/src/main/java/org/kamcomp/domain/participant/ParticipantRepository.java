package org.kamcomp.domain.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.problem.NotFoundException;

/**
 * Participants, always read through a viewer's scope: sales operations and audit see everyone, a
 * manager their reporting line (themself included), a participant themself. The scope is part of
 * each query, so nothing outside it is ever loaded.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ParticipantRepository {

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  /** Everyone the viewer may see, ordered by name. */
  public List<Participant> visibleTo(Viewer viewer) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Participant> q = cb.createQuery(Participant.class);
    Root<Participant> p = q.from(Participant.class);
    p.fetch(Participant_.manager, JoinType.LEFT);
    q.select(p)
        .where(scope(viewer, cb, p))
        .orderBy(cb.asc(p.get(Participant_.fullName)), cb.asc(p.get(Participant_.username)));
    return em.createQuery(q).getResultList();
  }

  /** One participant, if the viewer may see them. */
  public Optional<Participant> findVisible(long id, Viewer viewer) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Participant> q = cb.createQuery(Participant.class);
    Root<Participant> p = q.from(Participant.class);
    p.fetch(Participant_.manager, JoinType.LEFT);
    q.select(p).where(cb.equal(p.get(Participant_.id), id), scope(viewer, cb, p));
    return em.createQuery(q).getResultStream().findFirst();
  }

  public Optional<Participant> findByUsername(String username) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Participant> q = cb.createQuery(Participant.class);
    Root<Participant> p = q.from(Participant.class);
    p.fetch(Participant_.manager, JoinType.LEFT);
    q.select(p).where(cb.equal(p.get(Participant_.username), username));
    return em.createQuery(q).getResultStream().findFirst();
  }

  /** Adds a participant under their manager; the user name must be new. */
  @Transactional(Transactional.TxType.REQUIRED)
  public Participant add(NewParticipant input) {
    if (findByUsername(input.username()).isPresent()) {
      throw new ConflictException("A participant with user name " + input.username() + " exists");
    }
    Participant manager = null;
    if (input.managerUsername() != null && !input.managerUsername().isBlank()) {
      manager =
          findByUsername(input.managerUsername())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "managerUsername",
                          "No participant has the user name " + input.managerUsername()));
    }
    Participant participant =
        new Participant(
            input.username(),
            input.fullName(),
            input.email(),
            input.title(),
            input.currency(),
            input.startDate(),
            manager);
    em.persist(participant);
    return participant;
  }

  /**
   * Moves a participant to report to {@code newManager} (null: to the top), rewriting the manager
   * paths of everyone below them; true if they moved.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean move(Participant participant, Participant newManager) {
    String oldLine = participant.moveUnder(newManager);
    if (oldLine == null) {
      return false;
    }
    String newLine = participant.linePrefix();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Participant> q = cb.createQuery(Participant.class);
    Root<Participant> p = q.from(Participant.class);
    q.select(p).where(cb.like(p.get(Participant_.managerPath), oldLine + "%"));
    for (Participant below : em.createQuery(q).getResultList()) {
      below.rebaseLine(oldLine, newLine);
    }
    return true;
  }

  /** Counts everyone the viewer may see. */
  public long countVisibleTo(Viewer viewer) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<Participant> p = q.from(Participant.class);
    q.select(cb.count(p)).where(scope(viewer, cb, p));
    return em.createQuery(q).getSingleResult();
  }

  public Participant getVisible(long id, Viewer viewer) {
    return findVisible(id, viewer)
        .orElseThrow(() -> new NotFoundException("No participant " + id + " in your scope"));
  }

  /**
   * The predicate that limits a query over participants (or over what belongs to them, through a
   * join) to what the viewer may see.
   */
  public Predicate scope(Viewer viewer, CriteriaBuilder cb, Path<Participant> p) {
    if (viewer.seesEveryone()) {
      return cb.conjunction();
    }
    List<Predicate> any = new ArrayList<>();
    if (viewer.seesReportingLine()) {
      // A manager's line: themself, and everyone whose manager path starts with the manager's own
      // path and id. The prefix is read in a subquery, so the whole scope is one statement.
      var sub = cb.createQuery().subquery(String.class);
      Root<Participant> self = sub.from(Participant.class);
      sub.select(
              cb.concat(
                  cb.concat(
                      self.get(Participant_.managerPath),
                      self.get(Participant_.id).as(String.class)),
                  "/%"))
          .where(cb.equal(self.get(Participant_.username), viewer.username()));
      any.add(cb.like(p.get(Participant_.managerPath), sub));
      any.add(cb.equal(p.get(Participant_.username), viewer.username()));
    }
    if (viewer.seesSelf()) {
      any.add(cb.equal(p.get(Participant_.username), viewer.username()));
    }
    return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
  }
}
