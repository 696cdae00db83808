package org.kamcomp.domain.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kamcomp.scoring.Crediting;

/** An account as read, with its account team over time. */
public record AccountSnapshot(String code, String name, AccountTier tier, List<Member> team) {

  /** One membership of the account team: a primary credit split, or an overlay's full credit. */
  public record Member(
      String username,
      BigDecimal splitPercent,
      LocalDate validFrom,
      LocalDate validTo,
      Crediting.Role role) {}

  static AccountSnapshot of(Account a) {
    return new AccountSnapshot(
        a.getCode(),
        a.getName(),
        a.getTier(),
        a.getTeam().stream()
            .map(
                m ->
                    new Member(
                        m.getParticipant().getUsername(),
                        m.getSplitPercent(),
                        m.getValidFrom(),
                        m.getValidTo(),
                        m.getRole()))
            .toList());
  }
}
