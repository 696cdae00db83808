package org.kamcomp.web.statement;

import java.io.Serializable;
import java.math.BigDecimal;
import org.kamcomp.domain.plan.CompanyCalendar;
import org.kamcomp.domain.statement.CalculationRun;
import org.kamcomp.domain.statement.StatementRecord;

/** A statement in a table (EL reads getters). */
public final class StatementRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final long assignmentId;
  private final String participant;
  private final String name;
  private final String plan;
  private final String period;
  private final String periodKey;
  private final String kind;
  private final String status;
  private final String exception;
  private final BigDecimal earned;
  private final BigDecimal ownDue;
  private final BigDecimal amountDue;
  private final String currency;
  private final BigDecimal difference;
  private final BigDecimal adjustments;
  private final BigDecimal targetIncentive;
  private final boolean published;

  StatementRow(StatementRecord s) {
    this.id = s.getId();
    this.assignmentId = s.getAssignmentId();
    this.participant = s.getParticipant().getUsername();
    this.name = s.getParticipant().getFullName();
    this.plan = s.getPlanCode() + " v" + s.getPlanVersion();
    this.period =
        CompanyCalendar.get().name(s.getRun().getPeriodStart(), s.getRun().getPeriodEnd());
    this.periodKey = key(s.getRun());
    this.kind = s.getKind().name().toLowerCase().replace('_', '-');
    this.status = s.getStatus().name().toLowerCase();
    this.exception = s.getException();
    this.earned = s.getEarned();
    this.ownDue = s.getOwnDue();
    this.amountDue = s.getAmountDue();
    this.currency = s.getCurrency();
    this.difference = s.getDifference();
    this.adjustments = s.getAdjustments();
    this.targetIncentive = s.getTargetIncentive();
    this.published = s.getRun().getStatus() == CalculationRun.Status.PUBLISHED;
  }

  /** A run's period as a value of a page's choice: "2026-07-01/2026-09-30". */
  static String key(CalculationRun run) {
    return run.getPeriodStart() + "/" + run.getPeriodEnd();
  }

  /** The adjustments the statement carries (in its amount due). */
  public BigDecimal getAdjustments() {
    return adjustments;
  }

  /** The target incentive of the scorecard's span (the period to date for an advance). */
  public BigDecimal getTargetIncentive() {
    return targetIncentive;
  }

  /**
   * What the scorecard earned as a percentage of the target incentive, to two decimals (null when
   * held): 100 % is on target.
   */
  public BigDecimal getPercentOfTarget() {
    return org.kamcomp.calculation.PayoutBands.percentOfTarget(earned, targetIncentive);
  }

  public long getId() {
    return id;
  }

  public long getAssignmentId() {
    return assignmentId;
  }

  public String getParticipant() {
    return participant;
  }

  public String getName() {
    return name;
  }

  public String getPlan() {
    return plan;
  }

  /** The period paid for, named: "Q3 2026". */
  public String getPeriod() {
    return period;
  }

  public String getPeriodKey() {
    return periodKey;
  }

  public String getKind() {
    return kind;
  }

  public String getStatus() {
    return status;
  }

  public String getException() {
    return exception;
  }

  public BigDecimal getEarned() {
    return earned;
  }

  /** What the statement pays for its own period, before adjustments. */
  public BigDecimal getOwnDue() {
    return ownDue;
  }

  public BigDecimal getAmountDue() {
    return amountDue;
  }

  /** Against the published version of the same period, for a recalculation; else null. */
  public BigDecimal getDifference() {
    return difference;
  }

  public String getCurrency() {
    return currency;
  }

  public boolean isPublished() {
    return published;
  }
}
