package org.kamcomp.web.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import org.kamcomp.domain.plan.CreditingRule;
import org.kamcomp.domain.plan.Draw;
import org.kamcomp.domain.plan.PeriodType;
import org.kamcomp.domain.plan.PlanTerms;
import org.kamcomp.domain.plan.TargetIncentive;

/** A draft's terms as the editor's inputs hold them: numbers as typed, choices as constants. */
public class TermsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String effectiveFrom;
  private TargetIncentive.Kind targetIncentiveKind = TargetIncentive.Kind.PERCENT_OF_BASE;
  private String targetIncentive;
  private PeriodType performancePeriod;
  private PeriodType payoutFrequency;
  private String advanceRatePercent;
  private boolean trueUpForgiven;
  private boolean overlayAllowed;
  private String planCapMultiple;
  private CreditingRule creditingRule;
  private String windfallThresholdPercent;
  private Draw.Kind drawKind;
  private String drawAmount;
  private boolean drawCarriesOver;
  private String clawbackWindowMonths;

  static TermsForm from(PlanTerms t) {
    TermsForm f = new TermsForm();
    f.effectiveFrom = t.effectiveFrom() == null ? "" : t.effectiveFrom().toString();
    if (t.targetIncentive() != null) {
      f.targetIncentiveKind = t.targetIncentive().getKind();
      f.targetIncentive = Parser.show(t.targetIncentive().getValue());
    }
    f.performancePeriod = t.performancePeriod();
    f.payoutFrequency = t.payoutFrequency();
    f.advanceRatePercent = Parser.show(t.advanceRatePercent());
    f.trueUpForgiven = t.trueUpForgiven();
    f.overlayAllowed = t.overlayAllowed();
    f.planCapMultiple = Parser.show(t.planCapMultiple());
    f.creditingRule = t.creditingRule();
    f.windfallThresholdPercent = Parser.show(t.windfallThresholdPercent());
    if (t.draw() != null) {
      f.drawKind = t.draw().kind();
      f.drawAmount = Parser.show(t.draw().amountPerPeriod());
      f.drawCarriesOver = t.draw().carriesOver();
    }
    f.clawbackWindowMonths = String.valueOf(t.clawbackWindowMonths());
    return f;
  }

  /** The terms as the model takes them; what cannot be read is reported to {@code parser}. */
  PlanTerms toModel(Parser parser) {
    BigDecimal ti = parser.decimal(targetIncentive, "targetIncentive.value");
    BigDecimal drawAmountValue = parser.decimal(drawAmount, "draw.amountPerPeriod");
    return new PlanTerms(
        parser.date(effectiveFrom, "effectiveFrom"),
        ti == null || targetIncentiveKind == null
            ? null
            : new TargetIncentive(targetIncentiveKind, ti),
        performancePeriod,
        payoutFrequency,
        parser.decimal(advanceRatePercent, "advanceRatePercent"),
        trueUpForgiven,
        parser.decimal(planCapMultiple, "planCapMultiple"),
        creditingRule,
        overlayAllowed,
        parser.decimal(windfallThresholdPercent, "windfallThresholdPercent"),
        drawKind == null && drawAmountValue == null
            ? null
            : new Draw(drawKind, drawAmountValue, drawCarriesOver),
        parser.whole(clawbackWindowMonths, "clawbackWindowMonths", 0));
  }

  public boolean isTrueUpForgiven() {
    return trueUpForgiven;
  }

  public void setTrueUpForgiven(boolean trueUpForgiven) {
    this.trueUpForgiven = trueUpForgiven;
  }

  public boolean isOverlayAllowed() {
    return overlayAllowed;
  }

  public void setOverlayAllowed(boolean overlayAllowed) {
    this.overlayAllowed = overlayAllowed;
  }

  public String getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(String effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public TargetIncentive.Kind getTargetIncentiveKind() {
    return targetIncentiveKind;
  }

  public void setTargetIncentiveKind(TargetIncentive.Kind targetIncentiveKind) {
    this.targetIncentiveKind = targetIncentiveKind;
  }

  public String getTargetIncentive() {
    return targetIncentive;
  }

  public void setTargetIncentive(String targetIncentive) {
    this.targetIncentive = targetIncentive;
  }

  public PeriodType getPerformancePeriod() {
    return performancePeriod;
  }

  public void setPerformancePeriod(PeriodType performancePeriod) {
    this.performancePeriod = performancePeriod;
  }

  public PeriodType getPayoutFrequency() {
    return payoutFrequency;
  }

  public void setPayoutFrequency(PeriodType payoutFrequency) {
    this.payoutFrequency = payoutFrequency;
  }

  public String getAdvanceRatePercent() {
    return advanceRatePercent;
  }

  public void setAdvanceRatePercent(String advanceRatePercent) {
    this.advanceRatePercent = advanceRatePercent;
  }

  public String getPlanCapMultiple() {
    return planCapMultiple;
  }

  public void setPlanCapMultiple(String planCapMultiple) {
    this.planCapMultiple = planCapMultiple;
  }

  public CreditingRule getCreditingRule() {
    return creditingRule;
  }

  public void setCreditingRule(CreditingRule creditingRule) {
    this.creditingRule = creditingRule;
  }

  public String getWindfallThresholdPercent() {
    return windfallThresholdPercent;
  }

  public void setWindfallThresholdPercent(String windfallThresholdPercent) {
    this.windfallThresholdPercent = windfallThresholdPercent;
  }

  public Draw.Kind getDrawKind() {
    return drawKind;
  }

  public void setDrawKind(Draw.Kind drawKind) {
    this.drawKind = drawKind;
  }

  public String getDrawAmount() {
    return drawAmount;
  }

  public void setDrawAmount(String drawAmount) {
    this.drawAmount = drawAmount;
  }

  public boolean isDrawCarriesOver() {
    return drawCarriesOver;
  }

  public void setDrawCarriesOver(boolean drawCarriesOver) {
    this.drawCarriesOver = drawCarriesOver;
  }

  public String getClawbackWindowMonths() {
    return clawbackWindowMonths;
  }

  public void setClawbackWindowMonths(String clawbackWindowMonths) {
    this.clawbackWindowMonths = clawbackWindowMonths;
  }
}
