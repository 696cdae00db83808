package org.kamcomp.web.statement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kamcomp.calculation.CalculationRuns;
import org.kamcomp.domain.access.Viewer;

/**
 * The published statements the signed-in user may see: a participant's own ("My statements"), a
 * manager's reporting line ("Team statements"), newest first.
 */
@Named
@ViewScoped
public class StatementsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CalculationRuns runs;
  @Inject Viewer viewer;

  private List<StatementRow> rows = List.of();

  @PostConstruct
  void load() {
    rows = runs.published(viewer).stream().map(StatementRow::new).toList();
  }

  /** Only the signed-in user's own statements. */
  public List<StatementRow> getMine() {
    return rows.stream().filter(r -> r.getParticipant().equals(viewer.username())).toList();
  }

  /**
   * What the signed-in participant was paid this year, per currency: of each period's statement the
   * first published version (a recalculation is paid as an adjustment within a later statement).
   */
  public String getPaidThisYear() {
    int year = java.time.Year.now().getValue();
    java.util.Map<String, StatementRow> first = new java.util.LinkedHashMap<>();
    List<StatementRow> mine = new java.util.ArrayList<>(getMine());
    java.util.Collections.reverse(mine); // oldest first
    for (StatementRow r : mine) {
      String end = r.getPeriod().substring(r.getPeriod().length() - 10); // "2026-09-30"
      if (end.startsWith(year + "-")) {
        first.putIfAbsent(r.getAssignmentId() + "/" + r.getPeriod(), r);
      }
    }
    java.util.Map<String, java.math.BigDecimal> paid = new java.util.TreeMap<>();
    for (StatementRow r : first.values()) {
      if (r.getAmountDue() != null) {
        paid.merge(r.getCurrency(), r.getAmountDue(), java.math.BigDecimal::add);
      }
    }
    if (paid.isEmpty()) {
      return "nothing yet";
    }
    return paid.entrySet().stream()
        .map(e -> String.format("%,.2f %s", e.getValue(), e.getKey()))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** Everyone's in scope. */
  public List<StatementRow> getAll() {
    return rows;
  }
}
