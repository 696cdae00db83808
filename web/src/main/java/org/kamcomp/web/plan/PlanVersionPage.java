package org.kamcomp.web.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.kamcomp.domain.fit.PlanFit;
import org.kamcomp.domain.plan.CurvePoint;
import org.kamcomp.domain.plan.MeasureDefinition;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.plan.PlanFitFinding;
import org.kamcomp.domain.plan.PlanTerms;
import org.kamcomp.domain.plan.PlanVersionSnapshot;
import org.kamcomp.domain.problem.NotFoundException;
import org.kamcomp.domain.role.RoleProfile;

/**
 * One plan version: its terms, its scorecard with a chart of the payout curves, and the plan-fit
 * findings for its own role or, with {@code role}, for another (the AM plan on KAMs).
 */
@Named
@RequestScoped
public class PlanVersionPage {

  private static final DateTimeFormatter APPROVED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  @Inject PlanCatalog catalog;
  @Inject PlanFit fit;

  private String code;
  private int number = 1;
  private String role;
  private PlanVersionSnapshot version;
  private boolean missing;
  private List<Item> findings;

  /** A label and a value, for the terms table. */
  public record Item(String label, String value) {
    public String getLabel() {
      return label;
    }

    public String getValue() {
      return value;
    }
  }

  /**
   * Loads the version named by the view parameters; a missing one shows a message, not an error.
   */
  public void load() {
    if (code == null || code.isBlank()) {
      missing = true;
      return;
    }
    try {
      version = catalog.version(code, number);
    } catch (NotFoundException e) {
      missing = true;
    }
  }

  public boolean isMissing() {
    return missing;
  }

  public PlanVersionSnapshot getVersion() {
    return version;
  }

  public String getTitle() {
    return missing ? "Plan not found" : version.planName() + ", version " + version.number();
  }

  public List<Item> getTerms() {
    PlanTerms t = version.terms();
    List<Item> items = new ArrayList<>();
    items.add(new Item("Status", Labels.of(version.status())));
    items.add(new Item("Role", version.roleProfileCode()));
    items.add(new Item("Effective from", String.valueOf(t.effectiveFrom())));
    items.add(
        new Item("Target incentive", PlanRow.describe(t.targetIncentive(), version.currency())));
    items.add(new Item("Performance period", Labels.of(t.performancePeriod())));
    items.add(new Item("Payout frequency", Labels.of(t.payoutFrequency())));
    items.add(new Item("Advance rate", percent(t.advanceRatePercent())));
    items.add(
        new Item(
            "Plan cap",
            t.planCapMultiple() == null
                ? "none"
                : plain(t.planCapMultiple()) + " x target incentive"));
    items.add(new Item("Multi-year deals credited at", t.creditingRule().name()));
    items.add(new Item("Windfall threshold", percent(t.windfallThresholdPercent())));
    items.add(
        new Item(
            "Draw",
            t.draw() == null
                ? "none"
                : Labels.of(t.draw().kind()) + " of " + plain(t.draw().amountPerPeriod())));
    items.add(new Item("Clawback window", t.clawbackWindowMonths() + " months"));
    if (version.approvedBy() != null) {
      items.add(
          new Item(
              "Approved",
              "by "
                  + version.approvedBy()
                  + ", "
                  + APPROVED_AT.format(version.approvedAt().atZone(ZoneOffset.UTC))));
    }
    return items;
  }

  public List<Item> getMeasures() {
    List<Item> items = new ArrayList<>();
    for (MeasureDefinition m : version.scorecard().measures()) {
      items.add(
          new Item(
              m.name() + " (" + Labels.of(m.perspective()) + ")",
              plain(m.weightPercent())
                  + " %, "
                  + (m.direction() == null ? "rated" : Labels.of(m.direction()))
                  + ", "
                  + Labels.of(m.curve().type())
                  + " "
                  + points(m.curve().points())
                  + (m.curve().cap() == null ? "" : ", cap " + plain(m.curve().cap()))));
    }
    return items;
  }

  public List<Item> getFindings() {
    if (findings == null) {
      findings =
          fit.findings(code, number, role).stream()
              .map((PlanFitFinding f) -> new Item(f.severity().name(), f.message()))
              .toList();
    }
    return findings;
  }

  public String getFitRole() {
    return role == null ? version.roleProfileCode() : role;
  }

  public List<String> getRoleCodes() {
    return catalog.roleProfiles().stream().map(RoleProfile::getCode).toList();
  }

  /** The quantitative measures' payout curves as a Chart.js line chart (attainment -> payout). */
  public String getCurveChart() {
    StringBuilder datasets = new StringBuilder();
    for (MeasureDefinition m : version.scorecard().measures()) {
      if (m.direction() == null) {
        continue; // a rating's curve is read on its own scale
      }
      if (!datasets.isEmpty()) {
        datasets.append(',');
      }
      datasets
          .append("{\"label\":\"")
          .append(m.name().replace("\"", "'"))
          .append("\",\"showLine\":true,\"stepped\":")
          .append(m.curve().type().name().equals("STEP"))
          .append(",\"data\":[");
      List<CurvePoint> points = m.curve().points();
      for (int i = 0; i < points.size(); i++) {
        CurvePoint p = points.get(i);
        BigDecimal payout =
            m.curve().cap() == null ? p.getPayout() : p.getPayout().min(m.curve().cap());
        datasets
            .append(i == 0 ? "" : ",")
            .append("{\"x\":")
            .append(plain(p.getAttainment()))
            .append(",\"y\":")
            .append(plain(payout))
            .append('}');
      }
      datasets.append("]}");
    }
    return "{\"type\":\"scatter\",\"data\":{\"datasets\":["
        + datasets
        + "]},\"options\":{\"maintainAspectRatio\":false,\"scales\":{\"x\":{\"title\":{\"display\":true,\"text\":\"attainment\"}},"
        + "\"y\":{\"beginAtZero\":true,\"title\":{\"display\":true,\"text\":\"payout (x weight)\"}}}}}";
  }

  private static String points(List<CurvePoint> points) {
    StringBuilder s = new StringBuilder();
    for (CurvePoint p : points) {
      s.append('(')
          .append(plain(p.getAttainment()))
          .append(", ")
          .append(plain(p.getPayout()))
          .append(") ");
    }
    return s.toString().strip();
  }

  private static String percent(BigDecimal value) {
    return value == null ? "none" : plain(value) + " %";
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public int getNumber() {
    return number;
  }

  public void setNumber(int number) {
    this.number = number;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role == null || role.isBlank() ? null : role;
  }
}
