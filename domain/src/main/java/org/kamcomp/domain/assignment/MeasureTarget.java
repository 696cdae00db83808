package org.kamcomp.domain.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A participant's target on one measure for the period that ends on {@code periodEnd}: for a plan
 * measured each quarter, that quarter's target; for an annual plan paying quarterly advances, the
 * cumulative target to that quarter's end (the last one is the year's target).
 */
@Embeddable
public class MeasureTarget {

  @Column(name = "measure_code", nullable = false)
  private String measureCode;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
  private BigDecimal value;

  protected MeasureTarget() {}

  MeasureTarget(String measureCode, LocalDate periodEnd, BigDecimal value) {
    this.measureCode = measureCode;
    this.periodEnd = periodEnd;
    this.value = value;
  }

  public String getMeasureCode() {
    return measureCode;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public BigDecimal getValue() {
    return value;
  }

  boolean isFor(String code, LocalDate end) {
    return measureCode.equals(code) && periodEnd.equals(end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MeasureTarget t
        && measureCode.equals(t.measureCode)
        && periodEnd.equals(t.periodEnd)
        && value.compareTo(t.value) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(measureCode, periodEnd, value.stripTrailingZeros());
  }
}
