package org.kamcomp.api.run;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.kamcomp.calculation.CalculationRuns;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.reporting.StatementPdf;
import org.kamcomp.reporting.StatementView;

/**
 * Published statements, each reader within their scope: a participant their own, a manager their
 * reporting line's, sales operations and audit everyone's. Nobody sees a statement before its run
 * is published.
 */
@Path("statements")
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
public class StatementResource {

  @Inject CalculationRuns runs;
  @Inject Viewer viewer;
  @Inject StatementPdf pdf;

  @GET
  public List<RunResource.StatementBrief> list() {
    return runs.published(viewer).stream().map(RunResource.StatementBrief::from).toList();
  }

  /** The whole statement: every line with its trail. */
  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    return Response.ok(
            runs.publishedStatement(id, viewer).getDocument(), MediaType.APPLICATION_JSON)
        .build();
  }

  /** The statement as a PDF, from the same view as the page. */
  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") long id) {
    byte[] bytes = pdf.render(StatementView.of(runs.publishedStatement(id, viewer)));
    return Response.ok(bytes, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"statement-" + id + ".pdf\"")
        .build();
  }
}
