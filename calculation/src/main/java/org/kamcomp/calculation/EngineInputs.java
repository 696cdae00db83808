package org.kamcomp.calculation;

import org.kamcomp.domain.account.AccountTeamMember;
import org.kamcomp.domain.actual.SalesTransaction;
import org.kamcomp.scoring.Crediting;

/** The platform's records as the engine's inputs; accounts are named by their ids. */
final class EngineInputs {

  private EngineInputs() {}

  static Crediting.Deal deal(SalesTransaction x) {
    return new Crediting.Deal(
        x.getExternalId(),
        x.getAccount().getId().toString(),
        x.getBookingDate(),
        x.getAmount(),
        x.getMargin(),
        x.getContractTermMonths(),
        x.getFirstYearAmount(),
        x.getCancelledOn());
  }

  static Crediting.Membership membership(AccountTeamMember m) {
    return new Crediting.Membership(
        m.getAccountId().toString(),
        m.getParticipant().getUsername(),
        m.getSplitPercent(),
        m.getValidFrom(),
        m.getValidTo());
  }
}
