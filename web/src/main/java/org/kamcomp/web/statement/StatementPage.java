package org.kamcomp.web.statement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.kamcomp.calculation.CalculationRuns;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.problem.NotFoundException;
import org.kamcomp.domain.statement.StatementRecord;

/**
 * One published statement, in the viewer's scope: every line with its trail, the statement's own
 * steps, and notes (advances, windfalls held).
 */
@Named
@RequestScoped
public class StatementPage {

  @Inject CalculationRuns runs;
  @Inject Viewer viewer;

  private long id;
  private StatementRecord record;
  private JsonObject document;

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
    } catch (NotFoundException e) {
      record = null;
    }
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
