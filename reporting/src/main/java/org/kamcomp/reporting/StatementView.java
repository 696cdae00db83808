package org.kamcomp.reporting;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kamcomp.domain.statement.StatementRecord;

/**
 * A published statement as a participant reads it, on the page and in the PDF alike: the header
 * (who, which period, which plan, what it pays), the scorecard lines with their trails, the
 * rounding, modifier and cap lines, and how it was calculated. Built from the statement's record
 * and the JSON document the run wrote with it; nothing is recalculated here. Numbers stay {@link
 * BigDecimal}; each has a {@code ...Text} twin written the way statements show figures (money to
 * the cent with grouping, inputs as entered, "–" for a figure that is not there).
 */
public final class StatementView implements Serializable {

  /** One reader factory: {@code Json.createReader} looks the provider up on every call. */
  private static final jakarta.json.JsonReaderFactory READER =
      jakarta.json.spi.JsonProvider.provider().createReaderFactory(java.util.Map.of());

  private static final long serialVersionUID = 1L;

  /**
   * The statement's facts kept in its record rather than in its document.
   *
   * @param periodStart the run's period (for an advance or true-up, the payout period; the
   *     scorecard itself may cover the year to date)
   * @param previousDue the amount due of the published statement this one recalculates, or null
   */
  public record Header(
      String participantName,
      String username,
      String planCode,
      int planVersion,
      LocalDate periodStart,
      LocalDate periodEnd,
      StatementRecord.Kind kind,
      StatementRecord.Status status,
      String exception,
      String currency,
      BigDecimal earned,
      BigDecimal amountDue,
      BigDecimal previousDue)
      implements Serializable {

    public Header {
      Objects.requireNonNull(participantName, "participantName is required");
      Objects.requireNonNull(planCode, "planCode is required");
      Objects.requireNonNull(periodStart, "periodStart is required");
      Objects.requireNonNull(periodEnd, "periodEnd is required");
      Objects.requireNonNull(kind, "kind is required");
      Objects.requireNonNull(status, "status is required");
    }
  }

  /** One measure's line: what went in, what the rules made of it, the amount, and its trail. */
  public static final class Line implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String measureCode;
    private final String measureName;
    private final BigDecimal weightPercent;
    private final BigDecimal target;
    private final BigDecimal actual;
    private final BigDecimal attainmentPercent;
    private final BigDecimal payoutPercent;
    private final String gatedBy;
    private final BigDecimal amount;
    private final List<String> trail;
    private final String currency;

    Line(JsonObject l, String currency) {
      this.measureCode = text(l, "measureCode");
      this.measureName = text(l, "measureName") == null ? measureCode : text(l, "measureName");
      this.weightPercent = number(l, "weightPercent");
      this.target = number(l, "target");
      this.actual = number(l, "actual");
      this.attainmentPercent = number(l, "attainmentPercent");
      this.payoutPercent = number(l, "payoutPercent");
      this.gatedBy = text(l, "gatedBy");
      this.amount = number(l, "amount");
      this.trail = strings(l, "trail");
      this.currency = currency;
    }

    public String getMeasureCode() {
      return measureCode;
    }

    public String getMeasureName() {
      return measureName;
    }

    public BigDecimal getWeightPercent() {
      return weightPercent;
    }

    public String getWeightText() {
      return Figures.percentAsEntered(weightPercent);
    }

    public BigDecimal getTarget() {
      return target;
    }

    public String getTargetText() {
      return Figures.plain(target);
    }

    public BigDecimal getActual() {
      return actual;
    }

    public String getActualText() {
      return Figures.plain(actual);
    }

    public BigDecimal getAttainmentPercent() {
      return attainmentPercent;
    }

    /**
     * A rated measure (an account plan rated 1 to 5, say) has no target, and its attainment is the
     * rating itself rather than a percentage.
     */
    public boolean isRated() {
      return target == null && attainmentPercent != null;
    }

    /** "112.50 %", or "rating 4" for a rated measure. */
    public String getAttainmentText() {
      return isRated()
          ? "rating " + Figures.plain(attainmentPercent)
          : Figures.percent(attainmentPercent);
    }

    public BigDecimal getPayoutPercent() {
      return payoutPercent;
    }

    public String getPayoutText() {
      return Figures.percent(payoutPercent);
    }

    /** The gate measure that held this line at 0, or null. */
    public String getGatedBy() {
      return gatedBy;
    }

    public boolean isGated() {
      return gatedBy != null;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public String getAmountText() {
      return Figures.money(amount, currency);
    }

    /** Each step with its inputs and the rule applied, in order. */
    public List<String> getTrail() {
      return trail;
    }
  }

