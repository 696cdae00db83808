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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.actual.SalesTransaction;
import org.kamcomp.domain.actual.SalesTransaction_;
import org.kamcomp.domain.actual.WindfallRelease;
import org.kamcomp.domain.actual.WindfallRelease_;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.InvalidInputException;

/**
 * Windfall releases: a run holds a deal that credits more than the plan's share of a participant's
 * annual target (its statement says so); sales operations reviews it and may release it, and every
 * run from then on credits it in full.
 */
@ApplicationScoped
@Transactional
public class Windfalls {

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  private final Clock clock = Clock.systemUTC();

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

  /** Releases the deal with this id (the source system's) so that runs credit it in full. */
  public Released release(String dealId, String reason, Viewer viewer) {
    if (dealId == null || dealId.isBlank()) {
      throw new InvalidInputException("deal", "Name the deal (its id) to release");
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
