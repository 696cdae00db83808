package org.kamcomp.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * A manager's team statement as a PDF (A4 landscape): every statement in the filter with what it
 * earned, what is due and what changed against the published version, totals per currency, and how
 * many are held. The template ({@code team.jrxml}) is compiled once, on first use.
 */
@ApplicationScoped
public class TeamStatementPdf {

  private static final CompiledReport TEMPLATE = new CompiledReport("team.jrxml");

  /**
   * Compiles the template now rather than on the first render (about a second), for a warm-up at
   * start-up; later calls return at once.
   */
  public void prepare() {
    TEMPLATE.get();
  }

  /** The team statement as a PDF document. */
  public byte[] render(TeamReport r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    render(r, out);
    return out.toByteArray();
  }

  /** Writes the team statement as a PDF document to {@code out}, which stays open. */
  public void render(TeamReport r, OutputStream out) {
    Objects.requireNonNull(r, "report is required");
    Objects.requireNonNull(out, "out is required");
    Map<String, Object> p = new HashMap<>();
    p.put("managerName", r.getManagerName());
    p.put("scope", r.getScope());
    p.put("generatedText", r.getGeneratedText());
    p.put("countText", count(r.getCount(), "statement") + ", " + r.getHeldCount() + " held");
    List<TeamReport.Total> totals = r.getTotals();
    p.put("hasTotals", !totals.isEmpty());
    p.put("totalCurrencies", column(totals, TeamReport.Total::getCurrency));
    p.put("totalCounts", column(totals, t -> String.valueOf(t.getCount())));
    p.put("totalEarned", column(totals, TeamReport.Total::getEarnedText));
    p.put("totalDue", column(totals, TeamReport.Total::getAmountDueText));
    TEMPLATE.pdf(
        p,
        new Rows(r.getRows()),
        "Team statements of " + r.getManagerName() + ": " + r.getScope(),
        out);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** One value a line, so that the totals' columns line up. */
  private static String column(
      List<TeamReport.Total> totals, Function<TeamReport.Total, String> f) {
    return totals.stream().map(f).collect(Collectors.joining("\n"));
  }

  /** The rows as the template's records, read by field name. */
  private static final class Rows implements JRDataSource {
    private final List<TeamReport.Row> rows;
    private int next = -1;

    Rows(List<TeamReport.Row> rows) {
      this.rows = rows;
    }

    @Override
    public boolean next() {
      next++;
      return next < rows.size();
    }

    @Override
    public Object getFieldValue(JRField field) {
      TeamReport.Row r = rows.get(next);
      return switch (field.getName()) {
        case "name" -> r.getName();
        case "username" -> r.getUsername();
        case "plan" -> r.getPlan();
        case "period" -> r.getPeriodText();
        case "kind" -> r.getKindText();
        case "status" -> r.getStatusText();
        case "held" -> r.isHeld();
        case "heldNote" ->
            r.isHeld() && r.getException() != null ? "Held: " + r.getException() : null;
        case "earned" -> r.getEarnedText();
        case "due" -> r.getAmountDueText();
        case "difference" -> r.getDifferenceText();
        case "currency" -> r.getCurrency();
        default -> throw new IllegalArgumentException("No field " + field.getName());
      };
    }
  }
}