  private final Header header;
  private final BigDecimal targetIncentive;
  private final LocalDate scorecardStart;
  private final LocalDate scorecardEnd;
  private final List<Line> lines;
  private final BigDecimal roundingLine;
  private final BigDecimal multiplier;
  private final BigDecimal modifierLine;
  private final BigDecimal capLine;
  private final BigDecimal payout;
  private final List<String> explanation;
  private final List<String> notes;
  private final List<Adjustment> adjustments;
  private final BigDecimal dueWithAdjustments;

  /** An amount carried from elsewhere (a recalculated period, a resolved inquiry). */
  public static final class Adjustment implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final String reason;
    private final BigDecimal amount;
    private final String amountText;

    Adjustment(String reason, BigDecimal amount, String currency) {
      this.reason = reason;
      this.amount = amount;
      this.amountText = Figures.signedMoney(amount, currency);
    }

    public String getReason() {
      return reason;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public String getAmountText() {
      return amountText;
    }
  }

  private StatementView(Header header, JsonObject doc) {
    this.header = header;
    String currency = header.currency();
    this.targetIncentive = number(doc, "targetIncentive");
    this.scorecardStart = date(doc, "periodStart");
    this.scorecardEnd = date(doc, "periodEnd");
    List<Line> read = new ArrayList<>();
    JsonValue l = doc.get("lines");
    if (l != null && l.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue line : l.asJsonArray()) {
        read.add(new Line(line.asJsonObject(), currency));
      }
    }
    this.lines = List.copyOf(read);
    this.roundingLine = number(doc, "roundingLine");
    this.multiplier = number(doc, "multiplier");
    this.modifierLine = number(doc, "modifierLine");
    this.capLine = number(doc, "capLine");
    this.payout = number(doc, "payout");
    this.explanation = strings(doc, "explanation");
    this.notes = strings(doc, "notes");
    List<Adjustment> carried = new ArrayList<>();
    JsonValue a = doc.get("adjustments");
    if (a != null && a.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue x : a.asJsonArray()) {
        carried.add(
            new Adjustment(
                x.asJsonObject().getString("reason", ""),
                number(x.asJsonObject(), "amount"),
                currency));
      }
    }
    this.adjustments = List.copyOf(carried);
    this.dueWithAdjustments = number(doc, "due");
  }

  /** The adjustments this statement carries, each a line of its own (included in the due). */
  public List<Adjustment> getAdjustments() {
    return adjustments;
  }

  /** The payout plus the adjustments: what the statement pays (null when it carries none). */
  public BigDecimal getDueWithAdjustments() {
    return dueWithAdjustments;
  }

  public String getDueWithAdjustmentsText() {
    return Figures.money(dueWithAdjustments, header.currency());
  }

  /** The view of a published statement: its record's header and its document. */
  public static StatementView of(StatementRecord record) {
    return of(
        new Header(
            record.getParticipant().getFullName(),
            record.getParticipant().getUsername(),
            record.getPlanCode(),
            record.getPlanVersion(),
            record.getRun().getPeriodStart(),
            record.getRun().getPeriodEnd(),
            record.getKind(),
            record.getStatus(),
            record.getException(),
            record.getCurrency(),
            record.getEarned(),
            record.getAmountDue(),
            record.getPreviousDue()),
        record.getDocument());
  }

  /**
   * The view of a statement from its header and its document as the run wrote it (a held
   * statement's document may hold no more than the participant, plan and reason).
   *
   * @throws IllegalArgumentException if the document is not a JSON object
   */
  public static StatementView of(Header header, String documentJson) {
    Objects.requireNonNull(header, "header is required");
    Objects.requireNonNull(documentJson, "documentJson is required");
    JsonObject doc;
    try (JsonReader reader = READER.createReader(new StringReader(documentJson))) {
      doc = reader.readObject();
    } catch (jakarta.json.JsonException | IllegalStateException e) {
      throw new IllegalArgumentException("The statement document is not a JSON object", e);
    }
    return new StatementView(header, doc);
  }

  public String getParticipantName() {
    return header.participantName();
  }

  public String getUsername() {
    return header.username();
  }

  public String getPlanCode() {
    return header.planCode();
  }

  public int getPlanVersion() {
    return header.planVersion();
  }

  /** "KAM-2026 v3". */
  public String getPlanText() {
    return header.planCode() + " v" + header.planVersion();
  }

  public LocalDate getPeriodStart() {
    return header.periodStart();
  }

  public LocalDate getPeriodEnd() {
    return header.periodEnd();
  }

  /** "1 Apr 2026 – 30 Jun 2026". */
  public String getPeriodText() {
    return Figures.period(header.periodStart(), header.periodEnd());
  }

  /**
   * The period the scorecard was calculated over, when it is not the statement's period (an advance
   * or true-up reads the year to date); else null.
   */
  public String getScorecardPeriodText() {
    if (scorecardStart == null
        || scorecardEnd == null
        || (scorecardStart.equals(header.periodStart())
            && scorecardEnd.equals(header.periodEnd()))) {
      return null;
    }
    return Figures.period(scorecardStart, scorecardEnd);
  }

  public StatementRecord.Kind getKind() {
    return header.kind();
  }

  /** "Period payout", "Quarterly advance" or "Year-end true-up". */
  public String getKindText() {
    return switch (header.kind()) {
      case PERIOD -> "Period payout";
      case ADVANCE -> "Quarterly advance";
      case TRUE_UP -> "Year-end true-up";
    };
  }

  public StatementRecord.Status getStatus() {
    return header.status();
  }

  /** "Calculated" or "Held". */
  public String getStatusText() {
    return isHeld() ? "Held" : "Calculated";
  }

  public boolean isHeld() {
    return header.status() == StatementRecord.Status.HELD;
  }

  /** Why the statement is held (a missing rating or target), or null. */
  public String getException() {
    return header.exception();
  }

  public String getCurrency() {
    return header.currency();
  }

  public BigDecimal getEarned() {
    return header.earned();
  }

  public String getEarnedText() {
    return Figures.money(header.earned(), header.currency());
  }

  public BigDecimal getAmountDue() {
    return header.amountDue();
  }

  public String getAmountDueText() {
    return Figures.money(header.amountDue(), header.currency());
  }

  /** The amount due of the published statement this one recalculates, or null. */
  public BigDecimal getPreviousDue() {
    return header.previousDue();
  }

  public String getPreviousDueText() {
    return Figures.money(header.previousDue(), header.currency());
  }

  public boolean isRecalculated() {
    return header.previousDue() != null;
  }

  /** What changed against the published version, or null when this is the first version. */
  public BigDecimal getDifference() {
    if (header.previousDue() == null) {
      return null;
    }
    BigDecimal due = header.amountDue() == null ? BigDecimal.ZERO : header.amountDue();
    return due.subtract(header.previousDue());
  }

  /** "+120.00", "−80.00". */
  public String getDifferenceText() {
    return Figures.signedMoney(getDifference(), header.currency());
  }

  public BigDecimal getTargetIncentive() {
    return targetIncentive;
  }

  public String getTargetIncentiveText() {
    return Figures.money(targetIncentive, header.currency());
  }

  public List<Line> getLines() {
    return lines;
  }

  public BigDecimal getRoundingLine() {
    return roundingLine;
  }

  public String getRoundingLineText() {
    return Figures.money(roundingLine, header.currency());
  }

  public BigDecimal getMultiplier() {
    return multiplier;
  }

  /** "× 1.05". */
  public String getMultiplierText() {
    return Figures.factor(multiplier);
  }

  public BigDecimal getModifierLine() {
    return modifierLine;
  }

  public String getModifierLineText() {
    return Figures.money(modifierLine, header.currency());
  }

  public BigDecimal getCapLine() {
    return capLine;
  }

  public String getCapLineText() {
    return Figures.money(capLine, header.currency());
  }

  public BigDecimal getPayout() {
    return payout;
  }

  public String getPayoutText() {
    return Figures.money(payout, header.currency());
  }

  /** The statement-level steps: target incentive, raw total, modifier, cap, payout. */
  public List<String> getExplanation() {
    return explanation;
  }

  /** Advances netted, windfalls held for review and the like. */
  public List<String> getNotes() {
    return notes;
  }

  private static String text(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return v instanceof JsonString s ? s.getString() : v.toString();
  }

  private static BigDecimal number(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    if (v instanceof JsonString s) {
      return new BigDecimal(s.getString());
    }
    return null;
  }

  private static LocalDate date(JsonObject o, String name) {
    String text = text(o, name);
    return text == null ? null : LocalDate.parse(text);
  }

  private static List<String> strings(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) {
      return List.of();
    }
    JsonArray a = v.asJsonArray();
    List<String> out = new ArrayList<>(a.size());
    for (JsonValue item : a) {
      out.add(item instanceof JsonString s ? s.getString() : item.toString());
    }
    return List.copyOf(out);
  }
}
