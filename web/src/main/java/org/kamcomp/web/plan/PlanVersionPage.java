package org.kamcomp.web.plan;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.kamcomp.calculation.PlanFit;
import org.kamcomp.domain.plan.CurvePoint;
import org.kamcomp.domain.plan.MeasureDefinition;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.plan.PlanFitFinding;
import org.kamcomp.domain.plan.PlanTerms;
import org.kamcomp.domain.plan.PlanVersionSnapshot;
import org.kamcomp.domain.plan.PlanVersionStatus;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.NotFoundException;
import org.kamcomp.domain.role.RoleProfile;
import org.kamcomp.web.session.SignedInUser;

/**
 * One plan version: its terms, its scorecard with a chart of the payout curves, and the plan-fit
 * findings for its own role or, with {@code role}, for another (the AM plan on KAMs). Sales
 * operations edits, approves or starts a new draft from here. View-scoped, so an action posted back
 * acts on the version shown; the version itself is read again after a restart of the view.
 */
@Named
@ViewScoped
public class PlanVersionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter APPROVED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  @Inject PlanCatalog catalog;
  @Inject PlanFit fit;
  @Inject SignedInUser user;

  private String code;
  private int number = 1;
  private String role;
  private transient PlanVersionSnapshot version;
  private boolean missing;
  private Long readVersion; // kept with the view, so an approval names what was shown
  private transient List<Item> findings;
  private transient Integer latest;

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
    if (version != null || missing) {
      return;
    }
    if (code == null || code.isBlank()) {
      missing = true;
      return;
    }
    try {
      version = catalog.version(code, number);
      if (readVersion == null) {
        readVersion = version.version();
      }
    } catch (NotFoundException e) {
      missing = true;
    }
  }

  public boolean isMissing() {
    load();
    return missing;
  }

  public PlanVersionSnapshot getVersion() {
    load();
    return version;
  }

  public String getEffectiveFrom() {
    return String.valueOf(getVersion().terms().effectiveFrom());
  }

  // --- what sales operations does with a version (the buttons show for comp-admin only) ---

  /** A draft can be edited and approved. */
  public boolean isDraftForAdmin() {
    return user.isCompAdmin() && !isMissing() && version.status() == PlanVersionStatus.DRAFT;
  }

  /** The plan's latest version is approved: sales operations may start the next draft from it. */
  public boolean isNewDraftAllowed() {
    if (!user.isCompAdmin() || isMissing() || version.status() != PlanVersionStatus.APPROVED) {
      return false;
    }
    if (latest == null) {
      latest =
          catalog.allVersions().stream()
              .filter(v -> v.planCode().equals(version.planCode()))
              .mapToInt(PlanVersionSnapshot::number)
              .max()
              .orElse(version.number());
    }
    return latest == version.number();
  }

  /**
   * Approves the draft as it was shown (the version read when the page was loaded), in the
   * signed-in admin's name; a draft changed since then is not approved.
   */
  public String approve() {
    if (!user.isCompAdmin()) {
      return refuse("Only sales operations approves plans.");
    }
    try {
      PlanVersionSnapshot approved = catalog.approve(code, number, readVersion, user.getUsername());
      keepMessage(
          "Version "
              + approved.number()
              + " of plan "
              + approved.planCode()
              + " is approved and takes effect on "
              + approved.terms().effectiveFrom()
              + ".");
      return self(approved.number());
    } catch (ConflictException | NotFoundException e) {
      version = null; // show the version as it is now
      readVersion = null;
      findings = null;
      latest = null;
      return refuse(e.getMessage() + " Nothing was approved.");
    }
  }

  /** Starts the next draft from this approved version and opens it in the designer. */
  public String newDraft() {
    if (!user.isCompAdmin()) {
      return refuse("Only sales operations starts new drafts.");
    }
    try {
      PlanVersionSnapshot draft = catalog.newDraft(code);
      keepMessage(
          "Version "
              + draft.number()
              + " is a new draft made from version "
              + number
              + ": change it and approve it when it is ready.");
      return "/plans/edit.xhtml?faces-redirect=true&code="
          + URLEncoder.encode(draft.planCode(), StandardCharsets.UTF_8)
          + "&number="
          + draft.number();
    } catch (ConflictException | NotFoundException e) {
      return refuse(e.getMessage());
    }
  }

  private String self(int n) {
    return "/plans/version.xhtml?faces-redirect=true&code="
        + URLEncoder.encode(code, StandardCharsets.UTF_8)
        + "&number="
        + n;
  }

  private static String refuse(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    return null;
  }

  private static void keepMessage(String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  public String getTitle() {
    return isMissing() ? "Plan not found" : version.planName() + ", version " + version.number();
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
    if (t.advanceRatePercent() != null) {
      items.add(
          new Item(
              "Overpaid true-up",
              t.trueUpForgiven() ? "forgiven" : "recovered from later payouts"));
    }
    items.add(
        new Item(
            "Plan cap",
            t.planCapMultiple() == null
                ? "none"
                : plain(t.planCapMultiple()) + " x target incentive"));
    items.add(new Item("Multi-year deals credited at", t.creditingRule().name()));
    items.add(
        new Item(
            "Overlay team members",
            t.overlayAllowed() ? "credited in addition" : "not credited (primary places only)"));
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

  /** The quantitative measures' payout curves in one chart (attainment -> payout). */
  public String getCurveChart() {
    List<CurveChart.Series> series = new ArrayList<>();
    for (MeasureDefinition m : version.scorecard().measures()) {
      if (m.direction() == null) {
        continue; // a rating's curve is read on its own scale
      }
      series.add(
          new CurveChart.Series(
              m.name(),
              CurveChart.Reading.of(m.curve().type()),
              m.curve().points(),
              m.curve().cap()));
    }
    return CurveChart.of(series, "attainment (1 = target)", "payout (x weight)");
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
