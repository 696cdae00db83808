package org.kamcomp.reporting;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.kamcomp.domain.statement.StatementRecord;

/**
 * A manager's view of the statements of a team for a period or a filter: one row a statement,
 * totals per currency (amounts in different currencies are never added together), and how many are
 * held. The time it was generated is given, not read from the clock, so the same statements always
 * make the same report.
 */
public final class TeamReport implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter GENERATED =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.UK);

  /** One statement in the team table. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String username;
    private final String planCode;
    private final int planVersion;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final StatementRecord.Kind kind;
    private final StatementRecord.Status status;
    private final String exception;
    private final BigDecimal earned;
    private final BigDecimal amountDue;
    private final BigDecimal difference;
    private final String currency;

    /**
     * @param difference against the published version of the same period, for a recalculation; else
     *     null
     */
    public Row(
        String name,
        String username,
        String planCode,
        int planVersion,
        LocalDate periodStart,
        LocalDate periodEnd,
        StatementRecord.Kind kind,
        StatementRecord.Status status,
        String exception,
        BigDecimal earned,
        BigDecimal amountDue,
        BigDecimal difference,
        String currency) {
      this.name = Objects.requireNonNull(name, "name is required");
      this.username = username;
      this.planCode = Objects.requireNonNull(planCode, "planCode is required");
      this.planVersion = planVersion;
      this.periodStart = Objects.requireNonNull(periodStart, "periodStart is required");
      this.periodEnd = Objects.requireNonNull(periodEnd, "periodEnd is required");
      this.kind = Objects.requireNonNull(kind, "kind is required");
      this.status = Objects.requireNonNull(status, "status is required");
      this.exception = exception;
      this.earned = earned;
      this.amountDue = amountDue;
      this.difference = difference;
      this.currency = Objects.requireNonNull(currency, "currency is required");
    }

    /** The row of a statement (reads its participant and run). */
    public static Row of(StatementRecord s) {
      return new Row(
          s.getParticipant().getFullName(),
          s.getParticipant().getUsername(),
          s.getPlanCode(),
          s.getPlanVersion(),
          s.getRun().getPeriodStart(),
          s.getRun().getPeriodEnd(),
          s.getKind(),
          s.getStatus(),
          s.getException(),
          s.getEarned(),
          s.getAmountDue(),
          s.getDifference(),
          s.getCurrency());
    }

    public String getName() {
      return name;
    }

    public String getUsername() {
      return username;
    }

    /** "KAM-2026 v3". */
    public String getPlan() {
      return planCode + " v" + planVersion;
    }

    public LocalDate getPeriodStart() {
      return periodStart;
    }

    public LocalDate getPeriodEnd() {
      return periodEnd;
    }

    public String getPeriodText() {
      return Figures.period(periodStart, periodEnd);
    }

    public StatementRecord.Kind getKind() {
      return kind;
    }

    /** "Period", "Advance" or "True-up". */
    public String getKindText() {
      return switch (kind) {
        case PERIOD -> "Period";
        case ADVANCE -> "Advance";
        case TRUE_UP -> "True-up";
      };
    }

    public StatementRecord.Status getStatus() {
      return status;
    }

    public String getStatusText() {
      return isHeld() ? "Held" : "Calculated";
    }

    public boolean isHeld() {
      return status == StatementRecord.Status.HELD;
    }

    public String getException() {
      return exception;
    }

    public BigDecimal getEarned() {
      return earned;
    }

    public String getEarnedText() {
      return Figures.money(earned, currency);
    }

    public BigDecimal getAmountDue() {
      return amountDue;
    }

    public String getAmountDueText() {
      return Figures.money(amountDue, currency);
    }

    public BigDecimal getDifference() {
      return difference;
    }

    /** "+120.00" against the published version, or "–" for a first version. */
    public String getDifferenceText() {
      return Figures.signedMoney(difference, currency);
    }

    public String getCurrency() {
      return currency;
    }
  }

  /** What the statements in one currency add up to. */
  public static final class Total implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String currency;
    private final int count;
    private final BigDecimal earned;
    private final BigDecimal amountDue;

    Total(String currency, int count, BigDecimal earned, BigDecimal amountDue) {
      this.currency = currency;
      this.count = count;
      this.earned = earned;
      this.amountDue = amountDue;
    }

    public String getCurrency() {
      return currency;
    }

    /** Statements in this currency, held ones included. */
    public int getCount() {
      return count;
    }

    /** Earned on the statements that have a figure (a held one has none). */
    public BigDecimal getEarned() {
      return earned;
    }

    public String getEarnedText() {
      return Figures.money(earned, currency);
    }

    public BigDecimal getAmountDue() {
      return amountDue;
    }

    public String getAmountDueText() {
      return Figures.money(amountDue, currency);
    }
  }

  private final String managerName;
  private final String scope;
  private final ZonedDateTime generatedAt;
  private final List<Row> rows;
  private final List<Total> totals;
  private final int heldCount;

  /**
   * @param scope what the statements are, in words: "Published statements of Q2 2026, all plans"
   * @param generatedAt when the report was made, as the manager's clock reads
   */
  public TeamReport(String managerName, String scope, ZonedDateTime generatedAt, List<Row> rows) {
    this.managerName = Objects.requireNonNull(managerName, "managerName is required");
    this.scope = Objects.requireNonNull(scope, "scope is required");
    this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt is required");
    this.rows = List.copyOf(rows);
    Map<String, BigDecimal[]> sums = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    int held = 0;
    for (Row r : this.rows) {
      BigDecimal[] sum =
          sums.computeIfAbsent(
              r.getCurrency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      if (r.getEarned() != null) {
        sum[0] = sum[0].add(r.getEarned());
      }
      if (r.getAmountDue() != null) {
        sum[1] = sum[1].add(r.getAmountDue());
      }
      counts.merge(r.getCurrency(), 1, Integer::sum);
      if (r.isHeld()) {
        held++;
      }
    }
    List<Total> t = new ArrayList<>();
    sums.forEach((c, sum) -> t.add(new Total(c, counts.get(c), sum[0], sum[1])));
    this.totals = List.copyOf(t);
    this.heldCount = held;
  }

  public String getManagerName() {
    return managerName;
  }

  public String getScope() {
    return scope;
  }

  public ZonedDateTime getGeneratedAt() {
    return generatedAt;
  }

  /** "27 Nov 2026, 14:05 CET". */
  public String getGeneratedText() {
    return GENERATED.format(generatedAt);
  }

  public List<Row> getRows() {
    return rows;
  }

  /** One total a currency, by currency code. */
  public List<Total> getTotals() {
    return totals;
  }

  public int getCount() {
    return rows.size();
  }

  public int getHeldCount() {
    return heldCount;
  }
}
