package org.kamcomp.domain.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.account.Account;
import org.kamcomp.domain.account.AccountTier;
import org.kamcomp.domain.actual.SalesTransaction;
import org.kamcomp.domain.plan.CreditingRule;

/** A multi-year deal credits by the plan's rule: TCV, ACV, or the first year's amount. */
class CreditedValueTest {

  static SalesTransaction deal(String amount, int term, String firstYear) {
    return new SalesTransaction(
        "T-1",
        new Account("A", "A", AccountTier.KEY),
        new SalesTransaction.Facts(
            LocalDate.of(2025, 3, 1),
            new BigDecimal(amount),
            null,
            Currency.getInstance("EUR"),
            term,
            firstYear == null ? null : new BigDecimal(firstYear),
            null));
  }

  @Test
  void aThreeYearDeal() {
    SalesTransaction t = deal("900000", 36, "400000");
    assertEquals(
        0, new BigDecimal("900000").compareTo(PlanFit.creditedValue(t, CreditingRule.TCV)));
    assertEquals(
        0, new BigDecimal("300000").compareTo(PlanFit.creditedValue(t, CreditingRule.ACV)));
    assertEquals(
        0, new BigDecimal("400000").compareTo(PlanFit.creditedValue(t, CreditingRule.FIRST_YEAR)));
  }

  @Test
  void theFirstYearFallsBackToAcvAndAOneYearDealIsItsAmount() {
    assertEquals(
        0,
        new BigDecimal("450000")
            .compareTo(PlanFit.creditedValue(deal("900000", 24, null), CreditingRule.FIRST_YEAR)));
    assertEquals(
        0,
        new BigDecimal("5000")
            .compareTo(PlanFit.creditedValue(deal("5000", 6, null), CreditingRule.ACV)));
  }
}
