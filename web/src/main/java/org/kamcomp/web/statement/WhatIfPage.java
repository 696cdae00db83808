package org.kamcomp.web.statement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.kamcomp.calculation.WhatIf;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.problem.FieldError;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.problem.NotFoundException;

/**
 * What-if modeling for sales operations: a role's participants over a past year on up to two plan
 * versions (drafts too), beside their current plans. Nothing is written.
 */
@Named
@ViewScoped
public class WhatIfPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject WhatIf whatIf;
  @Inject PlanCatalog catalog;
  @Inject java.time.Clock clock;

  private String role;
  private int year;
  private String first;
  private String second;
  private List<String> roles = List.of();
  private List<String> versions = List.of();
  private List<WhatIf.Model> models = List.of();

  /** A participant's payouts under each model, for the side-by-side table. */
  public static final class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final List<String> payouts;

    Line(String name, List<String> payouts) {
      this.name = name;
      this.payouts = payouts;
    }

    public String getName() {
      return name;
    }

    public List<String> getPayouts() {
      return payouts;
    }
  }

  @PostConstruct
  void load() {
    year = Year.now(clock).getValue() - 1;
    roles = catalog.roleProfiles().stream().map(r -> r.getCode()).toList();
    versions = catalog.allVersions().stream().map(v -> v.planCode() + "/" + v.number()).toList();
    role = roles.contains("KAM") ? "KAM" : roles.isEmpty() ? null : roles.get(0);
    first = versions.stream().filter(v -> v.startsWith("AM-QUOTA/")).findFirst().orElse(null);
    second = versions.stream().filter(v -> v.startsWith("KAM-SCORECARD/")).findFirst().orElse(null);
  }

  public void model() {
    List<String> chosen = new ArrayList<>();
    if (first != null && !first.isBlank()) {
      chosen.add(first);
    }
    if (second != null && !second.isBlank() && !second.equals(first)) {
      chosen.add(second);
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      models = whatIf.model(role, year, chosen);
    } catch (InvalidInputException e) {
      models = List.of();
      for (FieldError error : e.errors()) {
        faces.addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
      }
    } catch (NotFoundException e) {
      models = List.of();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public List<WhatIf.Model> getModels() {
    return models;
  }

  /** Each participant with their payout under every model ("-" when excluded, with why). */
  public List<Line> getLines() {
    if (models.isEmpty()) {
      return List.of();
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < models.get(0).getRows().size(); i++) {
      int row = i;
      lines.add(
          new Line(
              models.get(0).getRows().get(i).getName(),
              models.stream().map(m -> shown(m.getRows().get(row))).toList()));
    }
    return lines;
  }

  private static String shown(WhatIf.Row r) {
    if (r.getPayout() == null) {
      return "excluded: " + r.getExcludedBecause();
    }
    return String.format("%,.2f (%s %%)", r.getPayout(), r.getPercentOfTarget());
  }

  public String getDistributionChart() {
    return models.isEmpty()
        ? null
        : BandsChart.of(
            models.stream().map(WhatIf.Model::getLabel).toList(),
            models.stream().map(WhatIf.Model::getDistribution).toList());
  }

  /** A share shown as a percentage, or "-". */
  public String share(BigDecimal value) {
    return value == null ? "-" : value.toPlainString() + " %";
  }

  public List<Integer> getYears() {
    int now = Year.now(clock).getValue();
    return IntStream.rangeClosed(0, 3).mapToObj(i -> now - i).toList();
  }

  public List<String> getRoles() {
    return roles;
  }

  public List<String> getVersions() {
    return versions;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getFirst() {
    return first;
  }

  public void setFirst(String first) {
    this.first = first;
  }

  public String getSecond() {
    return second;
  }

  public void setSecond(String second) {
    this.second = second;
  }
}
