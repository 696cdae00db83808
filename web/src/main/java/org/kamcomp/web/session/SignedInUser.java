package org.kamcomp.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.participant.ParticipantRepository;

/**
 * The signed-in user as pages see them: name, roles, the menu entries and landing page their roles
 * allow. Produces the {@link Viewer} every scoped query takes.
 */
@Named("user")
@RequestScoped
public class SignedInUser {

  @Inject HttpServletRequest request;
  @Inject ParticipantRepository participants;

  private Viewer viewer;
  private Optional<Participant> self;

  @Produces
  Viewer viewer() {
    if (viewer == null) {
      viewer = Viewer.of(request.getUserPrincipal().getName(), request::isUserInRole);
    }
    return viewer;
  }

  public String getUsername() {
    return viewer().username();
  }

  /** The participant record's name, or the user name for someone without one. */
  public String getDisplayName() {
    return self().map(Participant::getFullName).orElse(getUsername());
  }

  public String getRoleNames() {
    return String.join(", ", viewer().roles().stream().sorted().map(Role::roleName).toList());
  }

  public boolean isCompAdmin() {
    return viewer().has(Role.COMP_ADMIN);
  }

  public boolean isApprover() {
    return viewer().has(Role.APPROVER_SALES)
        || viewer().has(Role.APPROVER_FINANCE)
        || viewer().has(Role.APPROVER_HR);
  }

  public boolean isManager() {
    return viewer().has(Role.MANAGER);
  }

  public boolean isParticipant() {
    return viewer().has(Role.PARTICIPANT);
  }

  public boolean isAuditor() {
    return viewer().has(Role.AUDITOR);
  }

  /** The menu: one entry per area the user's roles open, in the order of the day's work. */
  public List<MenuEntry> getMenu() {
    return MenuEntry.ALL.stream().filter(e -> e.allows(viewer())).toList();
  }

  /** Where the user lands after signing in: the first area their roles open. */
  public String getLandingPage() {
    return getMenu().stream().map(MenuEntry::getOutcome).findFirst().orElse("/no-access.xhtml");
  }

  /** The action of the start page: a redirect to the landing page. */
  public String land() {
    return getLandingPage() + "?faces-redirect=true";
  }

  private Optional<Participant> self() {
    if (self == null) {
      self = participants.findByUsername(getUsername());
    }
    return self;
  }
}
