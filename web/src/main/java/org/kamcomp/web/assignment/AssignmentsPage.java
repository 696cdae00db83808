package org.kamcomp.web.assignment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.assignment.AssignmentSnapshot;
import org.kamcomp.domain.assignment.Assignments;
import org.kamcomp.domain.participant.Participant;
import org.kamcomp.domain.participant.ParticipantRepository;
import org.kamcomp.domain.plan.MeasureData;
import org.kamcomp.domain.plan.MeasureDefinition;
import org.kamcomp.domain.plan.PeriodType;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.plan.PlanVersionSnapshot;
import org.kamcomp.domain.plan.PlanVersionStatus;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.FieldError;
import org.kamcomp.domain.problem.InvalidInputException;

/**
 * Sales operations assigns approved plan versions to participants and sets each participant's
 * targets per measure and period. Every refusal of the model is shown next to its field; targets
 * saved on a stale read are refused, never silently overwritten.
 */
@Named
@ViewScoped
public class AssignmentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where each model field is entered on the page. */
  private static final Map<String, String> INPUTS =
      Map.of(
          "username", "assign-form:participant",
          "planVersion", "assign-form:plan",
          "validFrom", "assign-form:from",
          "validTo", "assign-form:to");

  @Inject Assignments assignments;
  @Inject PlanCatalog catalog;
  @Inject ParticipantRepository participants;
  @Inject Viewer viewer;

  private String planFilter;
  private List<AssignmentSnapshot> rows = List.of();

  private String username;
  private String planVersion;
  private LocalDate validFrom;
  private LocalDate validTo;

  private AssignmentSnapshot selected;
  private List<TargetCell> cells = List.of();

  /** One target to enter: a measure and a period end. */
  public static final class TargetCell implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String measureCode;
    private final String measureName;
    private final LocalDate periodEnd;
    private BigDecimal value;

    TargetCell(String code, String name, LocalDate periodEnd, BigDecimal value) {
      this.measureCode = code;
      this.measureName = name;
      this.periodEnd = periodEnd;
      this.value = value;
    }

    public String getMeasureCode() {
      return measureCode;
    }

    public String getMeasureName() {
      return measureName;
    }

    public LocalDate getPeriodEnd() {
      return periodEnd;
    }

    public BigDecimal getValue() {
      return value;
    }

    public void setValue(BigDecimal value) {
      this.value = value;
    }
  }

  /** A participant to choose. */
  public record Choice(String value, String label) implements Serializable {
    public String getValue() {
      return value;
    }

    public String getLabel() {
      return label;
    }
  }

  @PostConstruct
  void load() {
    rows =
        assignments.visibleTo(
            viewer, planFilter == null || planFilter.isBlank() ? null : planFilter);
  }

  public List<Choice> getParticipants() {
    return participants.visibleTo(viewer).stream()
        .map(
            (Participant p) ->
                new Choice(p.getUsername(), p.getFullName() + " (" + p.getUsername() + ")"))
        .toList();
  }

  /** Approved plan versions, as "CODE:number". */
  public List<Choice> getPlanVersions() {
    return catalog.allVersions().stream()
        .filter(v -> v.status() == PlanVersionStatus.APPROVED)
        .map(
            v ->
                new Choice(
                    v.planCode() + ":" + v.number(),
                    v.planName() + " (" + v.planCode() + " v" + v.number() + ")"))
        .toList();
  }

  public List<String> getPlanCodes() {
    return catalog.allVersions().stream().map(PlanVersionSnapshot::planCode).distinct().toList();
  }

  public void filter() {
    load();
  }

  public void assign() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (planVersion == null || !planVersion.contains(":")) {
      faces.addMessage(
          "assign-form:plan",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose an approved plan version", null));
      return;
    }
    String[] plan = planVersion.split(":");
    try {
      AssignmentSnapshot created =
          assignments.assign(username, plan[0], Integer.parseInt(plan[1]), validFrom, validTo);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              created.fullName()
                  + " is assigned to "
                  + created.planCode()
                  + "; set the targets below",
              null));
      load();
      select(created.id());
    } catch (InvalidInputException e) {
      show(faces, e.errors());
    }
  }

  public void select(long id) {
    selected = assignments.get(id, viewer);
    PlanVersionSnapshot plan = catalog.version(selected.planCode(), selected.planVersion());
    PeriodType period = PeriodType.valueOf(selected.targetPeriod());
    List<TargetCell> list = new ArrayList<>();
    for (MeasureDefinition m : plan.scorecard().measures()) {
      if (m.data() == MeasureData.RATING) {
        continue;
      }
      LocalDate last = period.endOfPeriodContaining(selected.validTo());
      for (LocalDate end = period.endOfPeriodContaining(selected.validFrom());
          !end.isAfter(last);
          end = period.endOfPeriodContaining(end.plusDays(1))) {
        LocalDate e = end;
        BigDecimal current =
            selected.targets().stream()
                .filter(t -> t.measureCode().equals(m.code()) && t.periodEnd().equals(e))
                .map(AssignmentSnapshot.Target::value)
                .findFirst()
                .orElse(null);
        list.add(new TargetCell(m.code(), m.name(), end, current));
      }
    }
    cells = list;
  }

  public void saveTargets() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<Assignments.TargetInput> inputs = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      TargetCell c = cells.get(i);
      if (c.getValue() != null) {
        inputs.add(new Assignments.TargetInput(c.getMeasureCode(), c.getPeriodEnd(), c.getValue()));
        positions.add(i);
      }
    }
    try {
      selected = assignments.setTargets(selected.id(), selected.version(), inputs);
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, "The targets are saved", null));
      load();
    } catch (InvalidInputException e) {
      for (FieldError f : e.errors()) {
        // "targets[3].target" -> the fourth entered cell
        int index = Integer.parseInt(f.field().replaceAll("^targets\\[(\\d+)\\].*$", "$1"));
        TargetCell c = cells.get(positions.get(index));
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                c.getMeasureName() + ", period ending " + c.getPeriodEnd() + ": " + f.message(),
                null));
      }
    } catch (ConflictException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              e.getMessage() + ". Your targets were not saved.",
              null));
    }
  }

  private static void show(FacesContext faces, List<FieldError> errors) {
    for (FieldError f : errors) {
      faces.addMessage(
          INPUTS.get(f.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(), null));
    }
  }

  public List<Row> getRows() {
    return rows.stream().map(Row::new).toList();
  }

  /** An assignment as the table shows it (EL reads getters, not record accessors). */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final AssignmentSnapshot a;

    Row(AssignmentSnapshot a) {
      this.a = a;
    }

    public long getId() {
      return a.id();
    }

    public String getName() {
      return a.fullName() + " (" + a.username() + ")";
    }

    public String getPlan() {
      return a.planCode() + " v" + a.planVersion();
    }

    public LocalDate getValidFrom() {
      return a.validFrom();
    }

    public LocalDate getValidTo() {
      return a.validTo();
    }

    public int getTargetCount() {
      return a.targets().size();
    }
  }

  /** The assignment whose targets are being edited, in words. */
  public String getSelectedLabel() {
    return selected == null
        ? null
        : selected.fullName()
            + " on "
            + selected.planCode()
            + " v"
            + selected.planVersion()
            + ", "
            + selected.validFrom()
            + " to "
            + selected.validTo()
            + " (targets per "
            + selected.targetPeriod().toLowerCase().replace('_', ' ')
            + (PeriodType.valueOf(selected.targetPeriod()).months() < 12
                    && catalog
                            .version(selected.planCode(), selected.planVersion())
                            .terms()
                            .performancePeriod()
                        == PeriodType.YEAR
                ? ", cumulative to each date"
                : "")
            + ")";
  }

  public String getPlanFilter() {
    return planFilter;
  }

  public void setPlanFilter(String planFilter) {
    this.planFilter = planFilter;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPlanVersion() {
    return planVersion;
  }

  public void setPlanVersion(String planVersion) {
    this.planVersion = planVersion;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public void setValidTo(LocalDate validTo) {
    this.validTo = validTo;
  }

  public AssignmentSnapshot getSelected() {
    return selected;
  }

  public List<TargetCell> getCells() {
    return cells;
  }
}
