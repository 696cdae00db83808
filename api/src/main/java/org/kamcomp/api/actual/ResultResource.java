package org.kamcomp.api.actual;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.actual.Ratings;

/**
 * Measure results and ratings: everyone reads those in their scope; a manager rates the qualitative
 * measures of the people in their reporting line ({@code PUT /results/rating}).
 */
@Path("results")
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
public class ResultResource {

  @Inject Ratings ratings;
  @Inject Viewer viewer;

  /** A manager's rating of one measure for the period ending {@code periodEnd}. */
  public record Rating(
      @NotBlank(message = "is required") String username,
      @NotBlank(message = "is required") String measureCode,
      @NotNull(message = "is required") LocalDate periodEnd,
      @NotNull(message = "is required") BigDecimal rating,
      @Size(max = 2000, message = "must be at most 2000 characters") String comment) {}

  @GET
  public List<Ratings.Result> list(@QueryParam("username") String username) {
    return ratings.visibleTo(viewer, username);
  }

  @PUT
  @Path("rating")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.MANAGER)
  public Ratings.Result rate(@NotNull(message = "a rating is required") @Valid Rating r) {
    return ratings.rate(
        viewer, r.username(), r.measureCode(), r.periodEnd(), r.rating(), r.comment());
  }
}
