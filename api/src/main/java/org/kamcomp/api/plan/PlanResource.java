package org.kamcomp.api.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.Currency;
import java.util.List;
import org.kamcomp.calculation.PlanFit;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.plan.PlanFitFinding;
import org.kamcomp.domain.plan.PlanVersionComparison;
import org.kamcomp.domain.plan.PlanVersionHistory;
import org.kamcomp.domain.plan.PlanVersionSnapshot;
import org.kamcomp.domain.problem.InvalidInputException;

/**
 * Plans and their versions. Sales operations designs and approves them; approvers and audit read
 * them. A version is addressed as {@code /plans/{code}/versions/{number}}.
 */
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Role.Names.COMP_ADMIN,
  Role.Names.APPROVER_SALES,
  Role.Names.APPROVER_FINANCE,
  Role.Names.APPROVER_HR,
  Role.Names.AUDITOR
})
public class PlanResource {

  @Inject PlanCatalog catalog;
  @Inject PlanFit fit;
  @Inject Viewer viewer;

  @GET
  public List<PlanDtos.Version> list() {
    return catalog.allVersions().stream().map(PlanDtos.Version::from).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public Response create(
      @NotNull(message = "a plan is required") @Valid PlanDtos.NewPlan plan, @Context UriInfo uri) {
    var created =
        catalog.createPlan(
            plan.code(),
            plan.name(),
            plan.roleProfileCode(),
            currency(plan.currency()),
            plan.terms().toModel(),
            plan.scorecard().toModel());
    return created(created, uri);
  }

  @GET
  @Path("{code}/versions/{number}")
  public PlanDtos.Version version(@PathParam("code") String code, @PathParam("number") int number) {
    return PlanDtos.Version.from(catalog.version(code, number));
  }

  @PUT
  @Path("{code}/versions/{number}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public PlanDtos.Version revise(
      @PathParam("code") String code,
      @PathParam("number") int number,
      @NotNull(message = "a revision is required") @Valid PlanDtos.Revision revision) {
    return PlanDtos.Version.from(
        catalog.revise(
            code,
            number,
            revision.version(),
            revision.terms().toModel(),
            revision.scorecard().toModel()));
  }

  @POST
  @Path("{code}/versions/{number}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public PlanDtos.Version approve(
      @PathParam("code") String code,
      @PathParam("number") int number,
      @NotNull(message = "an approval is required") @Valid PlanDtos.Approval approval) {
    return PlanDtos.Version.from(
        catalog.approve(code, number, approval.version(), viewer.username()));
  }

  @POST
  @Path("{code}/versions")
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public Response newDraft(@PathParam("code") String code, @Context UriInfo uri) {
    var draft = catalog.newDraft(code);
    return created(draft, uri);
  }

  /**
   * The plan-fit findings of a version for its own role, or for {@code role} (a role profile code).
   */
  @GET
  @Path("{code}/versions/{number}/fit")
  public List<PlanFitFinding> fit(
      @PathParam("code") String code,
      @PathParam("number") int number,
      @QueryParam("role") String role) {
    return fit.findings(code, number, role);
  }

  /** Every recorded change of a version, oldest first: who, when and what changed. */
  @GET
  @Path("{code}/versions/{number}/history")
  public List<PlanVersionHistory> history(
      @PathParam("code") String code, @PathParam("number") int number) {
    return catalog.history(code, number);
  }

  /** Two versions side by side: each element that differs, with its value in each. */
  @GET
  @Path("{code}/compare")
  public List<PlanVersionComparison.Difference> compare(
      @PathParam("code") String code,
      @QueryParam("from") @NotNull(message = "name the version to compare from") Integer from,
      @QueryParam("to") @NotNull(message = "name the version to compare to") Integer to) {
    return catalog.compare(code, from, to);
  }

  /** 201 Created, locating the new version and showing it. */
  private static Response created(PlanVersionSnapshot version, UriInfo uri) {
    return Response.created(
            uri.getBaseUriBuilder()
                .path("plans/{code}/versions/{number}")
                .build(version.planCode(), version.number()))
        .entity(PlanDtos.Version.from(version))
        .build();
  }

  static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("currency", code + " is not an ISO 4217 currency code");
    }
  }
}
