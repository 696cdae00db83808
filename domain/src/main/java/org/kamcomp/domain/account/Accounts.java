package org.kamcomp.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kamcomp.domain.problem.NotFoundException;

/** Reads accounts with their teams; they are written by imports. */
@ApplicationScoped
@Transactional
public class Accounts {

  @PersistenceContext(unitName = "kam")
  EntityManager em;

  /** Every account by code, with its team. */
  public List<AccountSnapshot> all() {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Account> q = cb.createQuery(Account.class);
    Root<Account> a = q.from(Account.class);
    q.select(a).orderBy(cb.asc(a.get(Account_.code)));
    return em.createQuery(q).getResultList().stream().map(AccountSnapshot::of).toList();
  }

  public AccountSnapshot get(String code) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Account> q = cb.createQuery(Account.class);
    Root<Account> a = q.from(Account.class);
    q.select(a).where(cb.equal(a.get(Account_.code), code));
    return em.createQuery(q)
        .getResultStream()
        .findFirst()
        .map(AccountSnapshot::of)
        .orElseThrow(() -> new NotFoundException("No account " + code));
  }
}
