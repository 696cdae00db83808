package org.kamcomp.api.participant;

import java.time.LocalDate;
import org.kamcomp.domain.participant.Participant;

/** A participant as the API shows it. */
public record ParticipantView(
    long id,
    String username,
    String fullName,
    String email,
    String title,
    String managerUsername,
    String currency,
    LocalDate startDate,
    long version) {

  public static ParticipantView from(Participant p) {
    return new ParticipantView(
        p.getId(),
        p.getUsername(),
        p.getFullName(),
        p.getEmail(),
        p.getTitle(),
        p.getManager().map(Participant::getUsername).orElse(null),
        p.getCurrency().getCurrencyCode(),
        p.getStartDate(),
        p.getVersion());
  }
}
