package org.kamcomp.web.statement;

import java.io.Serializable;
import java.math.BigDecimal;
import org.kamcomp.domain.statement.StatementRecord;

/** A statement in a table (EL reads getters). */
public final class StatementRow implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One reader factory: {@code Json.createReader} looks the provider up on every call. */
  private static final jakarta.json.JsonReaderFactory READER =
      jakarta.json.spi.JsonProvider.provider().createReaderFactory(java.util.Map.of());

  private final long id;
  private final long assignmentId;
  private final String participant;
  private final String name;
  private final String plan;
  private final String period;
  private final String kind;
  private final String status;
  private final String exception;
  private final BigDecimal earned;
  private final BigDecimal amountDue;
  private final String currency;
  private final BigDecimal difference;
  private final BigDecimal adjustments;
  private final BigDecimal targetIncentive;

  StatementRow(StatementRecord s) {
    this.id = s.getId();
    this.assignmentId = s.getAssignmentId();
    this.participant = s.getParticipant().getUsername();
    this.name = s.getParticipant().getFullName();
    this.plan = s.getPlanCode() + " v" + s.getPlanVersion();
    this.period = s.getRun().getPeriodStart() + " to " + s.getRun().getPeriodEnd();
    this.kind = s.getKind().name().toLowerCase().replace('_', '-');
    this.status = s.getStatus().name().toLowerCase();
    this.exception = s.getException();
    this.earned = s.getEarned();
    this.amountDue = s.getAmountDue();
    this.currency = s.getCurrency();
    this.difference = s.getDifference();
    this.adjustments = s.getAdjustments();
    this.targetIncentive = targetIncentive(s.getDocument());
  }

  private static BigDecimal targetIncentive(String document) {
    jakarta.json.JsonObject doc;
    try (var r = READER.createReader(new java.io.StringReader(document))) {
      doc = r.readObject();
    }
    var ti = doc.get("targetIncentive");
    return ti instanceof jakarta.json.JsonNumber n ? n.bigDecimalValue() : null;
  }

  /** The adjustments the statement carries (in its amount due). */
  public BigDecimal getAdjustments() {
    return adjustments;
  }

  /** The target incentive of the statement's window (the year to date for an advance). */
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

  public String getPeriod() {
    return period;
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
}
