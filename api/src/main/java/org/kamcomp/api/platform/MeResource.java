package org.kamcomp.api.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.participant.ParticipantRepository;

/** The signed-in user: name, roles and their participant record, if they have one. */
@Path("me")
@RolesAllowed({
  Role.Names.COMP_ADMIN,
  Role.Names.APPROVER_SALES,
  Role.Names.APPROVER_FINANCE,
  Role.Names.APPROVER_HR,
  Role.Names.MANAGER,
  Role.Names.PARTICIPANT,
  Role.Names.AUDITOR
})
public class MeResource {

  @Inject Viewer viewer;
  @Inject ParticipantRepository participants;

  public record Me(String username, List<String> roles, Long participantId, String fullName) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Me me() {
    var self = participants.findByUsername(viewer.username());
    return new Me(
        viewer.username(),
        viewer.roles().stream().sorted().map(Role::roleName).toList(),
        self.map(p -> p.getId()).orElse(null),
        self.map(p -> p.getFullName()).orElse(null));
  }
}
