package org.kamcomp.web.statement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kamcomp.calculation.PayoutBands;
import org.kamcomp.calculation.Statements;
import org.kamcomp.domain.access.Viewer;

/**
 * A manager's team view: the published statements of their whole reporting line for one period (the
 * latest by default), with totals per currency, the distribution of what the team earned against
 * target incentive, export to Excel and PDF; each statement opens to its lines.
 */
@Named
@ViewScoped
public class TeamStatementsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Statements statements;
  @Inject Viewer viewer;

  private List<jakarta.faces.model.SelectItem> periods = List.of();
  private String period;
  private List<StatementRow> rows = List.of();

  /** Totals of one currency. */
  public static final class Total implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String currency;
    private BigDecimal earned = BigDecimal.ZERO;
    private BigDecimal due = BigDecimal.ZERO;
    private int statements;
    private int held;

    Total(String currency) {
      this.currency = currency;
    }

    public String getCurrency() {
      return currency;
    }

    public BigDecimal getEarned() {
      return earned;
    }

    public BigDecimal getDue() {
      return due;
    }

    public int getStatements() {
      return statements;
    }

    public int getHeld() {
      return held;
    }
  }

  @PostConstruct
  void load() {
    periods =
        statements.publishedPeriods(viewer).stream()
            .map(
                p ->
                    new jakarta.faces.model.SelectItem(
                        p[0] + "/" + p[1],
                        org.kamcomp.domain.plan.CompanyCalendar.get().name(p[0], p[1])))
            .toList();
    setPeriod(periods.isEmpty() ? null : (String) periods.get(0).getValue());
  }

  /** The periods with published statements, newest first: value "start/end", label its name. */
  public List<jakarta.faces.model.SelectItem> getPeriods() {
    return periods;
  }

  public String getPeriod() {
    return period;
  }

  /** Chooses the period; its rows are read once, not on each read of the page. */
  public void setPeriod(String period) {
    this.period = period;
    this.rows = period == null ? List.of() : rows(statements, viewer, period);
  }

  /** The current statements of a period ("start/end") in the viewer's scope. */
  static List<StatementRow> rows(Statements statements, Viewer viewer, String period) {
    String[] p = period.split("/");
    if (p.length != 2) {
      return List.of();
    }
    try {
      java.time.LocalDate start = java.time.LocalDate.parse(p[0]);
      java.time.LocalDate end = java.time.LocalDate.parse(p[1]);
      return statements
          .current(viewer, new Statements.Filter(start, end, null, null, null), 0, 100_000)
          .stream()
          .map(StatementRow::new)
          .toList();
    } catch (java.time.format.DateTimeParseException e) {
      return List.of();
    }
  }

  /**
   * The statements of the chosen period: of each assignment the current published version (a
   * recalculation replaces the version before it in the team's view).
   */
  public List<StatementRow> getRows() {
    return rows;
  }

  public List<Total> getTotals() {
    Map<String, Total> totals = new TreeMap<>();
    for (StatementRow r : getRows()) {
      Total t = totals.computeIfAbsent(r.getCurrency(), Total::new);
      t.statements++;
      if ("held".equals(r.getStatus())) {
        t.held++;
      }
      if (r.getEarned() != null) {
        t.earned = t.earned.add(r.getEarned());
      }
      if (r.getAmountDue() != null) {
        t.due = t.due.add(r.getAmountDue());
      }
    }
    return new ArrayList<>(totals.values());
  }

  /** How many statements fall in each band of earned against target incentive; held ones apart. */
  public Map<String, Integer> getDistribution() {
    return PayoutBands.count(getRows().stream().map(StatementRow::getPercentOfTarget).toList());
  }

  /** The distribution as a Chart.js bar chart. */
  public String getDistributionChart() {
    return BandsChart.of(List.of("Statements"), List.of(getDistribution()));
  }
}
