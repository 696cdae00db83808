package org.kamcomp.api.participant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;
import org.kamcomp.domain.participant.NewParticipant;
import org.kamcomp.domain.problem.InvalidInputException;

/** A request to add a participant. */
public record NewParticipantRequest(
    @NotBlank(message = "is required")
        @Size(max = 100, message = "must be at most 100 characters")
        @Pattern(
            regexp = "[a-z0-9][a-z0-9._@-]*",
            message = "may hold lower-case letters, digits and . _ @ - only")
        String username,
    @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String fullName,
    @Email(message = "must be an e-mail address") @Size(max = 254) String email,
    @Size(max = 200, message = "must be at most 200 characters") String title,
    String managerUsername,
    @NotBlank(message = "is required") String currency,
    @NotNull(message = "is required") LocalDate startDate) {

  private static final Set<String> CURRENCIES =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .collect(Collectors.toUnmodifiableSet());

  NewParticipant toCommand() {
    if (!CURRENCIES.contains(currency)) {
      throw new InvalidInputException("currency", currency + " is not an ISO 4217 currency code");
    }
    return new NewParticipant(
        username,
        fullName,
        email,
        title,
        managerUsername,
        Currency.getInstance(currency),
        startDate);
  }
}
