package org.kamcomp.api.plan;

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
import java.math.BigDecimal;
import java.util.List;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.role.RoleProfile;

/** Role profiles: the buying-process facts plans are checked against. */
@Path("role-profiles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Role.Names.COMP_ADMIN,
  Role.Names.APPROVER_SALES,
  Role.Names.APPROVER_FINANCE,
  Role.Names.APPROVER_HR,
  Role.Names.AUDITOR
})
public class RoleProfileResource {

  @Inject PlanCatalog catalog;

  /** A role profile as the API shows and takes it. */
  public record Profile(
      @NotBlank(message = "is required") String code,
      String name,
      int salesCycleMonths,
      BigDecimal opportunitiesPerYear,
      boolean teamSelling,
      boolean keyAccount,
      BigDecimal variablePayMinPercent,
      BigDecimal variablePayMaxPercent) {

    static Profile from(RoleProfile r) {
      return new Profile(
          r.getCode(),
          r.getName(),
          r.getSalesCycleMonths(),
          r.getOpportunitiesPerYear(),
          r.isTeamSelling(),
          r.isKeyAccount(),
          r.getVariablePayMinPercent(),
          r.getVariablePayMaxPercent());
    }

    RoleProfile.Facts facts() {
      return new RoleProfile.Facts(
          name,
          salesCycleMonths,
          opportunitiesPerYear,
          teamSelling,
          keyAccount,
          variablePayMinPercent,
          variablePayMaxPercent);
    }
  }

  @GET
  public List<Profile> list() {
    return catalog.roleProfiles().stream().map(Profile::from).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public Response add(@NotNull(message = "a role profile is required") @Valid Profile profile) {
    return Response.status(Response.Status.CREATED)
        .entity(Profile.from(catalog.addRoleProfile(profile.code(), profile.facts())))
        .build();
  }
}
