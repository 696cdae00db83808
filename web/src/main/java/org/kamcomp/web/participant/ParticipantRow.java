package org.kamcomp.web.participant;

import java.time.LocalDate;
import org.kamcomp.domain.participant.Participant;

/** A participant as a table row (a class with getters: Faces EL does not read records). */
public class ParticipantRow {
  private final long id;
  private final String username;
  private final String fullName;
  private final String title;
  private final String managerName;
  private final String currency;
  private final LocalDate startDate;

  ParticipantRow(Participant p) {
    this.id = p.getId();
    this.username = p.getUsername();
    this.fullName = p.getFullName();
    this.title = p.getTitle();
    this.managerName = p.getManager().map(Participant::getFullName).orElse("");
    this.currency = p.getCurrency().getCurrencyCode();
    this.startDate = p.getStartDate();
  }

  public long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  public String getTitle() {
    return title;
  }

  public String getManagerName() {
    return managerName;
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getStartDate() {
    return startDate;
  }
}
