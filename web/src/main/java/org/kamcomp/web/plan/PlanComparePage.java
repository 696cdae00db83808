package org.kamcomp.web.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.plan.PlanVersionComparison;
import org.kamcomp.domain.problem.NotFoundException;

/** Two versions of a plan side by side: each element that differs, with its value in each. */
@Named
@RequestScoped
public class PlanComparePage {

  @Inject PlanCatalog catalog;

  private String code;
  private int from = 1;
  private int to = 2;
  private List<PlanVersionPage.Item> differences = List.of();
  private String problem;

  public void load() {
    try {
      differences =
          catalog.compare(code, from, to).stream()
              .map(
                  (PlanVersionComparison.Difference d) ->
                      new PlanVersionPage.Item(d.element(), d.before() + " \u2192 " + d.after()))
              .toList();
    } catch (NotFoundException e) {
      problem = e.getMessage();
    }
  }

  /** The version numbers of the plan, to choose from. */
  public List<Integer> getNumbers() {
    return catalog.allVersions().stream()
        .filter(v -> v.planCode().equals(code))
        .map(v -> v.number())
        .toList();
  }

  public List<PlanVersionPage.Item> getDifferences() {
    return differences;
  }

  public String getProblem() {
    return problem;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public int getFrom() {
    return from;
  }

  public void setFrom(int from) {
    this.from = from;
  }

  public int getTo() {
    return to;
  }

  public void setTo(int to) {
    this.to = to;
  }
}
