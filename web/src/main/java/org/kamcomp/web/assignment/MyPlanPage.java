package org.kamcomp.web.assignment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.assignment.AssignmentSnapshot;
import org.kamcomp.domain.assignment.Assignments;
import org.kamcomp.web.plan.PlanVersionPage;

/**
 * A participant's own plan: their assignments, and the plan in force today (or the latest one) with
 * its terms, scorecard, curves and their targets. Only their own, even for a manager.
 */
@Named
@RequestScoped
public class MyPlanPage {

  @Inject Assignments assignments;
  @Inject Viewer viewer;
  @Inject PlanVersionPage plan;

  private List<AssignmentSnapshot> mine = List.of();
  private AssignmentSnapshot shown;

  public void load() {
    mine =
        assignments.visibleTo(viewer, null).stream()
            .filter(a -> a.username().equals(viewer.username()))
            .sorted(Comparator.comparing(AssignmentSnapshot::validFrom).reversed())
            .toList();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    shown =
        mine.stream()
            .filter(a -> !today.isBefore(a.validFrom()) && !today.isAfter(a.validTo()))
            .findFirst()
            .orElse(mine.isEmpty() ? null : mine.get(0));
    if (shown != null) {
      plan.setCode(shown.planCode());
      plan.setNumber(shown.planVersion());
      plan.load();
    }
  }

  public boolean isAssigned() {
    return shown != null;
  }

  public String getShownLabel() {
    return shown.planName()
        + " (version "
        + shown.planVersion()
        + "), from "
        + shown.validFrom()
        + " to "
        + shown.validTo();
  }

  public List<AssignmentsPage.Row> getAssignments() {
    return mine.stream().map(AssignmentsPage.Row::new).toList();
  }

  /** The period ends the targets are set for, in order: the columns of the target table. */
  public List<LocalDate> getTargetPeriods() {
    return shown.targets().stream()
        .map(AssignmentSnapshot.Target::periodEnd)
        .distinct()
        .sorted()
        .toList();
  }

  /** One row per measure with a target: its name and its target at each period end. */
  public List<TargetRow> getTargetRows() {
    List<LocalDate> periods = getTargetPeriods();
    List<TargetRow> rows = new java.util.ArrayList<>();
    for (var m : plan.getVersion().scorecard().measures()) {
      List<String> values =
          periods.stream()
              .map(
                  end ->
                      shown.targets().stream()
                          .filter(
                              t -> t.measureCode().equals(m.code()) && t.periodEnd().equals(end))
                          .map(t -> AMOUNT.format(t.value()))
                          .findFirst()
                          .orElse("-"))
              .toList();
      if (values.stream().anyMatch(v -> !v.equals("-"))) {
        rows.add(new TargetRow(m.name(), values));
      }
    }
    return rows;
  }

  private static final java.text.DecimalFormat AMOUNT =
      new java.text.DecimalFormat(
          "#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH));

  /** A measure's targets, for the page (EL reads getters). */
  public static final class TargetRow {
    private final String measure;
    private final List<String> values;

    TargetRow(String measure, List<String> values) {
      this.measure = measure;
      this.values = values;
    }

    public String getMeasure() {
      return measure;
    }

    public List<String> getValues() {
      return values;
    }
  }
}
