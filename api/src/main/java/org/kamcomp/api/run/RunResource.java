package org.kamcomp.api.run;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kamcomp.calculation.CalculationRuns;
import org.kamcomp.calculation.Statements;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.statement.StatementRecord;

/**
 * Calculation runs: sales operations starts a run for one whole period of the fiscal calendar (its
 * job calculates in the background), reviews its statements and exceptions, publishes it or
 * discards it, and restarts one cut short; audit reads them.
 */
@Path("runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.COMP_ADMIN, Role.Names.AUDITOR})
public class RunResource {

  @Inject CalculationRuns runs;
  @Inject Statements statements;
  @Inject Viewer viewer;

  /**
   * A run to start: one month, quarter, half or year of the fiscal calendar; everyone, or only the
   * participants named (user names).
   */
  public record NewRun(
      @NotNull(message = "is required") LocalDate periodStart,
      @NotNull(message = "is required") LocalDate periodEnd,
      List<String> participants) {}

  /**
   * A statement in brief: what it pays, including the adjustments it carries; a recalculation of a
   * published statement shows what that one was due and the difference, which the next open period
   * pays as an adjustment.
   */
  public record StatementBrief(
      long id,
      String participant,
      String participantName,
      String plan,
      int planVersion,
      String periodStart,
      String periodEnd,
      String kind,
      String status,
      String exception,
      BigDecimal earned,
      BigDecimal ownDue,
      BigDecimal adjustments,
      BigDecimal amountDue,
      BigDecimal previousDue,
      BigDecimal difference,
      String currency,
      boolean published,
      boolean superseded) {
    static StatementBrief from(StatementRecord s) {
      return new StatementBrief(
          s.getId(),
          s.getParticipant().getUsername(),
          s.getParticipant().getFullName(),
          s.getPlanCode(),
          s.getPlanVersion(),
          s.getRun().getPeriodStart().toString(),
          s.getRun().getPeriodEnd().toString(),
          s.getKind().name(),
          s.getStatus().name(),
          s.getException(),
          s.getEarned(),
          s.getOwnDue(),
          s.getAdjustments(),
          s.getAmountDue(),
          s.getPreviousDue(),
          s.getDifference(),
          s.getCurrency(),
          s.getRun().getStatus() == org.kamcomp.domain.statement.CalculationRun.Status.PUBLISHED,
          s.getSupersededById() != null);
    }
  }

  @GET
  public List<CalculationRuns.Summary> list() {
    return runs.runs();
  }

  /**
   * Starts a run; its job calculates in the background and the run is CALCULATING until done.
   * {@code ?wait=N} waits up to N seconds (at most 600) for it before answering, for scripts.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public Response start(
      @NotNull(message = "a run is required") @Valid NewRun run,
      @QueryParam("wait") Integer wait,
      @Context UriInfo uri) {
    CalculationRuns.Summary started =
        runs.start(
            run.periodStart(),
            run.periodEnd(),
            run.participants() == null ? Set.of() : Set.copyOf(run.participants()),
            viewer.username());
    if (wait != null && wait > 0) {
      started = runs.await(started.id(), Math.min(wait, 600));
    }
    return Response.created(uri.getBaseUriBuilder().path("runs/{id}").build(started.id()))
        .entity(started)
        .build();
  }

  /** The runs calculating now, with how far each has got. */
  @GET
  @Path("progress")
  public List<CalculationRuns.Summary> progress() {
    return runs.calculating();
  }

  @GET
  @Path("{id}")
  public CalculationRuns.Summary get(@PathParam("id") long id, @QueryParam("wait") Integer wait) {
    return wait != null && wait > 0 ? runs.await(id, Math.min(wait, 600)) : runs.summary(id);
  }

  /** The run's statements, a page at a time, by participant; held ones only with status=HELD. */
  @GET
  @Path("{id}/statements")
  public Page<StatementBrief> statements(
      @PathParam("id") long id,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("participant") String participant,
      @QueryParam("status") StatementRecord.Status status) {
    runs.summary(id); // not found for an unknown run
    Statements.Filter f = new Statements.Filter(null, null, participant, null, status);
    int from = Page.offset(offset);
    int size = Page.limit(limit);
    return new Page<>(
        statements.ofRun(id, f, from, size).stream().map(StatementBrief::from).toList(),
        from,
        size,
        statements.countOfRun(id, f));
  }

  @POST
  @Path("{id}/publication")
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public CalculationRuns.Summary publish(@PathParam("id") long id) {
    return runs.publish(id, viewer.username());
  }

  /** Starts a failed run (or one cut short) again from its last checkpoint. */
  @POST
  @Path("{id}/restart")
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public CalculationRuns.Summary restart(@PathParam("id") long id) {
    return runs.restart(id);
  }

  /** Discards a run that was not published: its statements go, its record stays (DISCARDED). */
  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public CalculationRuns.Summary discard(@PathParam("id") long id) {
    return runs.discard(id, viewer.username());
  }
}
