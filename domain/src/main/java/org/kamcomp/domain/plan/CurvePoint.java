package org.kamcomp.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One point of a payout curve: at attainment {@code a} (1.00 = target) the measure pays {@code p}
 * (1.00 = its weight's share of the target incentive).
 */
@Embeddable
public class CurvePoint {

  @Column(name = "attainment", nullable = false, precision = 12, scale = 6)
  private BigDecimal attainment;

  @Column(name = "payout", nullable = false, precision = 12, scale = 6)
  private BigDecimal payout;

  protected CurvePoint() {}

  public CurvePoint(BigDecimal attainment, BigDecimal payout) {
    this.attainment = Objects.requireNonNull(attainment, "attainment is required");
    this.payout = Objects.requireNonNull(payout, "payout is required");
  }

  public static CurvePoint of(String attainment, String payout) {
    return new CurvePoint(new BigDecimal(attainment), new BigDecimal(payout));
  }

  public BigDecimal getAttainment() {
    return attainment;
  }

  public BigDecimal getPayout() {
    return payout;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CurvePoint p
        && attainment.compareTo(p.attainment) == 0
        && payout.compareTo(p.payout) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(attainment.stripTrailingZeros(), payout.stripTrailingZeros());
  }

  @Override
  public String toString() {
    return "(" + attainment.toPlainString() + ", " + payout.toPlainString() + ")";
  }
}
