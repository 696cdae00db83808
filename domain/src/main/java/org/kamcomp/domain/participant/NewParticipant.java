package org.kamcomp.domain.participant;

import java.time.LocalDate;
import java.util.Currency;

/** What sales operations enter to add a participant; the manager is named by user name. */
public record NewParticipant(
    String username,
    String fullName,
    String email,
    String title,
    String managerUsername,
    Currency currency,
    LocalDate startDate) {}
