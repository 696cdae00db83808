package org.kamcomp.web.statement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kamcomp.calculation.CalculationRuns;
import org.kamcomp.calculation.InputsLoader;
import org.kamcomp.calculation.Statements;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.InvalidInputException;
import org.kamcomp.domain.problem.NotFoundException;
import org.kamcomp.domain.statement.StatementRecord;
import org.kamcomp.scoring.FiscalCalendar;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Sales operations starts a calculation run for a month, quarter, half or year of the fiscal
 * calendar, watches its job's progress, reviews its statements (a page at a time, each openable)
 * and exceptions, and publishes it, discards it, or restarts one cut short.
 */
@Named
@ViewScoped
public class RunsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CalculationRuns runs;
  @Inject Statements statements;
  @Inject InputsLoader loader;
  @Inject Viewer viewer;
  @Inject FiscalCalendar calendar;
  @Inject Clock clock;

  private int length = 3;
  private String period;
  private String only;
  private List<RunRow> list = List.of();
  private Long selected;
  private Long started;
  private List<String> totals = List.of();
  private RunStatements review;

  /** A run in the list. */
  public static final class RunRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final CalculationRuns.Summary s;

    RunRow(CalculationRuns.Summary s) {
      this.s = s;
    }

    public long getId() {
      return s.id();
    }

    /** "Q3 2026 (2026-07-01 to 2026-09-30)". */
    public String getPeriod() {
      return s.period() + " (" + s.periodStart() + " to " + s.periodEnd() + ")";
    }

    public int getNumber() {
      return s.number();
    }

    public String getStatus() {
      return s.status().toLowerCase() + (s.estimate() ? ", estimate" : "");
    }

    public boolean isPublishable() {
      return "CALCULATED".equals(s.status()) && !s.estimate();
    }

    public boolean isDiscardable() {
      return "CALCULATED".equals(s.status()) || "FAILED".equals(s.status());
    }

    public boolean isRestartable() {
      return "FAILED".equals(s.status());
    }

    public boolean isCalculating() {
      return "CALCULATING".equals(s.status());
    }

    public String getStartedBy() {
      return s.startedBy();
    }

    public long getStatements() {
      return s.statements();
    }

    /** Whom the run is for: everyone, or the participants named. */
    public String getFor() {
      return s.selection() == null ? "everyone" : s.selection();
    }

    public long getHeld() {
      return s.held();
    }

    public int getParticipants() {
      return s.participants();
    }

    public int getDone() {
      return s.participantsDone();
    }

    /** How far, 0 to 100. */
    public int getPercent() {
      return s.participants() == 0 ? 0 : (int) (100L * s.participantsDone() / s.participants());
    }

    public String getFailure() {
      return s.failure();
    }
  }

  /** A run's statements, read a page at a time (a run may hold a million). */
  public static final class RunStatements extends LazyDataModel<StatementRow> {
    private static final long serialVersionUID = 1L;
    private final transient Statements statements;
    private final long run;

    RunStatements(Statements statements, long run) {
      this.statements = statements;
      this.run = run;
    }

    private Statements.Filter filter(Map<String, FilterMeta> filterBy) {
      FilterMeta status = filterBy == null ? null : filterBy.get("status");
      StatementRecord.Status s = null;
      if (status != null && status.getFilterValue() != null) {
        String v = status.getFilterValue().toString().toUpperCase();
        s =
            v.isBlank()
                ? null
                : Arrays.stream(StatementRecord.Status.values())
                    .filter(x -> x.name().startsWith(v))
                    .findFirst()
                    .orElse(null);
      }
      return new Statements.Filter(null, null, null, null, s);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) statements.countOfRun(run, filter(filterBy));
    }

    @Override
    public List<StatementRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return statements.ofRun(run, filter(filterBy), first, pageSize).stream()
          .map(StatementRow::new)
          .toList();
    }

    @Override
    public String getRowKey(StatementRow row) {
      return Long.toString(row.getId());
    }
  }

  @PostConstruct
  void load() {
    list = runs.runs().stream().map(RunRow::new).toList();
    if (period == null) {
      // The last period of this length that has ended.
      LocalDate today = LocalDate.now(clock);
      period = key(calendar.periodStart(calendar.periodStart(today, length).minusDays(1), length));
    }
  }

  private String key(LocalDate start) {
    return start + "/" + calendar.periodEnd(start, length);
  }

  /** The lengths of period a run can have. */
  public List<SelectItem> getLengths() {
    return List.of(
        new SelectItem(1, "Month"),
        new SelectItem(3, "Quarter"),
        new SelectItem(6, "Half year"),
        new SelectItem(12, "Year"));
  }

  /**
   * The periods of the chosen length, newest first, from the one under way back to the first fiscal
   * year that holds data; one not yet ended says it will be an estimate.
   */
  public List<SelectItem> getPeriods() {
    LocalDate today = LocalDate.now(clock);
    LocalDate first = loader.firstAssignedDay();
    LocalDate from = calendar.yearStart(first == null ? today : first);
    List<SelectItem> items = new ArrayList<>();
    for (LocalDate start = calendar.periodStart(today, length);
        !start.isBefore(from);
        start = calendar.periodStart(start.minusDays(1), length)) {
      LocalDate end = calendar.periodEnd(start, length);
      items.add(
          new SelectItem(
              key(start),
              calendar.name(start, end)
                  + (end.isBefore(today) ? "" : " (not ended: an estimate)")));
    }
    return items;
  }

  /** Starts a run of the chosen period; its job calculates in the background. */
  public void start() {
    String[] p = period.split("/");
    Set<String> chosen =
        only == null
            ? Set.of()
            : Arrays.stream(only.split("[,\\s]+"))
                .filter(x -> !x.isBlank())
                .collect(Collectors.toSet());
    try {
      CalculationRuns.Summary run =
          runs.start(LocalDate.parse(p[0]), LocalDate.parse(p[1]), chosen, viewer.username());
      started = run.id();
      message(
          FacesMessage.SEVERITY_INFO,
          "Run "
              + run.number()
              + " of "
              + run.period()
              + " started for "
              + run.participants()
              + " participants"
              + (run.estimate() ? ": the period has not ended, so it is an estimate" : ""));
      load();
    } catch (InvalidInputException e) {
      e.errors().forEach(f -> message(FacesMessage.SEVERITY_ERROR, f.message()));
    } catch (ConflictException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /** Whether any run is calculating (the page polls its progress while one is). */
  public boolean isCalculating() {
    return list.stream().anyMatch(RunRow::isCalculating);
  }

  /** Called by the page's poll: the list again; once the run started here is done, shows it. */
  public void poll() {
    load();
    if (started != null
        && list.stream().noneMatch(r -> r.getId() == started && r.isCalculating())) {
      RunRow done = list.stream().filter(r -> r.getId() == started).findFirst().orElse(null);
      if (done != null) {
        message(
            "calculated".equals(done.s.status().toLowerCase())
                ? FacesMessage.SEVERITY_INFO
                : FacesMessage.SEVERITY_ERROR,
            "Run "
                + done.getNumber()
                + ": "
                + done.getStatus()
                + ", "
                + done.getStatements()
                + " statements, "
                + done.getHeld()
                + " held as exceptions"
                + (done.getFailure() == null ? ". Review them." : ". " + done.getFailure()));
        select(done.getId());
      }
      started = null;
    }
  }

  public void select(long id) {
    selected = id;
    review = new RunStatements(statements, id);
    totals =
        statements.totalsOfRun(id).stream()
            .filter(t -> t[1] != null)
            .map(t -> String.format("%,.2f %s", t[1], t[0]))
            .toList();
  }

  public void publish(long id) {
    act(
        () -> runs.publish(id, viewer.username()),
        "Published: participants and managers now see these statements",
        id);
  }

  public void discard(long id) {
    act(
        () -> runs.discard(id, viewer.username()),
        "Discarded: the run's statements are gone; its record stays in the list",
        null);
  }

  public void restart(long id) {
    act(() -> runs.restart(id), "Restarted from its last checkpoint", null);
    started = id;
  }

  private void act(Runnable action, String done, Long show) {
    try {
      action.run();
      message(FacesMessage.SEVERITY_INFO, done);
      load();
      if (show != null) {
        select(show);
      } else {
        selected = null;
        review = null;
      }
    } catch (ConflictException | NotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
      load();
    }
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  /** The selected run's total due, per currency. */
  public String getTotalDue() {
    return totals.isEmpty() ? "–" : String.join(", ", totals);
  }

  public List<RunRow> getRuns() {
    return list;
  }

  public Long getSelected() {
    return selected;
  }

  public LazyDataModel<StatementRow> getStatements() {
    return review;
  }

  /** Only these participants (user names, separated by commas or spaces); empty for everyone. */
  public String getOnly() {
    return only;
  }

  public void setOnly(String only) {
    this.only = only;
  }

  public int getLength() {
    return length;
  }

  public void setLength(int length) {
    if (FiscalCalendar.LENGTHS.contains(length) && length != this.length) {
      this.length = length;
      this.period = null;
      load();
    }
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
