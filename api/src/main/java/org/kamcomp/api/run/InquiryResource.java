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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import org.kamcomp.calculation.Inquiries;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;

/**
 * Disputes: a participant raises an inquiry on a line of their own published statement; sales
 * operations answers it or resolves it with an adjustment; everyone reads those in their scope.
 */
@Path("inquiries")
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
public class InquiryResource {

  @Inject Inquiries inquiries;
  @Inject Viewer viewer;

  /** A question on one line of a statement. */
  public record NewInquiry(
      @NotNull(message = "is required") Long statementId,
      @NotBlank(message = "say which line you ask about") String line,
      @NotBlank(message = "write your question") String question) {}

  /** The answer, and for a resolution the adjustment (negative recovers). */
  public record Decision(
      @NotNull(message = "is required: the version you read") Long version,
      @NotBlank(message = "write the answer the participant will read") String answer,
      BigDecimal amount) {}

  @GET
  public List<Inquiries.View> list(
      @QueryParam("statement") Long statement, @QueryParam("open") boolean open) {
    return inquiries.list(viewer, statement, open);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.PARTICIPANT)
  public Response raise(
      @NotNull(message = "an inquiry is required") @Valid NewInquiry inquiry,
      @Context UriInfo uri) {
    Inquiries.View raised =
        inquiries.raise(inquiry.statementId(), inquiry.line(), inquiry.question(), viewer);
    return Response.created(uri.getBaseUriBuilder().path("inquiries").build())
        .entity(raised)
        .build();
  }

  @POST
  @Path("{id}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public Inquiries.View answer(
      @PathParam("id") long id,
      @NotNull(message = "an answer is required") @Valid Decision decision) {
    return inquiries.answer(id, decision.version(), decision.answer(), viewer);
  }

  @POST
  @Path("{id}/resolution")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public Inquiries.View resolve(
      @PathParam("id") long id,
      @NotNull(message = "a resolution is required") @Valid Decision decision) {
    return inquiries.resolve(id, decision.version(), decision.answer(), decision.amount(), viewer);
  }
}
