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

  public List<PlanVersionPage.Item> getTargets() {
    return shown.targets().stream()
        .map(
            t ->
                new PlanVersionPage.Item(
                    t.measureCode() + " to " + t.periodEnd(),
                    t.value().stripTrailingZeros().toPlainString()))
        .toList();
  }
}
