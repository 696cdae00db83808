package org.kamcomp.web.plan;

import java.time.LocalDate;
import org.kamcomp.domain.plan.PlanVersionSnapshot;
import org.kamcomp.domain.plan.PlanVersionStatus;
import org.kamcomp.domain.plan.TargetIncentive;

/**
 * A plan version as a row of the plan list (a class with getters: Faces EL does not read records).
 */
public class PlanRow {
  private final String code;
  private final String name;
  private final String roleProfile;
  private final int number;
  private final String status;
  private final LocalDate effectiveFrom;
  private final String targetIncentive;
  private final String performancePeriod;
  private final String payoutFrequency;
  private final int measures;

  PlanRow(PlanVersionSnapshot s) {
    this.code = s.planCode();
    this.name = s.planName();
    this.roleProfile = s.roleProfileCode();
    this.number = s.number();
    this.status = s.status().name();
    this.effectiveFrom = s.terms().effectiveFrom();
    this.targetIncentive = describe(s.terms().targetIncentive(), s.currency());
    this.performancePeriod = Labels.of(s.terms().performancePeriod());
    this.payoutFrequency = Labels.of(s.terms().payoutFrequency());
    this.measures = s.scorecard().measures().size();
  }

  static String describe(TargetIncentive ti, String currency) {
    String value = ti.getValue().stripTrailingZeros().toPlainString();
    return ti.getKind() == TargetIncentive.Kind.AMOUNT
        ? value + " " + currency
        : value + " % of base";
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getRoleProfile() {
    return roleProfile;
  }

  public int getNumber() {
    return number;
  }

  public String getStatus() {
    return status;
  }

  public boolean isDraft() {
    return PlanVersionStatus.DRAFT.name().equals(status);
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public String getTargetIncentive() {
    return targetIncentive;
  }

  public String getPerformancePeriod() {
    return performancePeriod;
  }

  public String getPayoutFrequency() {
    return payoutFrequency;
  }

  public int getMeasures() {
    return measures;
  }
}
