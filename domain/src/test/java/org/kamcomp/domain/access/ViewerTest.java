package org.kamcomp.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewerTest {

  @Test
  void readsTheRolesTheContainerGrants() {
    Set<String> granted = Set.of("manager", "participant", "some-other-role");
    Viewer v = Viewer.of("mona", granted::contains);
    assertEquals(Set.of(Role.MANAGER, Role.PARTICIPANT), v.roles());
  }

  @Test
  void theScopeIsTheUnionOfTheRoles() {
    Viewer managerAndParticipant = new Viewer("victor", Set.of(Role.MANAGER, Role.PARTICIPANT));
    assertTrue(managerAndParticipant.seesReportingLine());
    assertTrue(managerAndParticipant.seesSelf());
    assertFalse(managerAndParticipant.seesEveryone());

    assertTrue(new Viewer("alice", Set.of(Role.COMP_ADMIN)).seesEveryone());
    assertTrue(new Viewer("otto", Set.of(Role.AUDITOR)).seesEveryone());

    Viewer approver = new Viewer("fiona", Set.of(Role.APPROVER_FINANCE));
    assertFalse(approver.seesEveryone() || approver.seesReportingLine() || approver.seesSelf());
  }

  @Test
  void aViewerHasAName() {
    assertThrows(IllegalArgumentException.class, () -> new Viewer(" ", Set.of()));
    assertThrows(NullPointerException.class, () -> new Viewer(null, Set.of()));
  }

  @Test
  void roleNamesAreTheRealmRoles() {
    assertEquals("comp-admin", Role.COMP_ADMIN.roleName());
    assertEquals(Role.APPROVER_HR, Role.ofRoleName("approver-hr").orElseThrow());
    assertTrue(Role.ofRoleName("admin").isEmpty());
    assertEquals(Role.Names.COMP_ADMIN, Role.COMP_ADMIN.roleName());
    assertEquals(Role.Names.AUDITOR, Role.AUDITOR.roleName());
  }
}
