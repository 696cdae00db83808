package org.kamcomp.web.statement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.kamcomp.calculation.CalculationRuns;
import org.kamcomp.calculation.RunProgress;
import org.kamcomp.domain.access.Viewer;
import org.kamcomp.domain.problem.ConflictException;
import org.kamcomp.domain.problem.InvalidInputException;

/**
 * Sales operations starts a calculation run for a quarter, reviews its statements and exceptions,
 * and publishes it.
 */
@Named
@ViewScoped
public class RunsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CalculationRuns runs;
  @Inject RunProgress progress;
  @Inject Viewer viewer;

  @jakarta.annotation.Resource
  transient jakarta.enterprise.concurrent.ManagedExecutorService executor;

  private transient java.util.concurrent.Future<CalculationRuns.Summary> calculating;

  private String quarter;
  private String only;
  private List<RunRow> list = List.of();
  private Long selected;
  private List<StatementRow> statements = List.of();

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

    public String getPeriod() {
      return s.periodStart() + " to " + s.periodEnd();
    }

    public int getNumber() {
      return s.number();
    }

    public String getStatus() {
      return s.status().toLowerCase();
    }

    public boolean isPublishable() {
      return "CALCULATED".equals(s.status());
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
  }

  @PostConstruct
  void load() {
    list = runs.runs().stream().map(RunRow::new).toList();
    if (quarter == null) {
      YearMonth now = YearMonth.now();
      int lastEndedQuarter = (now.getMonthValue() - 1) / 3;
      YearMonth end =
          lastEndedQuarter == 0
              ? YearMonth.of(now.getYear() - 1, 12)
              : YearMonth.of(now.getYear(), lastEndedQuarter * 3);
      quarter = end.toString();
    }
  }

  /** The quarters to choose from: their last months, newest first, over two years. */
  public List<String> getQuarters() {
    YearMonth now = YearMonth.now();
    return java.util.stream.IntStream.range(0, 8)
        .mapToObj(i -> YearMonth.of(now.getYear(), 12).minusMonths(3L * i).toString())
        .toList();
  }

  /**
   * Starts a run of the chosen quarter in the background; the page polls {@link #poll} and shows
   * its progress until it is calculated.
   */
  public void start() {
    YearMonth end = YearMonth.parse(quarter);
    LocalDate from = end.minusMonths(2).atDay(1);
    String by = viewer.username();
    java.util.Set<String> chosen =
        only == null
            ? java.util.Set.of()
            : java.util.Arrays.stream(only.split("[,\\s]+"))
                .filter(x -> !x.isBlank())
                .collect(java.util.stream.Collectors.toSet());
    calculating = executor.submit(() -> runs.start(from, end.atEndOfMonth(), chosen, by));
  }

  /** Whether a run started here has not been reported yet (the page polls until it is). */
  public boolean isCalculating() {
    return calculating != null;
  }

  /** The runs calculating now (anyone's), with how far each has got. */
  public List<RunProgress.Running> getProgress() {
    return progress.now();
  }

  /** Called by the page's poll: once the run started here is calculated, shows it. */
  public void poll() {
    if (calculating == null || !calculating.isDone()) {
      return;
    }
    try {
      CalculationRuns.Summary run = calculating.get();
      message(
          FacesMessage.SEVERITY_INFO,
          "Run "
              + run.number()
              + " of "
              + run.periodStart()
              + " to "
              + run.periodEnd()
              + ": "
              + run.statements()
              + " statements, "
              + run.held()
              + " held as exceptions. Review them, then publish.");
      load();
      select(run.id());
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidInputException invalid) {
        invalid.errors().forEach(f -> message(FacesMessage.SEVERITY_ERROR, f.message()));
      } else {
        message(
            FacesMessage.SEVERITY_ERROR,
            cause instanceof ConflictException ? cause.getMessage() : "The run failed: " + cause);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      calculating = null;
    }
  }

  public void select(long id) {
    selected = id;
    statements = runs.statements(id).stream().map(StatementRow::new).toList();
  }

  public void publish(long id) {
    try {
      runs.publish(id, viewer.username());
      message(
          FacesMessage.SEVERITY_INFO,
          "Published: participants and managers now see these statements");
      load();
      select(id);
    } catch (ConflictException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  /** The selected run's total due, per currency. */
  public String getTotalDue() {
    return statements.stream()
        .filter(s -> s.getAmountDue() != null)
        .collect(
            java.util.stream.Collectors.groupingBy(
                StatementRow::getCurrency,
                java.util.TreeMap::new,
                java.util.stream.Collectors.reducing(
                    BigDecimal.ZERO, StatementRow::getAmountDue, BigDecimal::add)))
        .entrySet()
        .stream()
        .map(
            e ->
                e.getValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                    + " "
                    + e.getKey())
        .reduce((a, b) -> a + ", " + b)
        .orElse("-");
  }

  public List<RunRow> getRuns() {
    return list;
  }

  public Long getSelected() {
    return selected;
  }

  public List<StatementRow> getStatements() {
    return statements;
  }

  /** Only these participants (user names, separated by commas or spaces); empty for everyone. */
  public String getOnly() {
    return only;
  }

  public void setOnly(String only) {
    this.only = only;
  }

  public String getQuarter() {
    return quarter;
  }

  public void setQuarter(String quarter) {
    this.quarter = quarter;
  }
}
