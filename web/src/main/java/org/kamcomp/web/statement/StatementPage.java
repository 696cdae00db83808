package org.kamcomp.web.statement;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kamcomp.calculation.CalculationRuns;
import org.kamcomp.calculation.Inquiries;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.plan.MeasureDefinition;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.problem.FieldError;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.problem.NotFoundException;
import org.kamcomp.domain.statement.StatementRecord;
import org.kamcomp.web.plan.CurveChart;

/**
 * One published statement, in the viewer's scope: every line with its trail, the statement's own
 * steps, and notes (advances, windfalls held).
 */
@Named
@jakarta.faces.view.ViewScoped
public class StatementPage implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CalculationRuns runs;
  @Inject Inquiries inquiries;
  @Inject PlanCatalog plans;
  @Inject Viewer viewer;

  private long id;
  private transient StatementRecord record;
  private transient JsonObject document;
  private List<Inquiries.View> asked = List.of();
  private String line;
  private String question;
  private String attainmentChart;

  /** A measure line for the table. */
  public static final class Line {
    private final JsonObject l;

    Line(JsonObject l) {
      this.l = l;
    }

    private String text(String name) {
      JsonValue v = l.get(name);
      return v == null || v.getValueType() == JsonValue.ValueType.NULL
          ? ""
          : v.getValueType() == JsonValue.ValueType.STRING ? l.getString(name) : v.toString();
    }

    public String getMeasure() {
      return text("measureName");
    }

    public String getWeight() {
      return text("weightPercent") + " %";
    }

    public String getTarget() {
      return text("target");
    }

    public String getActual() {
      return text("actual");
    }

    public String getAttainment() {
      return text("attainmentPercent");
    }

    public String getPayoutPercent() {
      return text("payoutPercent");
    }

    public String getAmount() {
      return text("amount");
    }

    public List<String> getTrail() {
      return l.getJsonArray("trail").getValuesAs(jakarta.json.JsonString.class).stream()
          .map(jakarta.json.JsonString::getString)
          .toList();
    }
  }

  public void load() {
    try {
      record = runs.publishedStatement(id, viewer);
      document = Json.createReader(new StringReader(record.getDocument())).readObject();
      asked = inquiries.list(viewer, id, false);
      attainmentChart = attainmentChart();
    } catch (NotFoundException e) {
      record = null;
    }
  }

  /** A line carried from elsewhere: a recalculated period or a resolved inquiry. */
  public static final class AdjustmentLine {
    private final String reason;
    private final String amount;

    AdjustmentLine(JsonObject a) {
      this.reason = a.getString("reason");
      this.amount = a.get("amount").toString();
    }

    public String getReason() {
      return reason;
    }

    public String getAmount() {
      return amount;
    }
  }

  public List<AdjustmentLine> getAdjustments() {
    if (document == null || !document.containsKey("adjustments")) {
      return List.of();
    }
    return document.getJsonArray("adjustments").getValuesAs(JsonObject.class).stream()
        .map(AdjustmentLine::new)
        .toList();
  }

  /**
   * The statement's measures on their payout curves, each with a marker where the participant
   * stands (attainment, and the payout it reads); ratings are read on their own scale and left out.
   */
  public String getAttainmentChart() {
    return attainmentChart;
  }

  private String attainmentChart() {
    var version = plans.version(record.getPlanCode(), record.getPlanVersion());
    Map<String, JsonObject> byCode = new java.util.HashMap<>();
    if (document.containsKey("lines")) {
      document
          .getJsonArray("lines")
          .getValuesAs(JsonObject.class)
          .forEach(l -> byCode.put(l.getString("measureCode"), l));
    }
    List<CurveChart.Series> series = new ArrayList<>();
    List<CurveChart.Marker> markers = new ArrayList<>();
    for (MeasureDefinition m : version.scorecard().measures()) {
      JsonObject l = byCode.get(m.code());
      if (m.direction() == null || l == null) {
        continue;
      }
      series.add(
          new CurveChart.Series(
              m.name(),
              CurveChart.Reading.of(m.curve().type()),
              m.curve().points(),
              m.curve().cap()));
      markers.add(
          l.get("attainmentPercent") instanceof jakarta.json.JsonNumber a
                  && l.get("payoutPercent") instanceof jakarta.json.JsonNumber p
              ? new CurveChart.Marker(
                  m.name() + ": you",
                  a.bigDecimalValue().movePointLeft(2),
                  p.bigDecimalValue().movePointLeft(2))
              : null);
    }
    return series.isEmpty()
        ? null
        : CurveChart.of(series, markers, "attainment (1 = target)", "payout (x weight)");
  }

  /** Whether the signed-in user is the statement's participant, who may ask about its lines. */
  public boolean isMine() {
    return record != null && record.getParticipant().getUsername().equals(viewer.username());
  }

  /** The lines one may ask about: each measure, the adjustments, and the payout as a whole. */
  public List<String> getAskableLines() {
    List<String> lines = new ArrayList<>();
    getLines().forEach(l -> lines.add(l.getMeasure()));
    getAdjustments().forEach(a -> lines.add(a.getReason()));
    lines.add("Payout");
    return lines;
  }

  public List<Inquiries.View> getInquiries() {
    return asked;
  }

  public void ask() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      inquiries.raise(id, line, question, viewer);
      asked = inquiries.list(viewer, id, false);
      question = null;
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              "Your question is with sales operations; the answer will appear here.",
              null));
    } catch (InvalidInputException e) {
      for (FieldError error : e.errors()) {
        faces.addMessage(
            "ask-form:" + error.field(),
            new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
      }
      faces.validationFailed();
    }
  }

  public String getLine() {
    return line;
  }

  public void setLine(String line) {
    this.line = line;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public boolean isMissing() {
    return record == null;
  }

  public String getTitle() {
    return record == null
        ? "Statement not found"
        : "Statement of "
            + record.getParticipant().getFullName()
            + ", "
            + record.getRun().getPeriodStart()
            + " to "
            + record.getRun().getPeriodEnd();
  }

  public StatementRecord getRecord() {
    return record;
  }

  public List<Line> getLines() {
    List<Line> lines = new ArrayList<>();
    if (document != null && document.containsKey("lines")) {
      document
          .getJsonArray("lines")
          .getValuesAs(JsonObject.class)
          .forEach(l -> lines.add(new Line(l)));
    }
    return lines;
  }

  private List<String> strings(String name) {
    if (document == null || !document.containsKey(name)) {
      return List.of();
    }
    return document.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  public List<String> getExplanation() {
    return strings("explanation");
  }

  public List<String> getNotes() {
    return strings("notes");
  }

  public String figure(String name) {
    if (document == null || !document.containsKey(name) || document.isNull(name)) {
      return "-";
    }
    return document.get(name).toString();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
