package org.kamcomp.web.statement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kamcomp.calculation.Statements;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.scoring.FiscalCalendar;

/**
 * The signed-in participant's statements ("My statements"): each period once, as its current
 * version, newest first; and what they were paid this fiscal year.
 */
@Named
@ViewScoped
public class StatementsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Statements statements;
  @Inject Viewer viewer;
  @Inject FiscalCalendar calendar;
  @Inject Clock clock;

  private List<StatementRow> mine = List.of();
  private String paidThisYear;

  @PostConstruct
  void load() {
    mine =
        statements
            .current(
                viewer, new Statements.Filter(null, null, viewer.username(), null, null), 0, 1000)
            .stream()
            .map(StatementRow::new)
            .toList();
    LocalDate today = LocalDate.now(clock);
    Map<String, BigDecimal> paid =
        statements.paid(viewer.username(), calendar.yearStart(today), calendar.yearEnd(today));
    paidThisYear =
        paid.isEmpty()
            ? "nothing yet"
            : paid.entrySet().stream()
                .map(e -> String.format("%,.2f %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining(", "));
  }

  /** The signed-in user's statements, each period once. */
  public List<StatementRow> getMine() {
    return mine;
  }

  /**
   * What the signed-in participant was paid this fiscal year, per currency: of each period the
   * first published version (a recalculation is paid as an adjustment within a later statement).
   */
  public String getPaidThisYear() {
    return paidThisYear;
  }
}
