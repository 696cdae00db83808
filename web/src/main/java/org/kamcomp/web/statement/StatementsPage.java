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

  /** Everyone's in scope. */
  public List<StatementRow> getAll() {
    return rows;
  }
}
