package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kamcomp.scoring.Plans.d;
import static org.kamcomp.scoring.Plans.day;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamcomp.scoring.Crediting.Deal;
import org.kamcomp.scoring.Crediting.Membership;
import org.kamcomp.scoring.Crediting.Role;
import org.kamcomp.scoring.Crediting.Rule;

class CreditingTest {

  static final Crediting.Terms ACV = new Crediting.Terms(Rule.ACV, true, 6, null);

  static List<Crediting.Credit> credits(String who, List<Membership> team, Deal... deals) {
    return Crediting.credits(
        who, team, a -> List.of(deals), ACV, day("2026-01-01"), day("2026-12-31"));
  }

  @Test
  void eachMemberInForceOnTheBookingDayIsCreditedTheirSplit() {
    List<Membership> team =
        List.of(
            new Membership("ACME", "kate", d("100"), day("2026-01-01"), null, Role.PRIMARY),
            new Membership("ACME", "kai", d("40"), day("2026-02-01"), null, Role.OVERLAY));
    Deal early =
        new Deal("T1", "ACME", day("2026-01-20"), d("1000"), d("250"), null, 12, null, null);
    Deal later =
        new Deal("T2", "ACME", day("2026-02-20"), d("1000"), d("250"), null, 12, null, null);
    assertEquals(2, credits("kate", team, early, later).size());
    var kai = credits("kai", team, early, later);
    assertEquals(List.of("T2"), kai.stream().map(Crediting.Credit::dealId).toList());
    assertEquals(Rational.of(400), kai.get(0).value());
    assertEquals(Rational.of(100), kai.get(0).margin());
  }

  @Test
  void aLongDealIsKeptExact() {
    // 100,000 over 7 years: ACV is 100,000 x 12 / 84 = 14,285.714285..., never cut.
    assertEquals(
        Rational.of(100000, 7),
        Crediting.value(
            new Deal("T", "A", day("2026-01-01"), d("100000"), null, null, 84, null, null),
            Rule.ACV));
  }

  @Test
  void aCancellationWithinTheWindowIsANegativeCreditOnItsDayAndLaterTheCreditStands() {
    List<Membership> team =
        List.of(new Membership("ACME", "kate", d("100"), day("2026-01-01"), null, Role.PRIMARY));
    Deal cancelled =
        new Deal(
            "C", "ACME", day("2026-02-10"), d("60000"), null, null, 12, null, day("2026-08-10"));
    var both = credits("kate", team, cancelled);
    assertEquals(2, both.size());
    assertEquals(day("2026-08-10"), both.get(1).date());
    assertEquals(Rational.of(-60000), both.get(1).value());
    Deal late =
        new Deal(
            "L", "ACME", day("2026-02-10"), d("60000"), null, null, 12, null, day("2026-08-11"));
    assertEquals(1, credits("kate", team, late).size(), "outside the window the credit stands");
  }
}
