package org.kamcomp.api.run;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.kamcomp.calculation.Statements;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.statement.StatementRecord;
import org.kamcomp.reporting.StatementPdf;
import org.kamcomp.reporting.StatementView;
import org.kamcomp.scoring.FiscalCalendar;

/**
 * Statements, each reader within their scope: a participant their own, a manager their reporting
 * line's, sales operations and audit everyone's. A list shows each period once, as its current
 * version; earlier versions are reached from a statement. Only sales operations and audit open a
 * statement of a run not yet published.
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

  @Inject Statements statements;
  @Inject Viewer viewer;
  @Inject StatementPdf pdf;
  @Inject FiscalCalendar calendar;

  /**
   * The current published statements in scope, newest period first, a page at a time; filtered by a
   * run's period (periodStart, periodEnd), participant (user name), plan (code) and status.
   */
  @GET
  public Page<RunResource.StatementBrief> list(
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("periodStart") LocalDate periodStart,
      @QueryParam("periodEnd") LocalDate periodEnd,
      @QueryParam("participant") String participant,
      @QueryParam("plan") String plan,
      @QueryParam("status") StatementRecord.Status status) {
    Statements.Filter f = new Statements.Filter(periodStart, periodEnd, participant, plan, status);
    int from = Page.offset(offset);
    int size = Page.limit(limit);
    return new Page<>(
        statements.current(viewer, f, from, size).stream()
            .map(RunResource.StatementBrief::from)
            .toList(),
        from,
        size,
        statements.countCurrent(viewer, f));
  }

  /** The whole statement: every line with its trail, the draw, advance and adjustments. */
  @GET
  @Path("{id}")
  public StatementDto get(@PathParam("id") long id) {
    return StatementDto.from(StatementView.of(statements.open(id, viewer), calendar));
  }

  /** Every published version of the statement's period, oldest first. */
  @GET
  @Path("{id}/versions")
  public List<RunResource.StatementBrief> versions(@PathParam("id") long id) {
    return statements.versions(statements.open(id, viewer), viewer).stream()
        .map(RunResource.StatementBrief::from)
        .toList();
  }

  /** The statement as a PDF, from the same view as the page. */
  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") long id) {
    byte[] bytes = pdf.render(StatementView.of(statements.open(id, viewer), calendar));
    return Response.ok(bytes, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"statement-" + id + ".pdf\"")
        .build();
  }
}
