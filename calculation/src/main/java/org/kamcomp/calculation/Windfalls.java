package org.kamcomp.calculation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.actual.SalesTransaction;
import org.kamcomp.domain.actual.SalesTransaction_;
import org.kamcomp.domain.actual.WindfallRelease;
import org.kamcomp.domain.actual.WindfallRelease_;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.statement.CalculationRun;
import org.kamcomp.domain.statement.CalculationRun_;
import org.kamcomp.domain.statement.StatementRecord;
import org.kamcomp.domain.statement.StatementRecord_;

/**
 * Windfalls: a run holds a deal that credits more than the plan's share of a participant's annual
 * target (its statement says so, and lists it). Sales operations works the queue of deals held,
 * with the participant, the credit and the threshold, and may release one with a reason; every run
 * from then on credits it in full.
 */
@ApplicationScoped
@Transactional
public class Windfalls {

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  @jakarta.inject.Inject Clock clock;

  /** A release as read (a class: pages read getters). */
  public static final class Released implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String deal;
    private final BigDecimal amount;
    private final String currency;
    private final String reason;
    private final String releasedBy;
    private final String releasedAt;

    Released(WindfallRelease r) {
      this.deal = r.getDeal().getExternalId();
      this.amount = r.getDeal().getAmount();
      this.currency = r.getDeal().facts().currency().getCurrencyCode();
      this.reason = r.getReason();
      this.releasedBy = r.getReleasedBy();
      this.releasedAt = Inquiries.when(r.getReleasedAt());
    }

    public String getDeal() {
      return deal;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public String getCurrency() {
      return currency;
    }

    public String getReason() {
      return reason;
    }

    public String getReleasedBy() {
      return releasedBy;
    }

    public String getReleasedAt() {
      return releasedAt;
    }
  }

  /**
   * A deal held for review, as the queue shows it: the deal, whom it credits and how much, the
   * threshold it exceeded, on which measure, and the latest statement that held it.
   */
  public static final class Held implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String deal;
    private final String participant;
    private final String participantName;
    private final String measure;
    private final BigDecimal credit;
    private final BigDecimal threshold;
    private final String currency;
    private final String period;
    private final long statementId;
    private final boolean published;

    Held(StatementRecord s, StatementRecord.HeldWindfall w) {
      this.deal = w.getDealId();
      this.participant = s.getParticipant().getUsername();
      this.participantName = s.getParticipant().getFullName();
      this.measure = w.getMeasureCode();
      this.credit = w.getCredit();
      this.threshold = w.getThreshold();
      this.currency = s.getCurrency();
      this.period = s.getRun().getPeriodStart() + " to " + s.getRun().getPeriodEnd();
      this.statementId = s.getId();
      this.published = s.getRun().getStatus() == CalculationRun.Status.PUBLISHED;
    }

    public String getDeal() {
      return deal;
    }

    public String getParticipant() {
      return participant;
    }

    public String getParticipantName() {
      return participantName;
    }

    public String getMeasure() {
      return measure;
    }

    public BigDecimal getCredit() {
      return credit;
    }

    public BigDecimal getThreshold() {
      return threshold;
    }

    public String getCurrency() {
      return currency;
    }

    public String getPeriod() {
      return period;
    }

    public long getStatementId() {
      return statementId;
    }

    /** Whether the statement that holds it is published (else: of a run being reviewed). */
    public boolean isPublished() {
      return published;
    }
  }

  /**
   * The deals held for review and not released, each with whom it credits, from the current
   * statements (published, or of runs calculated and not yet published), the latest first.
   */
  public List<Held> queue() {
    Set<String> released = releasedDeals(em);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<StatementRecord> q = cb.createQuery(StatementRecord.class);
    Root<StatementRecord> s = q.from(StatementRecord.class);
    s.fetch(StatementRecord_.run);
    s.fetch(StatementRecord_.participant);
    s.join(StatementRecord_.heldWindfalls);
    var status = s.get(StatementRecord_.run).get(CalculationRun_.status);
    q.select(s)
        .distinct(true)
        .where(
            status.in(CalculationRun.Status.CALCULATED, CalculationRun.Status.PUBLISHED),
            cb.isNull(s.get(StatementRecord_.supersededById)));
    List<StatementRecord> holding = new ArrayList<>(em.createQuery(q).getResultList());
    holding.sort(
        Comparator.comparing((StatementRecord x) -> x.getRun().getPeriodEnd())
            .thenComparing(x -> x.getRun().getNumber())
            .reversed());
    Map<List<String>, Held> latest = new LinkedHashMap<>();
    for (StatementRecord x : holding) {
      for (StatementRecord.HeldWindfall w : x.getHeldWindfalls()) {
        if (!released.contains(w.getDealId())) {
          latest.putIfAbsent(
              List.of(w.getDealId(), x.getParticipant().getUsername()), new Held(x, w));
        }
      }
    }
    return List.copyOf(latest.values());
  }

  /** Releases the deal with this id (the source system's) so that runs credit it in full. */
  public Released release(String dealId, String reason, Viewer viewer) {
    if (dealId == null || dealId.isBlank()) {
      throw new InvalidInputException("deal", "Name the deal (its id) to release");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "Say why the windfall counts after all");
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<SalesTransaction> q = cb.createQuery(SalesTransaction.class);
    Root<SalesTransaction> t = q.from(SalesTransaction.class);
    q.select(t).where(cb.equal(t.get(SalesTransaction_.externalId), dealId.strip()));
    SalesTransaction deal =
        em.createQuery(q)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("deal", "There is no deal " + dealId));
    CriteriaQuery<WindfallRelease> rq = cb.createQuery(WindfallRelease.class);
    Root<WindfallRelease> r = rq.from(WindfallRelease.class);
    rq.select(r).where(cb.equal(r.get(WindfallRelease_.deal), deal));
    for (WindfallRelease before : em.createQuery(rq).getResultList()) {
      throw new ConflictException(
          "Deal " + dealId + " was released by " + before.getReleasedBy() + " already");
    }
    WindfallRelease release = new WindfallRelease(deal, reason, viewer.username(), clock.instant());
    em.persist(release);
    em.flush();
    return new Released(release);
  }

  /** Every release, newest first. */
  public List<Released> released() {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<WindfallRelease> q = cb.createQuery(WindfallRelease.class);
    Root<WindfallRelease> r = q.from(WindfallRelease.class);
    r.fetch(WindfallRelease_.deal);
    q.select(r).orderBy(cb.desc(r.get(WindfallRelease_.id)));
    return em.createQuery(q).getResultList().stream().map(Released::new).toList();
  }

  /** The ids of the deals released, for a run. */
  static Set<String> releasedDeals(EntityManager em) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<String> q = cb.createQuery(String.class);
    Root<WindfallRelease> r = q.from(WindfallRelease.class);
    q.select(r.get(WindfallRelease_.deal).get(SalesTransaction_.externalId));
    return new HashSet<>(em.createQuery(q).getResultList());
  }
}
