package org.kamcomp.api.run;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.kamcomp.calculation.Windfalls;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;

/**
 * Windfall releases: a deal a run held as a windfall counts after all once sales operations
 * releases it; sales operations and audit read the releases.
 */
@Path("windfalls")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.COMP_ADMIN, Role.Names.AUDITOR})
public class WindfallResource {

  @Inject Windfalls windfalls;
  @Inject Viewer viewer;

  /** The deal (its id in the source system) and why it counts. */
  public record Release(
      @NotBlank(message = "is required") String deal,
      @NotBlank(message = "say why the windfall counts after all") String reason) {}

  /** The deals held for review and not yet released: the queue to work. */
  @GET
  public List<Windfalls.Held> held() {
    return windfalls.queue();
  }

  /** The deals released, newest first, with who released them and why. */
  @GET
  @Path("released")
  public List<Windfalls.Released> released() {
    return windfalls.released();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public Response release(@NotNull(message = "a release is required") @Valid Release r) {
    return Response.status(Response.Status.CREATED)
        .entity(windfalls.release(r.deal(), r.reason(), viewer))
        .build();
  }
}
