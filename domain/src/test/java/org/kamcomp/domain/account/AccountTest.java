package org.kamcomp.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.scoring.Crediting;

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
            InvalidInputException.class,
            () -> acme.assign(kate, BigDecimal.ZERO, JAN, null, Crediting.Role.PRIMARY));
    assertEquals("A credit split lies above 0 % and at most 100 %, not 0 %", zero.getMessage());
    assertThrows(
        InvalidInputException.class,
        () -> acme.assign(kate, new BigDecimal("100.01"), JAN, null, Crediting.Role.PRIMARY));
    assertTrue(acme.assign(kate, new BigDecimal("100"), JAN, null, Crediting.Role.PRIMARY));
  }

  @Test
  void aMembershipEndsOnOrAfterItsStart() {
    var e =
        assertThrows(
            InvalidInputException.class,
            () -> acme.assign(kate, BigDecimal.TEN, JAN, JAN.minusDays(1), Crediting.Role.PRIMARY));
    assertEquals("The membership ends (2025-12-31) before it starts (2026-01-01)", e.getMessage());
  }

  @Test
  void onePersonIsOnATeamOnceOnAnyDay() {
    acme.assign(kate, new BigDecimal("60"), JAN, null, Crediting.Role.PRIMARY);
    var e =
        assertThrows(
            InvalidInputException.class,
            () ->
                acme.assign(
                    kate,
                    new BigDecimal("40"),
                    LocalDate.of(2026, 6, 1),
                    null,
                    Crediting.Role.PRIMARY));
    assertEquals(
        "kate is already on the team of ACME from 2026-01-01; end that membership before this one"
            + " starts",
        e.getMessage());
    // Ending the first membership first makes room for the second.
    assertTrue(
        acme.assign(
            kate, new BigDecimal("60"), JAN, LocalDate.of(2026, 5, 31), Crediting.Role.PRIMARY));
    assertTrue(
        acme.assign(
            kate, new BigDecimal("40"), LocalDate.of(2026, 6, 1), null, Crediting.Role.PRIMARY));
    assertEquals(2, acme.getTeam().size());
  }

  @Test
  void anOverlayIsCreditedInAdditionToPrimarySplitsOf100Percent() {
    acme.assign(kate, new BigDecimal("100"), JAN, null, Crediting.Role.PRIMARY);
    acme.assign(kai, new BigDecimal("50"), JAN, null, Crediting.Role.OVERLAY);
    assertEquals(2, acme.teamOn(LocalDate.of(2026, 3, 1)).size());
    assertNull(acme.primarySplitsAbove100());
  }

  @Test
  void primarySplitsAbove100PercentOnAnyDayAreFound() {
    acme.assign(kate, new BigDecimal("100"), JAN, null, Crediting.Role.PRIMARY);
    acme.assign(kai, new BigDecimal("50"), LocalDate.of(2026, 3, 1), null, Crediting.Role.PRIMARY);
    assertEquals("on 2026-03-01: 150 %", acme.primarySplitsAbove100());
  }

  @Test
  void theSameMembershipAgainChangesNothing() {
    assertTrue(acme.assign(kate, new BigDecimal("60"), JAN, null, Crediting.Role.PRIMARY));
    assertFalse(acme.assign(kate, new BigDecimal("60.00"), JAN, null, Crediting.Role.PRIMARY));
    assertTrue(acme.assign(kate, new BigDecimal("70"), JAN, null, Crediting.Role.PRIMARY));
    assertEquals(1, acme.getTeam().size());
  }

  @Test
  void teamOnADayHonoursBothEnds() {
    acme.assign(kate, BigDecimal.TEN, JAN, LocalDate.of(2026, 3, 31), Crediting.Role.PRIMARY);
    assertEquals(1, acme.teamOn(LocalDate.of(2026, 3, 31)).size());
    assertEquals(0, acme.teamOn(LocalDate.of(2026, 4, 1)).size());
    assertEquals(0, acme.teamOn(LocalDate.of(2025, 12, 31)).size());
  }
}
