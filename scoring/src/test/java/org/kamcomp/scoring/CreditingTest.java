package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamcomp.scoring.Crediting.Deal;
import org.kamcomp.scoring.Crediting.Membership;
import org.kamcomp.scoring.Crediting.Rule;

class CreditingTest {

  static final LocalDate JAN = LocalDate.of(2026, 1, 1);
  static final LocalDate MAR = LocalDate.of(2026, 3, 31);

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static Deal deal(String amount, int term, String firstYear, LocalDate cancelled) {
    return new Deal(
        "T1",
        "ACME",
        LocalDate.of(2026, 2, 10),
        d(amount),
        d(amount).divide(d("4")),
        term,
        firstYear == null ? null : d(firstYear),
        cancelled);
  }

  static final List<Membership> TEAM =
      List.of(
          new Membership("ACME", "kate", d("100"), JAN, null),
          new Membership("ACME", "kai", d("40"), LocalDate.of(2026, 2, 1), null));

  @Test
  void eachMemberInForceIsCreditedTheirSplitOverlayIncluded() {
    var credits =
        Crediting.credits(List.of(deal("120000", 12, null, null)), TEAM, Rule.ACV, 6, true);
    assertEquals(Rational.of(120000), Crediting.total(credits, "kate", JAN, MAR));
    assertEquals(Rational.of(48000), Crediting.total(credits, "kai", JAN, MAR));
    assertEquals(Rational.of(30000), Crediting.margin(credits, "kate", JAN, MAR));
  }

  @Test
  void withoutOverlaySplitsAbove100AreRefusedNamingTheDeal() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Crediting.credits(List.of(deal("1", 12, null, null)), TEAM, Rule.ACV, 6, false));
    assertTrue(
        e.getMessage().startsWith("deal T1: the team of account ACME splits 140 %"),
        e.getMessage());
  }

  @Test
  void aMultiYearDealIsCreditedByThePlansRule() {
    Deal threeYears = deal("900000", 36, "400000", null);
    assertEquals(Rational.of(900000), Crediting.value(threeYears, Rule.TCV));
    assertEquals(Rational.of(300000), Crediting.value(threeYears, Rule.ACV));
    assertEquals(Rational.of(400000), Crediting.value(threeYears, Rule.FIRST_YEAR));
    assertEquals(
        Rational.of(450000), Crediting.value(deal("900000", 24, null, null), Rule.FIRST_YEAR));
    // A deal of twelve months or less is credited at its amount whatever the rule.
    assertEquals(Rational.of(5000), Crediting.value(deal("5000", 6, null, null), Rule.ACV));
    // 100,000 over 7 years: ACV is 100,000 x 12 / 84 = 14,285.714285... kept exact.
    assertEquals(Rational.of(100000, 7), Crediting.value(deal("100000", 84, null, null), Rule.ACV));
  }

  @Test
  void aCancellationWithinTheWindowIsANegativeCreditWhenItHappens() {
    Deal cancelled = deal("60000", 12, null, LocalDate.of(2026, 5, 5));
    var credits = Crediting.credits(List.of(cancelled), TEAM.subList(0, 1), Rule.ACV, 6, true);
    assertEquals(Rational.of(60000), Crediting.total(credits, "kate", JAN, MAR));
    assertEquals(
        Rational.of(-60000),
        Crediting.total(credits, "kate", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
    Deal late = deal("60000", 12, null, LocalDate.of(2026, 9, 1));
    var kept = Crediting.credits(List.of(late), TEAM.subList(0, 1), Rule.ACV, 6, true);
    assertEquals(1, kept.size(), "outside the window the credit stands");
  }

  @Test
  void aMemberNotYetOnTheTeamIsNotCredited() {
    Deal early = new Deal("T2", "ACME", LocalDate.of(2026, 1, 20), d("1000"), null, 12, null, null);
    var credits = Crediting.credits(List.of(early), TEAM, Rule.ACV, 6, true);
    assertEquals(Rational.ZERO, Crediting.total(credits, "kai", JAN, MAR));
  }
}
