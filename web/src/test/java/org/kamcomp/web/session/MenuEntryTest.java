package org.kamcomp.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;

class MenuEntryTest {

  private static List<String> menuOf(Role... roles) {
    Viewer v = new Viewer("someone", Set.of(roles));
    return MenuEntry.ALL.stream().filter(e -> e.allows(v)).map(MenuEntry::getLabel).toList();
  }

  @Test
  void eachRoleSeesItsAreas() {
    assertEquals(
        List.of(
            "Sales operations",
            "Imports",
            "Assignments",
            "Runs",
            "Inquiries",
            "What-if",
            "Plans",
            "Participants"),
        menuOf(Role.COMP_ADMIN));
    assertEquals(List.of("Approvals", "Plans"), menuOf(Role.APPROVER_HR));
    assertEquals(
        List.of("My team", "Team statements", "My pay", "My plan", "My statements", "Participants"),
        menuOf(Role.MANAGER, Role.PARTICIPANT));
    assertEquals(
        List.of("My pay", "My plan", "My statements", "Participants"), menuOf(Role.PARTICIPANT));
    assertEquals(List.of("Audit", "Plans", "Participants"), menuOf(Role.AUDITOR));
    assertEquals(
        List.of(
            "Approvals",
            "My team",
            "Team statements",
            "My pay",
            "My plan",
            "My statements",
            "Plans",
            "Participants"),
        menuOf(Role.APPROVER_SALES, Role.MANAGER, Role.PARTICIPANT));
    assertEquals(List.of(), menuOf());
  }
}
