package org.kamcomp.domain.actual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.account.Account;
import org.kamcomp.domain.account.AccountTier;
import org.kamcomp.domain.problem.FieldError;

class SalesTransactionTest {

  static final Currency EUR = Currency.getInstance("EUR");
  static final LocalDate DAY = LocalDate.of(2026, 3, 15);

  static SalesTransaction.Facts facts(String amount, String margin, int term, LocalDate cancelled) {
    return new SalesTransaction.Facts(
        DAY,
        new BigDecimal(amount),
        margin == null ? null : new BigDecimal(margin),
        EUR,
        term,
        null,
        cancelled);
  }

  @Test
  void factsAreCheckedWithTheImportsColumnNames() {
    assertEquals(
        List.of(
            new FieldError(
                "contract_term_months", "A contract runs for at least 1 month (12 if not given)"),
            new FieldError("margin", "The margin cannot exceed the amount"),
            new FieldError("cancelled_on", "A deal cannot be cancelled before it was booked")),
        facts("100", "101", 0, DAY.minusDays(1)).problems());
    assertEquals(List.of(), facts("-100", "-20", 36, DAY.plusMonths(2)).problems());
  }

  @Test
  void theSameReportAgainChangesNothing() {
    Account acme = new Account("ACME", "Acme", AccountTier.KEY);
    var t = new SalesTransaction("T-1", acme, facts("1000.00", "300", 12, null));
    assertFalse(t.revise(acme, facts("1000", "300.0", 12, null)));
    assertTrue(t.revise(acme, facts("1000", "300", 12, DAY.plusDays(10))));
  }
}
