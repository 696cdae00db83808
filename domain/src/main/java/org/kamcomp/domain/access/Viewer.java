package org.kamcomp.domain.access;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The signed-in user as the data layer sees them: their user name (the token's {@code
 * preferred_username}, kept on their participant record) and their roles. What a viewer may see is
 * the union of their roles' scopes, and every query that returns pay-related data takes one.
 */
public record Viewer(String username, Set<Role> roles) implements Serializable {

  public Viewer {
    Objects.requireNonNull(username, "username is required");
    if (username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank");
    }
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** Builds a viewer from a container's role check ({@code isUserInRole}). */
  public static Viewer of(String username, Predicate<String> isUserInRole) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (isUserInRole.test(role.roleName())) {
        roles.add(role);
      }
    }
    return new Viewer(username, roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Sales operations and audit read every participant's data. */
  public boolean seesEveryone() {
    return has(Role.COMP_ADMIN) || has(Role.AUDITOR);
  }

  /** A manager sees their whole reporting line, themself included. */
  public boolean seesReportingLine() {
    return has(Role.MANAGER);
  }

  /** A participant sees their own data. */
  public boolean seesSelf() {
    return has(Role.PARTICIPANT);
  }
}
