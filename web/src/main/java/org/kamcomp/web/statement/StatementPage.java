package org.kamcomp.web.statement;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamcomp.calculation.Inquiries;
import org.kamcomp.calculation.Statements;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.plan.MeasureDefinition;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.problem.FieldError;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.problem.NotFoundException;
import org.kamcomp.reporting.StatementView;
import org.kamcomp.web.plan.CurveChart;

/**
 * One published statement, in the viewer's scope, read through the same view as its PDF: every line
 * with its trail, the statement's own steps, notes, the adjustments it carries, a chart of where
 * the participant stands on each curve, and the questions asked about it.
 */
@Named
@ViewScoped
public class StatementPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Statements statements;
  @Inject Inquiries inquiries;
  @Inject org.kamcomp.scoring.FiscalCalendar calendar;
  @Inject PlanCatalog plans;
  @Inject Viewer viewer;

  private long id;
  private StatementView view;
  private List<StatementRow> versions = List.of();
  private List<Inquiries.View> asked = List.of();
  private String attainmentChart;
  private String line;
  private String question;

  public void load() {
    try {
      var record = statements.open(id, viewer);
      view = StatementView.of(record, calendar);
      versions =
          view.isPublished()
              ? statements.versions(record, viewer).stream().map(StatementRow::new).toList()
              : List.of();
      asked = inquiries.list(viewer, id, false);
      attainmentChart = attainmentChart();
    } catch (NotFoundException e) {
      view = null;
    }
  }

  public boolean isMissing() {
    return view == null;
  }

  public String getTitle() {
    return view == null
        ? "Statement not found"
        : "Statement of " + view.getParticipantName() + ", " + view.getPeriodText();
  }

  /**
   * Every published version of this statement's period, oldest first (more than one when it was
   * recalculated).
   */
  public List<StatementRow> getVersions() {
    return versions;
  }

  public StatementView getView() {
    return view;
  }

  /**
   * The statement's measures on their payout curves, each with a marker where the participant
   * stands (attainment, and the payout it reads); ratings are read on their own scale and left out.
   */
  public String getAttainmentChart() {
    return attainmentChart;
  }

  private String attainmentChart() {
    var version = plans.version(view.getPlanCode(), view.getPlanVersion());
    Map<String, StatementView.Line> byCode = new HashMap<>();
    view.getLines().forEach(l -> byCode.put(l.getMeasureCode(), l));
    List<CurveChart.Series> series = new ArrayList<>();
    List<CurveChart.Marker> markers = new ArrayList<>();
    for (MeasureDefinition m : version.scorecard().measures()) {
      StatementView.Line l = byCode.get(m.code());
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
          l.getAttainmentPercent() == null || l.getPayoutPercent() == null
              ? null
              : new CurveChart.Marker(
                  m.name() + ": you",
                  l.getAttainmentPercent().movePointLeft(2),
                  l.getPayoutPercent().movePointLeft(2)));
    }
    return series.isEmpty()
        ? null
        : CurveChart.of(series, markers, "attainment (1 = target)", "payout (x weight)");
  }

  /**
   * Whether the signed-in user is the statement's participant, who may ask about its lines (of a
   * published statement).
   */
  public boolean isMine() {
    return view != null && view.isPublished() && view.getUsername().equals(viewer.username());
  }

  /** The lines one may ask about: each measure, the adjustments, and the payout as a whole. */
  public List<String> getAskableLines() {
    List<String> lines = new ArrayList<>();
    view.getLines().forEach(l -> lines.add(l.getMeasureName()));
    view.getAdjustments().forEach(a -> lines.add(a.getReason()));
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

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
