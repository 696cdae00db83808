package org.kamcomp.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.problem.InvalidInputException;

class AccountTest {

  static final LocalDate JAN = LocalDate.of(2026, 1, 1);
  final Participant kate = person("kate");
  final Participant kai = person("kai");
  final Account acme = new Account("ACME", "Acme Industries", AccountTier.STRATEGIC);

  static Participant person(String username) {
    return new Participant(username, username, null, null, Currency.getInstance("EUR"), JAN, null);
  }

  @Test
  void aSplitLiesAboveZeroAndAtMostAHundredPercent() {
    var zero =
        assertThrows(
            InvalidInputException.class, () -> acme.assign(kate, BigDecimal.ZERO, JAN, null));
    assertEquals("A credit split lies above 0 % and at most 100 %, not 0 %", zero.getMessage());
    assertThrows(
        InvalidInputException.class, () -> acme.assign(kate, new BigDecimal("100.01"), JAN, null));
    assertTrue(acme.assign(kate, new BigDecimal("100"), JAN, null));
  }

  @Test
  void aMembershipEndsOnOrAfterItsStart() {
    var e =
        assertThrows(
            InvalidInputException.class,
            () -> acme.assign(kate, BigDecimal.TEN, JAN, JAN.minusDays(1)));
    assertEquals("The membership ends (2025-12-31) before it starts (2026-01-01)", e.getMessage());
  }

  @Test
  void onePersonIsOnATeamOnceOnAnyDay() {
    acme.assign(kate, new BigDecimal("60"), JAN, null);
    var e =
        assertThrows(
            InvalidInputException.class,
            () -> acme.assign(kate, new BigDecimal("40"), LocalDate.of(2026, 6, 1), null));
    assertEquals(
        "kate is already on the team of ACME from 2026-01-01; end that membership before this one"
            + " starts",
        e.getMessage());
    // Ending the first membership first makes room for the second.
    assertTrue(acme.assign(kate, new BigDecimal("60"), JAN, LocalDate.of(2026, 5, 31)));
    assertTrue(acme.assign(kate, new BigDecimal("40"), LocalDate.of(2026, 6, 1), null));
    assertEquals(2, acme.getTeam().size());
  }

  @Test
  void splitsOfDifferentPeopleMayOverlapAsOverlayCredit() {
    acme.assign(kate, new BigDecimal("100"), JAN, null);
    acme.assign(kai, new BigDecimal("50"), JAN, null);
    assertEquals(2, acme.teamOn(LocalDate.of(2026, 3, 1)).size());
  }

  @Test
  void theSameMembershipAgainChangesNothing() {
    assertTrue(acme.assign(kate, new BigDecimal("60"), JAN, null));
    assertFalse(acme.assign(kate, new BigDecimal("60.00"), JAN, null));
    assertTrue(acme.assign(kate, new BigDecimal("70"), JAN, null));
    assertEquals(1, acme.getTeam().size());
  }

  @Test
  void teamOnADayHonoursBothEnds() {
    acme.assign(kate, BigDecimal.TEN, JAN, LocalDate.of(2026, 3, 31));
    assertEquals(1, acme.teamOn(LocalDate.of(2026, 3, 31)).size());
    assertEquals(0, acme.teamOn(LocalDate.of(2026, 4, 1)).size());
    assertEquals(0, acme.teamOn(LocalDate.of(2025, 12, 31)).size());
  }
}
