package org.kamcomp.api.assignment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.kamcomp.api.plan.PlanDtos;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.assignment.AssignmentSnapshot;
import org.kamcomp.domain.assignment.Assignments;
import org.kamcomp.domain.plan.PlanCatalog;

/**
 * Plan assignments. Everyone reads those in their scope: a participant their own plan (and the plan
 * version's terms and scorecard), a manager their reporting line's, sales operations and audit all.
 * Sales operations assigns plans and sets targets.
 */
@Path("assignments")
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
public class AssignmentResource {

  @Inject Assignments assignments;
  @Inject PlanCatalog catalog;
  @Inject Viewer viewer;

  /** A new assignment of a plan version to a participant. */
  public record NewAssignment(
      @NotBlank(message = "is required") String username,
      @NotBlank(message = "is required") String planCode,
      @NotNull(message = "is required") Integer planVersion,
      @NotNull(message = "is required") LocalDate validFrom,
      @NotNull(message = "is required") LocalDate validTo) {}

  /** Targets to set, with the assignment's version as read. */
  public record Targets(
      @NotNull(message = "is required") Long version,
      @NotNull(message = "is required") List<Assignments.TargetInput> targets) {}

  @GET
  public List<AssignmentSnapshot> list(@QueryParam("plan") String planCode) {
    return assignments.visibleTo(viewer, planCode);
  }

  @GET
  @Path("{id}")
  public AssignmentSnapshot get(@PathParam("id") long id) {
    return assignments.get(id, viewer);
  }

  /** The plan version an assignment pays by: a participant reads their own plan here. */
  @GET
  @Path("{id}/plan")
  public PlanDtos.Version plan(@PathParam("id") long id) {
    AssignmentSnapshot a = assignments.get(id, viewer);
    return PlanDtos.Version.from(catalog.version(a.planCode(), a.planVersion()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public Response assign(
      @NotNull(message = "an assignment is required") @Valid NewAssignment a,
      @Context UriInfo uri) {
    AssignmentSnapshot created =
        assignments.assign(a.username(), a.planCode(), a.planVersion(), a.validFrom(), a.validTo());
    return Response.created(uri.getBaseUriBuilder().path("assignments/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}/targets")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public AssignmentSnapshot setTargets(
      @PathParam("id") long id, @NotNull(message = "targets are required") @Valid Targets t) {
    return assignments.setTargets(id, t.version(), t.targets());
  }
}
