package org.kamcomp.web.session;

import java.util.List;
import java.util.Set;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;

/**
 * An entry of the main menu and the roles that open it. The web descriptor enforces the same roles
 * on the pages themselves; the menu only shows what a user may open.
 */
public final class MenuEntry {

  static final List<MenuEntry> ALL =
      List.of(
          new MenuEntry(
              "Sales operations", "/admin/index.xhtml", "pi pi-briefcase", Role.COMP_ADMIN),
          new MenuEntry("Imports", "/admin/imports.xhtml", "pi pi-upload", Role.COMP_ADMIN),
          new MenuEntry(
              "Assignments", "/admin/assignments.xhtml", "pi pi-user-plus", Role.COMP_ADMIN),
          new MenuEntry("Runs", "/admin/runs.xhtml", "pi pi-calculator", Role.COMP_ADMIN),
          new MenuEntry(
              "Inquiries", "/admin/inquiries.xhtml", "pi pi-question-circle", Role.COMP_ADMIN),
          new MenuEntry("What-if", "/admin/whatif.xhtml", "pi pi-chart-bar", Role.COMP_ADMIN),
          new MenuEntry(
              "Approvals",
              "/approvals/index.xhtml",
              "pi pi-check-square",
              Role.APPROVER_SALES,
              Role.APPROVER_FINANCE,
              Role.APPROVER_HR),
          new MenuEntry("My team", "/team/index.xhtml", "pi pi-users", Role.MANAGER),
          new MenuEntry("Team statements", "/team/statements.xhtml", "pi pi-table", Role.MANAGER),
          new MenuEntry("My pay", "/my/index.xhtml", "pi pi-wallet", Role.PARTICIPANT),
          new MenuEntry("My plan", "/my/plan.xhtml", "pi pi-file", Role.PARTICIPANT),
          new MenuEntry("My statements", "/my/statements.xhtml", "pi pi-wallet", Role.PARTICIPANT),
          new MenuEntry("Audit", "/audit/index.xhtml", "pi pi-eye", Role.AUDITOR),
          new MenuEntry(
              "Plans",
              "/plans/index.xhtml",
              "pi pi-sitemap",
              Role.COMP_ADMIN,
              Role.APPROVER_SALES,
              Role.APPROVER_FINANCE,
              Role.APPROVER_HR,
              Role.AUDITOR),
          new MenuEntry(
              "Participants",
              "/participants.xhtml",
              "pi pi-id-card",
              Role.COMP_ADMIN,
              Role.MANAGER,
              Role.PARTICIPANT,
              Role.AUDITOR));

  private final String label;
  private final String outcome;
  private final String icon;
  private final Set<Role> roles;

  private MenuEntry(String label, String outcome, String icon, Role... roles) {
    this.label = label;
    this.outcome = outcome;
    this.icon = icon;
    this.roles = Set.of(roles);
  }

  boolean allows(Viewer viewer) {
    return roles.stream().anyMatch(viewer::has);
  }

  public String getLabel() {
    return label;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getIcon() {
    return icon;
  }
}
