package org.kamcomp.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.kamcomp.domain.audit.AuditRevision;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.problem.NotFoundException;
import org.kamcomp.domain.role.RoleProfile;
import org.kamcomp.domain.role.RoleProfile_;

/**
 * Role profiles and plans with their versions: the plan designer's application service and
 * transaction boundary. Reads return detached snapshots; edits of a draft name the version they
 * were made on, so an edit based on a stale read is a conflict, never a silent overwrite.
 */
@ApplicationScoped
@Transactional
public class PlanCatalog {

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  private final Clock clock = Clock.systemUTC();

  public List<RoleProfile> roleProfiles() {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<RoleProfile> q = cb.createQuery(RoleProfile.class);
    Root<RoleProfile> r = q.from(RoleProfile.class);
    return em.createQuery(q.select(r).orderBy(cb.asc(r.get(RoleProfile_.code)))).getResultList();
  }

  public RoleProfile addRoleProfile(String code, RoleProfile.Facts facts) {
    if (findRoleProfile(code).isPresent()) {
      throw new ConflictException("A role profile with the code " + code + " exists");
    }
    RoleProfile profile = new RoleProfile(code, facts);
    em.persist(profile);
    return profile;
  }

  public RoleProfile roleProfile(String code) {
    return findRoleProfile(code)
        .orElseThrow(() -> new NotFoundException("No role profile " + code));
  }

