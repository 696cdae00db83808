package org.kamcomp.web.statement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.List;
import org.kamcomp.calculation.CalculationRuns;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.participant.ParticipantRepository;
import org.kamcomp.domain.problem.NotFoundException;
import org.kamcomp.domain.statement.StatementRecord;
import org.kamcomp.reporting.StatementPdf;
import org.kamcomp.reporting.StatementView;
import org.kamcomp.reporting.TeamReport;
import org.kamcomp.reporting.TeamStatementPdf;

/**
 * Statement PDFs from the same data as the pages: {@code /statement.pdf?id=} one published
 * statement in the reader's scope; {@code /team/statements.pdf?period=} a manager's team statement
 * for a period (the rows of the team view). Outside the reader's scope is "not found".
 */
@WebServlet({"/statement.pdf", "/team/statements.pdf"})
public class StatementPdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient CalculationRuns runs;
  @Inject transient ParticipantRepository participants;
  @Inject transient StatementPdf statementPdf;
  @Inject transient TeamStatementPdf teamPdf;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    // The reader of this request: a servlet is shared by every request, so never a field.
    Viewer viewer = Viewer.of(req.getUserPrincipal().getName(), req::isUserInRole);
    byte[] pdf;
    String file;
    try {
      if (req.getServletPath().startsWith("/team/")) {
        String period = req.getParameter("period");
        List<StatementRecord> rows = TeamStatements.latest(runs.published(viewer), period);
        if (period == null || rows.isEmpty()) {
          throw new NotFoundException("No published statements of " + period + " in your line");
        }
        String manager =
            participants
                .findByUsername(viewer.username())
                .map(p -> p.getFullName())
                .orElse(viewer.username());
        pdf =
            teamPdf.render(
                new TeamReport(
                    manager,
                    "Reporting line of " + manager + ", " + period,
                    ZonedDateTime.now(),
                    rows.stream().map(TeamReport.Row::of).toList()));
        file = "team-statements-" + period.replace(" ", "") + ".pdf";
      } else {
        long id = Long.parseLong(req.getParameter("id"));
        StatementRecord record = runs.publishedStatement(id, viewer);
        pdf = statementPdf.render(StatementView.of(record));
        file = "statement-" + id + ".pdf";
      }
    } catch (NotFoundException | NumberFormatException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such statement in your scope");
      return;
    }
    resp.setContentType("application/pdf");
    resp.setHeader("Content-Disposition", "inline; filename=\"" + file + "\"");
    resp.setContentLength(pdf.length);
    resp.getOutputStream().write(pdf);
  }
}
