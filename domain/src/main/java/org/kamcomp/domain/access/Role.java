package org.kamcomp.domain.access;

import java.util.Arrays;
import java.util.Optional;

/** The platform's roles, named exactly as the identity provider's realm roles. */
public enum Role {
  COMP_ADMIN("comp-admin"),
  APPROVER_SALES("approver-sales"),
  APPROVER_FINANCE("approver-finance"),
  APPROVER_HR("approver-hr"),
  MANAGER("manager"),
  PARTICIPANT("participant"),
  AUDITOR("auditor");

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  /** The realm role's name, as used in tokens, {@code @RolesAllowed} and {@code isUserInRole}. */
  public String roleName() {
    return roleName;
  }

  public static Optional<Role> ofRoleName(String name) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
  }

  /** Constants for annotations, which need compile-time strings. */
  public static final class Names {
    public static final String COMP_ADMIN = "comp-admin";
    public static final String APPROVER_SALES = "approver-sales";
    public static final String APPROVER_FINANCE = "approver-finance";
    public static final String APPROVER_HR = "approver-hr";
    public static final String MANAGER = "manager";
    public static final String PARTICIPANT = "participant";
    public static final String AUDITOR = "auditor";

    private Names() {}
  }
}