  private Optional<RoleProfile> findRoleProfile(String code) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<RoleProfile> q = cb.createQuery(RoleProfile.class);
    Root<RoleProfile> r = q.from(RoleProfile.class);
    q.select(r).where(cb.equal(r.get(RoleProfile_.code), code));
    return em.createQuery(q).getResultStream().findFirst();
  }

  /** Every version of every plan, plans by code, versions by number. */
  public List<PlanVersionSnapshot> allVersions() {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<PlanVersion> q = cb.createQuery(PlanVersion.class);
    Root<PlanVersion> v = q.from(PlanVersion.class);
    var plan = v.join(PlanVersion_.plan);
    q.select(v).orderBy(cb.asc(plan.get(Plan_.code)), cb.asc(v.get(PlanVersion_.number)));
    return em.createQuery(q).getResultList().stream().map(PlanVersionSnapshot::of).toList();
  }

  /** Creates a plan for a role with its first version, a draft. */
  public PlanVersionSnapshot createPlan(
      String code,
      String name,
      String roleProfileCode,
      Currency currency,
      PlanTerms terms,
      ScorecardDefinition scorecard) {
    if (findPlan(code).isPresent()) {
      throw new ConflictException("A plan with the code " + code + " exists");
    }
    RoleProfile role =
        findRoleProfile(roleProfileCode)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "roleProfileCode", "No role profile has the code " + roleProfileCode));
    Plan plan = new Plan(code, name, role, currency);
    PlanVersion draft = PlanVersion.firstDraft(plan, terms, scorecard);
    em.persist(plan);
    em.persist(draft);
    em.flush();
    return PlanVersionSnapshot.of(draft);
  }

  public PlanVersionSnapshot version(String planCode, int number) {
    return PlanVersionSnapshot.of(find(planCode, number));
  }

  /** Replaces a draft's terms and scorecard, if nobody changed it since {@code readVersion}. */
  public PlanVersionSnapshot revise(
      String planCode, int number, long readVersion, PlanTerms terms, ScorecardDefinition card) {
    PlanVersion v = find(planCode, number);
    requireUnchanged(v, readVersion);
    // A revision may change only the measures (rows of their own): the version moves on all the
    // same, now, so every edit of the aggregate makes the next stale one a conflict.
    em.lock(v, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    v.revise(terms, card);
    em.flush();
    return PlanVersionSnapshot.of(v);
  }

  /**
   * Approves a draft as read at {@code readVersion}; sales operations does this until the workflow
   * exists.
   */
  public PlanVersionSnapshot approve(
      String planCode, int number, long readVersion, String approver) {
    PlanVersion v = find(planCode, number);
    requireUnchanged(v, readVersion);
    v.approve(approver, clock.instant());
    em.flush();
    return PlanVersionSnapshot.of(v);
  }

  /** A new draft made from the plan's latest version. */
  public PlanVersionSnapshot newDraft(String planCode) {
    List<PlanVersion> versions = versions(planCode);
    if (versions.isEmpty()) {
      throw new NotFoundException("No plan " + planCode);
    }
    PlanVersion latest = versions.get(versions.size() - 1);
    if (latest.getStatus() == PlanVersionStatus.DRAFT) {
      throw new ConflictException(
          "Version " + latest.getNumber() + " of plan " + planCode + " is still a draft: edit it");
    }
    PlanVersion draft = latest.nextDraft(latest.getNumber() + 1);
    em.persist(draft);
    em.flush();
    return PlanVersionSnapshot.of(draft);
  }

  /** Two versions of a plan side by side: what differs from {@code from} to {@code to}. */
  public List<PlanVersionComparison.Difference> compare(String planCode, int from, int to) {
    return PlanVersionComparison.compare(
        PlanVersionSnapshot.of(find(planCode, from)), PlanVersionSnapshot.of(find(planCode, to)));
  }

  /**
   * Every recorded change of a version, oldest first: who, when, and each element that changed.
   * Read from the audit (Envers), which keeps the version as it was at each revision.
   */
  public List<PlanVersionHistory> history(String planCode, int number) {
    PlanVersion current = find(planCode, number);
    AuditReader audit = AuditReaderFactory.get(em);
    @SuppressWarnings("unchecked")
    List<Object[]> revisions =
        audit
            .createQuery()
            .forRevisionsOfEntity(PlanVersion.class, false, true)
            .add(AuditEntity.id().eq(current.getId()))
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
    List<PlanVersionHistory> history = new ArrayList<>();
    PlanVersionSnapshot before = null;
    for (Object[] row : revisions) {
      PlanVersion atRevision = (PlanVersion) row[0];
      AuditRevision revision = (AuditRevision) row[1];
      RevisionType type = (RevisionType) row[2];
      PlanVersionSnapshot after =
          type == RevisionType.DEL ? before : PlanVersionSnapshot.of(atRevision);
      List<PlanVersionComparison.Difference> changes = new ArrayList<>();
      if (before != null && after != null) {
        if (before.status() != after.status()) {
          changes.add(
              new PlanVersionComparison.Difference(
                  "status", before.status().name(), after.status().name()));
        }
        changes.addAll(PlanVersionComparison.compare(before, after));
      }
      history.add(
          new PlanVersionHistory(
              revision.getId(),
              revision.getChangedAt(),
              revision.getChangedBy(),
              switch (type) {
                case ADD -> "CREATED";
                case MOD -> "CHANGED";
                case DEL -> "REMOVED";
              },
              changes));
      before = after;
    }
    return history;
  }

  private static void requireUnchanged(PlanVersion v, long readVersion) {
    if (v.getVersion() != readVersion) {
      throw new ConflictException(
          "Someone else changed version "
              + v.getNumber()
              + " of plan "
              + v.getPlan().getCode()
              + " since you read it; reload it and apply your change again");
    }
  }

  private Optional<Plan> findPlan(String code) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Plan> q = cb.createQuery(Plan.class);
    Root<Plan> p = q.from(Plan.class);
    q.select(p).where(cb.equal(p.get(Plan_.code), code));
    return em.createQuery(q).getResultStream().findFirst();
  }

  private List<PlanVersion> versions(String planCode) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<PlanVersion> q = cb.createQuery(PlanVersion.class);
    Root<PlanVersion> v = q.from(PlanVersion.class);
    q.select(v)
        .where(cb.equal(v.join(PlanVersion_.plan).get(Plan_.code), planCode))
        .orderBy(cb.asc(v.get(PlanVersion_.number)));
    return em.createQuery(q).getResultList();
  }

  private PlanVersion find(String planCode, int number) {
    return findVersion(planCode, number)
        .orElseThrow(() -> new NotFoundException("No version " + number + " of plan " + planCode));
  }

  /**
   * A version itself, for other services working on it in their transaction (assignments refer to
   * versions); views read {@link #version} snapshots instead.
   */
  public Optional<PlanVersion> findVersion(String planCode, int number) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<PlanVersion> q = cb.createQuery(PlanVersion.class);
    Root<PlanVersion> v = q.from(PlanVersion.class);
    q.select(v)
        .where(
            cb.equal(v.join(PlanVersion_.plan).get(Plan_.code), planCode),
            cb.equal(v.get(PlanVersion_.number), number));
    return em.createQuery(q).getResultStream().findFirst();
  }
}
