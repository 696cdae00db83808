package org.kamcomp.web.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kamcomp.domain.plan.PlanCatalog;

/** The plan list: every version of every plan with its status and when it takes effect. */
@Named
@RequestScoped
public class PlansPage {

  @Inject PlanCatalog catalog;

  private List<PlanRow> rows;

  public List<PlanRow> getRows() {
    if (rows == null) {
      rows = catalog.allVersions().stream().map(PlanRow::new).toList();
    }
    return rows;
  }
}
