package org.kamcomp.web.statement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.List;
import org.kamcomp.calculation.Statements;
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

  @Inject transient Statements statements;
  @Inject transient org.kamcomp.scoring.FiscalCalendar calendar;
  @Inject transient ParticipantRepository participants;
  @Inject transient StatementPdf statementPdf;
  @Inject transient TeamStatementPdf teamPdf;
  @Inject transient java.time.Clock clock;

  private static Statements.Filter filter(String period) {
    String[] p = period.split("/");
    return new Statements.Filter(
        java.time.LocalDate.parse(p[0]), java.time.LocalDate.parse(p[1]), null, null, null);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    // The reader of this request: a servlet is shared by every request, so never a field.
    Viewer viewer = Viewer.of(req.getUserPrincipal().getName(), req::isUserInRole);
    byte[] pdf;
    String file;
    try {
      if (req.getServletPath().startsWith("/team/")) {
        String period = req.getParameter("period");
        List<StatementRow> rows =
            period == null ? List.of() : TeamStatementsPage.rows(statements, viewer, period);
        if (rows.isEmpty()) {
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
                    "Reporting line of " + manager + ", " + rows.get(0).getPeriod(),
                    ZonedDateTime.now(clock),
                    statements.current(viewer, filter(period), 0, 100_000).stream()
                        .map(TeamReport.Row::of)
                        .toList()));
        file = "team-statements-" + period.replace("/", "-") + ".pdf";
      } else {
        long id = Long.parseLong(req.getParameter("id"));
        StatementRecord record = statements.open(id, viewer);
        pdf = statementPdf.render(StatementView.of(record, calendar));
        file = "statement-" + id + ".pdf";
      }
    } catch (NotFoundException | NumberFormatException | java.time.DateTimeException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such statement in your scope");
      return;
    }
    resp.setContentType("application/pdf");
    resp.setHeader("Content-Disposition", "inline; filename=\"" + file + "\"");
    resp.setContentLength(pdf.length);
    resp.getOutputStream().write(pdf);
  }
}
