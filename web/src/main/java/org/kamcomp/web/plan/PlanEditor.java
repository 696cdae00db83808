package org.kamcomp.web.plan;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kamcomp.domain.plan.CreditingRule;
import org.kamcomp.domain.plan.CurveType;
import org.kamcomp.domain.plan.Direction;
import org.kamcomp.domain.plan.Draw;
import org.kamcomp.domain.plan.MeasureData;
import org.kamcomp.domain.plan.MeasureDefinition;
import org.kamcomp.domain.plan.MeasureSource;
import org.kamcomp.domain.plan.PeriodType;
import org.kamcomp.domain.plan.Perspective;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.plan.PlanTerms;
import org.kamcomp.domain.plan.PlanVersionSnapshot;
import org.kamcomp.domain.plan.PlanVersionStatus;
import org.kamcomp.domain.plan.ScorecardDefinition;
import org.kamcomp.domain.plan.TargetIncentive;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.FieldError;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.problem.NotFoundException;
import org.kamcomp.domain.role.RoleProfile;
import org.kamcomp.web.session.SignedInUser;

/**
 * The plan designer: sales operations creates a plan with its first draft, or edits a draft's terms
 * and scorecard. The page holds what is typed until it is saved; the model judges it on saving and
 * every problem is shown beside its input and in a summary, with nothing saved. A save names the
 * version the editor read, so another admin's save in between is a conflict, never overwritten.
 */
