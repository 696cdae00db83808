package org.kamcomp.web.statement;

import java.io.Serializable;
import java.math.BigDecimal;
import org.kamcomp.domain.statement.StatementRecord;

/** A statement in a table (EL reads getters). */
public final class StatementRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
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

  StatementRow(StatementRecord s) {
    this.id = s.getId();
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
  }

  public long getId() {
    return id;
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
