package org.kamcomp.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.role.RoleProfile;

/**
 * Entities are equal by their business key read through getters: a Hibernate proxy is a subclass
 * whose own fields stay empty and whose getters load the real object, as the stand-ins here do.
 */
class EqualityThroughProxiesTest {

  static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void aParticipantEqualsItsProxy() {
    Participant kate =
        new Participant("kate", "Kate", null, null, EUR, LocalDate.of(2024, 1, 1), null);
    Participant proxy = ProxyStandIns.participant("kate");
    assertEquals(kate, proxy);
    assertEquals(kate.hashCode(), proxy.hashCode());
    assertNotEquals(kate, ProxyStandIns.participant("kai"));
  }

  @Test
  void aRoleProfileAPlanAndAVersionEqualTheirProxies() {
    RoleProfile role = Scorecards.KAM;
    assertEquals(role, ProxyStandIns.roleProfile("KAM"));
    Plan plan = new Plan("KAM-SCORECARD", "KAM scorecard", role, EUR);
    Plan planProxy = ProxyStandIns.plan("KAM-SCORECARD");
    assertEquals(plan, planProxy);
    PlanVersion v1 =
        PlanVersion.firstDraft(
            plan, Scorecards.annualWithQuarterlyAdvances(), Scorecards.kamScorecard());
    assertEquals(v1, ProxyStandIns.version(planProxy, 1));
    assertNotEquals(v1, ProxyStandIns.version(planProxy, 2));
  }
}
