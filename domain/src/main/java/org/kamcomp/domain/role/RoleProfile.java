package org.kamcomp.domain.role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kamcomp.domain.problem.FieldError;
import org.kamcomp.domain.problem.InvalidInputException;

/**
 * A sales role (KAM, AM, ...) described by its customers' buying process: how long a typical sale
 * takes, how many opportunities a year the role works, whether it sells in teams, and the band of
 * variable pay that suits it. The plan-fit check measures plans against these facts.
 */
@Entity
@Table(name = "role_profile")
public class RoleProfile {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_profile_seq")
  @SequenceGenerator(
      name = "role_profile_seq",
      sequenceName = "role_profile_seq",
      allocationSize = 10)
  private Long id;

  @Version private long version;

  @Column(name = "code", nullable = false, unique = true, updatable = false)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "sales_cycle_months", nullable = false)
  private int salesCycleMonths;

  @Column(name = "opportunities_per_year", nullable = false, precision = 9, scale = 2)
  private BigDecimal opportunitiesPerYear;

  @Column(name = "team_selling", nullable = false)
  private boolean teamSelling;

  @Column(name = "key_account", nullable = false)
  private boolean keyAccount;

  @Column(name = "variable_pay_min_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal variablePayMinPercent;

  @Column(name = "variable_pay_max_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal variablePayMaxPercent;

  protected RoleProfile() {}

  /** The facts of a role profile as sales operations enters them. */
  public record Facts(
      String name,
      int salesCycleMonths,
      BigDecimal opportunitiesPerYear,
      boolean teamSelling,
      boolean keyAccount,
      BigDecimal variablePayMinPercent,
      BigDecimal variablePayMaxPercent) {

    List<FieldError> problems() {
      List<FieldError> errors = new ArrayList<>();
      if (name == null || name.isBlank()) {
        errors.add(new FieldError("name", "A role profile needs a name"));
      }
      if (salesCycleMonths < 1 || salesCycleMonths > 60) {
        errors.add(
            new FieldError("salesCycleMonths", "The sales cycle lies between 1 and 60 months"));
      }
      if (opportunitiesPerYear == null || opportunitiesPerYear.signum() <= 0) {
        errors.add(new FieldError("opportunitiesPerYear", "Opportunities a year must be above 0"));
      }
      if (variablePayMinPercent == null
          || variablePayMaxPercent == null
          || variablePayMinPercent.signum() < 0
          || variablePayMaxPercent.compareTo(BigDecimal.valueOf(100)) > 0
          || variablePayMinPercent.compareTo(variablePayMaxPercent) > 0) {
        errors.add(
            new FieldError(
                "variablePayMaxPercent",
                "The variable pay band runs from a minimum to a maximum between 0 % and 100 %"));
      }
      return errors;
    }
  }

  public RoleProfile(String code, Facts facts) {
    Objects.requireNonNull(code, "code is required");
    if (code.isBlank()) {
      throw new InvalidInputException("code", "A role profile needs a code");
    }
    this.code = code.strip();
    describe(facts);
  }

  /** Replaces the role's facts. */
  public final void describe(Facts facts) {
    List<FieldError> errors = facts.problems();
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    this.name = facts.name().strip();
    this.salesCycleMonths = facts.salesCycleMonths();
    this.opportunitiesPerYear = facts.opportunitiesPerYear();
    this.teamSelling = facts.teamSelling();
    this.keyAccount = facts.keyAccount();
    this.variablePayMinPercent = facts.variablePayMinPercent();
    this.variablePayMaxPercent = facts.variablePayMaxPercent();
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getSalesCycleMonths() {
    return salesCycleMonths;
  }

  public BigDecimal getOpportunitiesPerYear() {
    return opportunitiesPerYear;
  }

  public boolean isTeamSelling() {
    return teamSelling;
  }

  public boolean isKeyAccount() {
    return keyAccount;
  }

  public BigDecimal getVariablePayMinPercent() {
    return variablePayMinPercent;
  }

  public BigDecimal getVariablePayMaxPercent() {
    return variablePayMaxPercent;
  }

  @Override
  public boolean equals(Object o) {
    // The other side may be a Hibernate proxy, whose fields are empty: compare through getters.
    return this == o || (o instanceof RoleProfile r && getCode().equals(r.getCode()));
  }

  @Override
  public int hashCode() {
    return getCode().hashCode();
  }
}
