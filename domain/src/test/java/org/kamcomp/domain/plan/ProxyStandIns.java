package org.kamcomp.domain.plan;

import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.role.RoleProfile;

/**
 * Stand-ins for Hibernate proxies: subclasses made by the protected constructor JPA uses, so their
 * own fields are empty, whose getters answer as a loaded proxy would.
 */
final class ProxyStandIns {

  private ProxyStandIns() {}

  static Participant participant(String username) {
    return new Participant() {
      @Override
      public String getUsername() {
        return username;
      }
    };
  }

  static RoleProfile roleProfile(String code) {
    return new RoleProfile() {
      @Override
      public String getCode() {
        return code;
      }
    };
  }

  static Plan plan(String code) {
    return new Plan() {
      @Override
      public String getCode() {
        return code;
      }
    };
  }

  static PlanVersion version(Plan plan, int number) {
    return new PlanVersion() {
      @Override
      public Plan getPlan() {
        return plan;
      }

      @Override
      public int getNumber() {
        return number;
      }
    };
  }
}
