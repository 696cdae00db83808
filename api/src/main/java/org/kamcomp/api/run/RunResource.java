package org.kamcomp.api.run;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kamcomp.calculation.CalculationRuns;
import org.kamcomp.calculation.RunProgress;
import org.kamcomp.domain.access.Role;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.statement.StatementRecord;

/**
 * Calculation runs: sales operations starts a run for a period, reviews its statements and
 * exceptions, and publishes it; audit reads them.
 */
@Path("runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.COMP_ADMIN, Role.Names.AUDITOR})
public class RunResource {

  @Inject CalculationRuns runs;
  @Inject RunProgress progress;
  @Inject Viewer viewer;

  /**
   * A run to start: the period, from a month's first day to a month's last; everyone, or only the
   * participants named (user names).
   */
  public record NewRun(
      @NotNull(message = "is required") LocalDate periodStart,
      @NotNull(message = "is required") LocalDate periodEnd,
      List<String> participants) {}

  /**
   * A statement of a run, in brief: what it pays, including the adjustments it carries; a
   * recalculation of a published statement shows what that one was due and the difference, which
   * the next open period pays as an adjustment.
   */
  public record StatementBrief(
      long id,
      String participant,
      String plan,
      int planVersion,
      String kind,
      String status,
      String exception,
      BigDecimal earned,
      BigDecimal amountDue,
      BigDecimal adjustments,
      BigDecimal previousDue,
      BigDecimal difference,
      String currency) {
    static StatementBrief from(StatementRecord s) {
      return new StatementBrief(
          s.getId(),
          s.getParticipant().getUsername(),
          s.getPlanCode(),
          s.getPlanVersion(),
          s.getKind().name(),
          s.getStatus().name(),
          s.getException(),
          s.getEarned(),
          s.getAmountDue(),
          s.getAdjustments(),
          s.getPreviousDue(),
          s.getDifference(),
          s.getCurrency());
    }
  }

  @GET
  public List<CalculationRuns.Summary> list() {
    return runs.runs();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public Response start(
      @NotNull(message = "a run is required") @Valid NewRun run, @Context UriInfo uri) {
    CalculationRuns.Summary started =
        runs.start(
            run.periodStart(),
            run.periodEnd(),
            run.participants() == null
                ? java.util.Set.of()
                : java.util.Set.copyOf(run.participants()),
            viewer.username());
    return Response.created(uri.getBaseUriBuilder().path("runs/{id}").build(started.id()))
        .entity(started)
        .build();
  }

  /** The runs calculating now, with how far each has got. */
  @GET
  @Path("progress")
  public List<RunProgress.Running> progress() {
    return progress.now();
  }

  @GET
  @Path("{id}/statements")
  public List<StatementBrief> statements(@PathParam("id") long id) {
    return runs.statements(id).stream().map(StatementBrief::from).toList();
  }

  @POST
  @Path("{id}/publication")
  @RolesAllowed(Role.Names.COMP_ADMIN)
  public CalculationRuns.Summary publish(@PathParam("id") long id) {
    return runs.publish(id, viewer.username());
  }
}
