package org.kamcomp.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * The annual target incentive: an amount in the plan's currency, or a percentage of the base
 * salary. The pay mix at target is derived from it, never entered.
 */
@Embeddable
public class TargetIncentive {

  /** How the target incentive is expressed. */
  public enum Kind {
    AMOUNT,
    PERCENT_OF_BASE
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "ti_kind", nullable = false, length = 20)
  private Kind kind;

  @Column(name = "ti_value", nullable = false, precision = 19, scale = 4)
  private BigDecimal value;

  protected TargetIncentive() {}

  public TargetIncentive(Kind kind, BigDecimal value) {
    this.kind = Objects.requireNonNull(kind, "kind is required");
    this.value = Objects.requireNonNull(value, "value is required");
  }

  public static TargetIncentive amount(String amount) {
    return new TargetIncentive(Kind.AMOUNT, new BigDecimal(amount));
  }

  public static TargetIncentive percentOfBase(String percent) {
    return new TargetIncentive(Kind.PERCENT_OF_BASE, new BigDecimal(percent));
  }

  public Kind getKind() {
    return kind;
  }

  public BigDecimal getValue() {
    return value;
  }

  /** The annual target incentive for a base salary. */
  public BigDecimal annualAmount(BigDecimal baseSalary) {
    return kind == Kind.AMOUNT ? value : baseSalary.multiply(value).movePointLeft(2);
  }

  /**
   * The variable share of pay at target, TI / (base + TI), as a percentage (for display and the
   * plan-fit check; 4 significant digits are plenty there, and no payout is computed from it).
   */
  public BigDecimal variableSharePercent(BigDecimal baseSalary) {
    BigDecimal ti = annualAmount(baseSalary);
    BigDecimal total = baseSalary.add(ti);
    return total.signum() == 0
        ? BigDecimal.ZERO
        : ti.multiply(BigDecimal.valueOf(100)).divide(total, MathContext.DECIMAL64);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TargetIncentive t && kind == t.kind && value.compareTo(t.value) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value.stripTrailingZeros());
  }
}