@Named
@ViewScoped
public class PlanEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Inject PlanCatalog catalog;
  @Inject SignedInUser user;
  @Inject java.time.Clock clock;

  private String code;
  private int number;

  private boolean creating;
  private String unavailable;
  private PlanVersionStatus status;
  private long readVersion;

  private String planCode;
  private String planName;
  private String roleProfileCode;
  private String currency = "EUR";

  private TermsForm terms;
  private final List<MeasureForm> measures = new ArrayList<>();
  private final List<GateForm> gates = new ArrayList<>();
  private ModifierForm modifier;
  private int nextKey;

  private final FormErrors errors = new FormErrors();
  private List<SummaryItem> summary = List.of();
  private String conflict;

  /** One problem of the summary: where it is (in words and as the input's id) and what it is. */
  public static class SummaryItem implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String where;
    private final String anchor;
    private final String message;

    SummaryItem(String where, String anchor, String message) {
      this.where = where;
      this.anchor = anchor;
      this.message = message;
    }

    public String getWhere() {
      return where;
    }

    /** The link to the input concerned. */
    public String getHref() {
      return "#" + anchor;
    }

    public String getMessage() {
      return message;
    }
  }

  /** Opens the draft named by the view parameters, or a new plan when none is named. */
  public void load() {
    if (refused()) {
      return;
    }
    if (code == null || code.isBlank()) {
      startNewPlan();
      return;
    }
    try {
      show(catalog.version(code, number));
    } catch (NotFoundException e) {
      unavailable = "There is no version " + number + " of plan " + code + ".";
    }
  }

  private void startNewPlan() {
    creating = true;
    status = PlanVersionStatus.DRAFT;
    List<RoleProfile> roles = catalog.roleProfiles();
    roleProfileCode = roles.isEmpty() ? null : roles.get(0).getCode();
    terms =
        TermsForm.from(
            new PlanTerms(
                LocalDate.now(clock).plusYears(1).withDayOfYear(1),
                TargetIncentive.percentOfBase("25"),
                PeriodType.YEAR,
                PeriodType.QUARTER,
                new BigDecimal("75"),
                false,
                new BigDecimal("2"),
                CreditingRule.FIRST_YEAR,
                true,
                null,
                null,
                6));
    MeasureForm first = new MeasureForm(nextKey++);
    first.setCode("revenue");
    first.setName("Account revenue");
    first.setWeightPercent("100");
    measures.add(first);
    modifier = new ModifierForm();
    renumber();
  }

  private void show(PlanVersionSnapshot s) {
    creating = false;
    unavailable = null;
    status = s.status();
    readVersion = s.version();
    planCode = s.planCode();
    planName = s.planName();
    roleProfileCode = s.roleProfileCode();
    currency = s.currency();
    terms = TermsForm.from(s.terms());
    measures.clear();
    for (MeasureDefinition m : s.scorecard().measures()) {
      measures.add(MeasureForm.from(m, nextKey++));
    }
    gates.clear();
    s.scorecard().gates().forEach(g -> gates.add(GateForm.from(g)));
    modifier = ModifierForm.from(s.scorecard().modifier());
    renumber();
  }

  /** Saves the plan or the draft; on any problem nothing is saved and each is shown. */
  public String save() {
    if (refused() || !isEditable()) {
      return null;
    }
    errors.clear();
    conflict = null;
    Parser parser = new Parser(errors);
    PlanTerms t = terms.toModel(parser);
    ScorecardDefinition card = scorecard(parser);
    Currency planCurrency = creating ? currency() : null;
    if (!errors.isEmpty()) {
      return failed();
    }
    try {
      if (creating) {
        PlanVersionSnapshot created =
            catalog.createPlan(
                Objects.requireNonNullElse(planCode, ""),
                planName,
                roleProfileCode,
                planCurrency,
                t,
                card);
        keepMessage(
            "Plan "
                + created.planCode()
                + " created with version 1 as a draft. Approve it when it is ready.");
        return "/plans/edit.xhtml?faces-redirect=true&code="
            + URLEncoder.encode(created.planCode(), StandardCharsets.UTF_8)
            + "&number="
            + created.number();
      }
      PlanVersionSnapshot saved = catalog.revise(code, number, readVersion, t, card);
      show(saved);
      message(
          FacesMessage.SEVERITY_INFO,
          "Version " + saved.number() + " of plan " + saved.planCode() + " saved.");
      return null;
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      if (creating) {
        // The plan's own fields are checked before its first version: report both at once.
        addVersionProblems(t, card);
      }
      return failed();
    } catch (ConflictException e) {
      if (creating) {
        errors.add("code", e.getMessage());
        addVersionProblems(t, card);
        return failed();
      }
      conflict = e.getMessage();
      return null;
    } catch (RuntimeException e) {
      if (!causedByConcurrentEdit(e)) {
        throw e;
      }
      conflict =
          "Someone else saved version "
              + number
              + " of plan "
              + code
              + " at the same moment; reload it and apply your change again.";
      return null;
    }
  }

  /** Discards what was typed and shows the draft as it is saved now. */
  public void reload() {
    if (refused()) {
      return;
    }
    errors.clear();
    summary = List.of();
    conflict = null;
    try {
      show(catalog.version(code, number));
      message(FacesMessage.SEVERITY_INFO, "Reloaded: this is the draft as it is saved now.");
    } catch (NotFoundException e) {
      unavailable = "There is no version " + number + " of plan " + code + ".";
    }
  }

  private ScorecardDefinition scorecard(Parser parser) {
    List<MeasureDefinition> definitions = new ArrayList<>();
    measures.forEach(m -> definitions.add(m.toDefinition(parser)));
    return new ScorecardDefinition(
        definitions,
        gates.stream().map(g -> g.toDefinition(parser)).toList(),
        modifier.toDefinition(parser));
  }

  private Currency currency() {
    String c = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
    try {
      return Currency.getInstance(c);
    } catch (IllegalArgumentException e) {
      errors.add("currency", "Enter a currency as its three-letter code, such as EUR");
      return null;
    }
  }

  private void addVersionProblems(PlanTerms t, ScorecardDefinition card) {
    t.problems().forEach(e -> errors.add(e.field(), e.message()));
    card.problems().forEach(e -> errors.add("scorecard." + e.field(), e.message()));
  }

  private String failed() {
    List<SummaryItem> items = new ArrayList<>();
    for (FieldError e : errors.all()) {
      Place place = place(e.field());
      items.add(new SummaryItem(place.words(), place.anchor(), e.message()));
    }
    summary = items;
    return null;
  }

  private static boolean causedByConcurrentEdit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  // --- rows ---

  public void addMeasure() {
    measures.add(new MeasureForm(nextKey++));
    renumber();
  }

  public void removeMeasure(MeasureForm m) {
    measures.remove(m);
    rowsMoved();
  }

  public void moveUp(MeasureForm m) {
    int i = measures.indexOf(m);
    if (i > 0) {
      Collections.swap(measures, i, i - 1);
      rowsMoved();
    }
  }

  public void moveDown(MeasureForm m) {
    int i = measures.indexOf(m);
    if (i >= 0 && i < measures.size() - 1) {
      Collections.swap(measures, i, i + 1);
      rowsMoved();
    }
  }

  public void addGate() {
    List<String> codes = getMeasureCodes();
    gates.add(new GateForm(codes.isEmpty() ? null : codes.get(0)));
    renumber();
  }

  public void removeGate(GateForm g) {
    gates.remove(g);
    rowsMoved();
  }

  /** Rows changed places: the problems found before point at the old places, so they go. */
  private void rowsMoved() {
    errors.clear();
    summary = List.of();
    renumber();
  }

  private void renumber() {
    for (int i = 0; i < measures.size(); i++) {
      measures.get(i).renumber("scorecard.measures[" + i + "]");
    }
    for (int i = 0; i < gates.size(); i++) {
      gates.get(i).renumber("scorecard.gates[" + i + "]");
    }
  }

  // --- what the page shows ---

  public boolean isEditable() {
    return unavailable == null && status == PlanVersionStatus.DRAFT;
  }

  public String getTitle() {
    if (unavailable != null) {
      return "Plan version not found";
    }
    if (creating) {
      return "New plan";
    }
    return (isEditable() ? "Edit " : "") + planName + ", version " + number;
  }

  /** The live sum of the measures' weights, as typed. */
  public String getWeightSum() {
    return Parser.show(weightSum());
  }

  public boolean isWeightsComplete() {
    return weightSum().compareTo(HUNDRED) == 0;
  }

  private BigDecimal weightSum() {
    BigDecimal sum = BigDecimal.ZERO;
    for (MeasureForm m : measures) {
      BigDecimal w = m.weight();
      if (w != null) {
        sum = sum.add(w);
      }
    }
    return sum;
  }

  /** The measure codes typed so far, for gates and the modifier. */
  public List<String> getMeasureCodes() {
    List<String> codes = new ArrayList<>();
    for (MeasureForm m : measures) {
      String c = m.getCode() == null ? "" : m.getCode().strip();
      if (!c.isEmpty() && !codes.contains(c)) {
        codes.add(c);
      }
    }
    return codes;
  }

  /** The measure codes to choose from, with {@code current} kept even when no measure has it. */
  public List<String> measureCodesWith(String current) {
    List<String> codes = getMeasureCodes();
    if (current != null && !current.isBlank() && !codes.contains(current)) {
      codes.add(current);
    }
    return codes;
  }

  /** The measures a gate may govern, keeping those it names even if no measure has them now. */
  public List<String> governable(GateForm gate) {
    List<String> codes = getMeasureCodes();
    gate.getGovernedMeasureCodes().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
    return codes;
  }

  /** The problem with a field, e.g. {@code error(measure.path, 'weightPercent')}; null if none. */
  public String error(String prefix, String field) {
    return errors.at(prefix == null || prefix.isEmpty() ? field : prefix + "." + field);
  }

  /** The problem with a field of the plan or its terms, by its path; null if none. */
  public String errorAt(String field) {
    return errors.at(field);
  }

  /** The style of an input whose field has a problem. */
  public String errorClass(String prefix, String field) {
    return error(prefix, field) == null ? "" : "ui-state-error";
  }

  public String getSummaryHeading() {
    return summary.size() == 1
        ? "Nothing was saved. Please fix this problem:"
        : "Nothing was saved. Please fix these " + summary.size() + " problems:";
  }

  public List<SummaryItem> getSummary() {
    return summary;
  }

  public String getConflict() {
    return conflict;
  }

  public List<RoleProfile> getRoleProfiles() {
    return catalog.roleProfiles();
  }

  public Perspective[] getPerspectives() {
    return Perspective.values();
  }

  public MeasureSource[] getSources() {
    return MeasureSource.values();
  }

  public Direction[] getDirections() {
    return Direction.values();
  }

  public MeasureData[] getMeasureData() {
    return MeasureData.values();
  }

  public CurveType[] getCurveTypes() {
    return CurveType.values();
  }

  public PeriodType[] getPeriods() {
    return PeriodType.values();
  }

  public CreditingRule[] getCreditingRules() {
    return CreditingRule.values();
  }

  public Draw.Kind[] getDrawKinds() {
    return Draw.Kind.values();
  }

  public TargetIncentive.Kind[] getTargetIncentiveKinds() {
    return TargetIncentive.Kind.values();
  }

  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("AMOUNT", "amount a year"),
          Map.entry("PERCENT_OF_BASE", "% of base salary"),
          Map.entry("TCV", "total contract value (TCV)"),
          Map.entry("ACV", "annual contract value (ACV)"),
          Map.entry("FIRST_YEAR", "first-year value"),
          Map.entry("QUANTITATIVE", "from data"),
          Map.entry("QUALITATIVE", "rated by the manager"),
          Map.entry("GUARANTEE", "guarantee"),
          Map.entry("RECOVERABLE", "recoverable draw"),
          Map.entry("BOOKINGS", "bookings (credited value)"),
          Map.entry("MARGIN", "gross margin"),
          Map.entry("MARGIN_PERCENT", "gross margin %"),
          Map.entry("RESULT_SUM", "imported results, summed"),
          Map.entry("RESULT_LATEST", "imported results, latest"),
          Map.entry("RATING", "the manager's rating"));

  /** A constant in plain words for a choice list. */
  public String label(Enum<?> value) {
    return value == null ? "" : WORDS.getOrDefault(value.name(), Labels.of(value));
  }

  // --- where a model field is on the page ---

  private record Place(String words, String anchor) {}

  private static final Map<String, Place> PLAN_FIELDS =
      Map.ofEntries(
          Map.entry("code", new Place("Plan code", "code")),
          Map.entry("name", new Place("Plan name", "name")),
          Map.entry("roleProfileCode", new Place("Role", "role")),
          Map.entry("currency", new Place("Currency", "currency")),
          Map.entry("effectiveFrom", new Place("Effective from", "effectiveFrom")),
          Map.entry("targetIncentive", new Place("Target incentive", "targetIncentive")),
          Map.entry("targetIncentive.value", new Place("Target incentive", "targetIncentive")),
          Map.entry("performancePeriod", new Place("Performance period", "performancePeriod")),
          Map.entry("payoutFrequency", new Place("Payout frequency", "payoutFrequency")),
          Map.entry("advanceRatePercent", new Place("Advance rate", "advanceRate")),
          Map.entry("planCapMultiple", new Place("Plan cap", "planCap")),
          Map.entry("creditingRule", new Place("Multi-year deals", "creditingRule")),
          Map.entry("windfallThresholdPercent", new Place("Windfall threshold", "windfall")),
          Map.entry("draw", new Place("Draw", "drawKind")),
          Map.entry("draw.kind", new Place("Draw", "drawKind")),
          Map.entry("draw.amountPerPeriod", new Place("Draw amount", "drawAmount")),
          Map.entry("clawbackWindowMonths", new Place("Clawback window", "clawback")),
          Map.entry("scorecard.measures", new Place("Scorecard", "weight-sum")),
          Map.entry(
              "scorecard.modifier.measureCode", new Place("Modifier, measure", "modifierMeasure")),
          Map.entry("scorecard.modifier.points", new Place("Modifier, points", "modifierMeasure")));

  private static final Map<String, String> MEASURE_FIELDS =
      Map.ofEntries(
          Map.entry("code", "code"),
          Map.entry("name", "name"),
          Map.entry("perspective", "perspective"),
          Map.entry("source", "source"),
          Map.entry("direction", "direction"),
          Map.entry("data", "measured on"),
          Map.entry("weightPercent", "weight"),
          Map.entry("curve", "payout curve"),
          Map.entry("curve.points", "payout curve"),
          Map.entry("curve.cap", "cap"));

  private static final Map<String, String> MEASURE_INPUTS =
      Map.ofEntries(
          Map.entry("weightPercent", "weight"),
          Map.entry("curve", "curveType"),
          Map.entry("curve.points", "curveType"),
          Map.entry("curve.cap", "cap"));

  private static final Pattern MEASURE = Pattern.compile("scorecard\\.measures\\[(\\d+)]\\.(.+)");
  private static final Pattern POINT =
      Pattern.compile("curve\\.points\\[(\\d+)]\\.(attainment|payout)");
  private static final Pattern GATE = Pattern.compile("scorecard\\.gates\\[(\\d+)]\\.(.+)");
  private static final Pattern MODIFIER_POINT =
      Pattern.compile("scorecard\\.modifier\\.points\\[(\\d+)]\\.(attainment|payout)");

  /** A model field path in the words of the page, and the id of the input it concerns. */
  private Place place(String field) {
    Place known = PLAN_FIELDS.get(field);
    if (known != null) {
      return new Place(known.words(), "editor:" + known.anchor());
    }
    Matcher m = MEASURE.matcher(field);
    if (m.matches()) {
      int i = Integer.parseInt(m.group(1));
      String rest = m.group(2);
      String measure = "Measure " + (i + 1) + measureName(i);
      String row = "editor:measures:" + i + ":";
      Matcher p = POINT.matcher(rest);
      if (p.matches()) {
        int j = Integer.parseInt(p.group(1));
        return new Place(
            measure + ", curve point " + (j + 1) + ", " + p.group(2),
            row + "points:" + j + ":" + p.group(2));
      }
      return new Place(
          measure + ", " + MEASURE_FIELDS.getOrDefault(rest, rest),
          row + MEASURE_INPUTS.getOrDefault(rest, rest));
    }
    Matcher g = GATE.matcher(field);
    if (g.matches()) {
      int i = Integer.parseInt(g.group(1));
      String rest = g.group(2);
      String input =
          switch (rest) {
            case "minimumAttainment" -> "minimum";
            case "governedMeasureCodes" -> "governs";
            default -> "measure";
          };
      String words =
          switch (rest) {
            case "minimumAttainment" -> "minimum attainment";
            case "governedMeasureCodes" -> "measures it governs";
            default -> "measure";
          };
      return new Place("Gate " + (i + 1) + ", " + words, "editor:gates:" + i + ":" + input);
    }
    Matcher mp = MODIFIER_POINT.matcher(field);
    if (mp.matches()) {
      int j = Integer.parseInt(mp.group(1));
      boolean attainment = mp.group(2).equals("attainment");
      return new Place(
          "Modifier, point " + (j + 1) + ", " + (attainment ? "attainment" : "multiplier"),
          "editor:modifierPoints:" + j + ":" + mp.group(2));
    }
    return new Place(field, "editor");
  }

  private String measureName(int i) {
    if (i >= measures.size()) {
      return "";
    }
    MeasureForm m = measures.get(i);
    String name = m.getName() == null || m.getName().isBlank() ? m.getCode() : m.getName();
    return name == null || name.isBlank() ? "" : " (" + name.strip() + ")";
  }

  // --- access ---

  /** Only sales operations designs plans; anyone else gets a 403 (the descriptor says so too). */
  private boolean refused() {
    if (user.isCompAdmin()) {
      return false;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(403, "Only sales operations designs plans");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
    return true;
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  private static void keepMessage(String text) {
    message(FacesMessage.SEVERITY_INFO, text);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
  }

  // --- the form's state ---

  public boolean isCreating() {
    return creating;
  }

  public String getUnavailable() {
    return unavailable;
  }

  public String getStatus() {
    return Labels.of(status);
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

  public String getPlanCode() {
    return planCode;
  }

  public void setPlanCode(String planCode) {
    this.planCode = planCode;
  }

  public String getPlanName() {
    return planName;
  }

  public void setPlanName(String planName) {
    this.planName = planName;
  }

  public String getRoleProfileCode() {
    return roleProfileCode;
  }

  public void setRoleProfileCode(String roleProfileCode) {
    this.roleProfileCode = roleProfileCode;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public TermsForm getTerms() {
    return terms;
  }

  public List<MeasureForm> getMeasures() {
    return measures;
  }

  public List<GateForm> getGates() {
    return gates;
  }

  public ModifierForm getModifier() {
    return modifier;
  }
}
