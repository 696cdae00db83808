package org.kamcomp.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Currency;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.role.RoleProfile;

/**
 * An incentive plan for a role, in one currency. Its content lives in its versions: every change is
 * a new version, and only an approved version takes effect.
 */
@Entity
@Table(name = "comp_plan")
public class Plan {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comp_plan_seq")
  @SequenceGenerator(name = "comp_plan_seq", sequenceName = "comp_plan_seq", allocationSize = 10)
  private Long id;

  @Version private long version;

  @Column(name = "code", nullable = false, unique = true, updatable = false)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "role_profile_id", nullable = false)
  private RoleProfile roleProfile;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "currency", nullable = false, length = 3, updatable = false)
  private String currency;

  protected Plan() {}

  public Plan(String code, String name, RoleProfile roleProfile, Currency currency) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("code", "A plan needs a code");
    }
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("name", "A plan needs a name");
    }
    this.code = code.strip();
    this.name = name.strip();
    this.roleProfile = Objects.requireNonNull(roleProfile, "roleProfile is required");
    this.currency = Objects.requireNonNull(currency, "currency is required").getCurrencyCode();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public RoleProfile getRoleProfile() {
    return roleProfile;
  }

  public Currency getCurrency() {
    return Currency.getInstance(currency);
  }

  @Override
  public boolean equals(Object o) {
    // The other side may be a Hibernate proxy, whose fields are empty: compare through getters.
    return this == o || (o instanceof Plan p && getCode().equals(p.getCode()));
  }

  @Override
  public int hashCode() {
    return getCode().hashCode();
  }
}
