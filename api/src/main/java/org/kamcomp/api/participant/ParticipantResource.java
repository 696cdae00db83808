package org.kamcomp.api.participant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.participant.ParticipantRepository;

/**
 * Participants. Everyone signed in may list them, and sees only their scope: sales operations and
 * audit everyone, a manager their reporting line, a participant themself; one outside the scope is
 * not found. Only sales operations adds participants.
 */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Role.Names.COMP_ADMIN,
  Role.Names.APPROVER_SALES,
  Role.Names.APPROVER_FINANCE,
  Role.Names.APPROVER_HR,
  Role.Names.MANAGER,
  Role.Names.PARTICIPANT,
  Role.Names.AUDITOR
})
public class ParticipantResource {

  @Inject ParticipantRepository participants;
  @Inject Viewer viewer;

  @GET
  public List<ParticipantView> list() {
    return participants.visibleTo(viewer).stream().map(ParticipantView::from).toList();
  }

  @GET
  @Path("{id}")
  public ParticipantView get(@PathParam("id") long id) {
    return ParticipantView.from(participants.getVisible(id, viewer));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public Response add(
      @NotNull(message = "a participant is required") @Valid NewParticipantRequest request,
      @Context UriInfo uri) {
    var created = ParticipantView.from(participants.add(request.toCommand()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }
}
