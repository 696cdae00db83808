package org.kamcomp.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * A participant's statement as a PDF: one A4 page as a rule (long trails flow onto a second), with
 * DejaVu fonts embedded so that every reader shows € and – alike. The template ({@code
 * statement.jrxml}) is compiled once, on first use, and shared by all threads.
 */
@ApplicationScoped
public class StatementPdf {

  private static final CompiledReport TEMPLATE = new CompiledReport("statement.jrxml");

  /**
   * Compiles the template now rather than on the first render (about a second), for a warm-up at
   * start-up; later calls return at once.
   */
  public void prepare() {
    TEMPLATE.get();
  }

  /** The statement as a PDF document. */
  public byte[] render(StatementView v) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    render(v, out);
    return out.toByteArray();
  }

  /** Writes the statement as a PDF document to {@code out}, which stays open. */
  public void render(StatementView v, OutputStream out) {
    Objects.requireNonNull(v, "statement is required");
    Objects.requireNonNull(out, "out is required");
    TEMPLATE.pdf(
        parameters(v),
        new Lines(v.getLines()),
        "Incentive statement of " + v.getParticipantName() + ", " + v.getPeriodText(),
        out);
  }

  private static Map<String, Object> parameters(StatementView v) {
    Map<String, Object> p = new HashMap<>();
    p.put("participantName", v.getParticipantName());
    p.put("username", v.getUsername());
    p.put("periodText", v.getPeriodDatesText());
    p.put("planText", v.getPlanText());
    p.put("kindText", v.getKindText() + ", " + v.getPeriodName());
    p.put("statusText", v.getStatusText());
    p.put("held", v.isHeld());
    p.put(
        "heldText",
        "Nothing is paid on this statement until the missing input is in: "
            + (v.getException() == null ? "an input is missing" : v.getException())
            + ".");
    p.put("currency", v.getCurrency());
    p.put("amountDueTile", tile(v.getAmountDue(), v.getAmountDueText(), v.getCurrency()));
    p.put("dueNote", v.getDueSpanText());
    p.put("earnedTile", tile(v.getEarned(), v.getEarnedText(), v.getCurrency()));
    p.put("earnedNote", v.getEarnedSpanText());
    p.put("paymentText", payment(v));
    p.put(
        "targetIncentiveTile",
        tile(v.getTargetIncentive(), v.getTargetIncentiveText(), v.getCurrency()));
    p.put("scorecardPeriodText", v.getScorecardPeriodText());
    p.put("hasLines", !v.getLines().isEmpty());
    p.put("hasPayout", v.getPayout() != null);
    p.put("roundingLineText", v.getRoundingLineText());
    p.put("multiplierText", v.getMultiplierText());
    p.put("modifierLineText", v.getModifierLineText());
    p.put("capLineText", v.getCapLineText());
    p.put("payoutText", v.getPayoutText());
    p.put(
        "adjustmentsText",
        v.getAdjustments().isEmpty()
            ? null
            : v.getAdjustments().stream()
                    .map(a -> a.getReason() + ": " + a.getAmountText() + " " + v.getCurrency())
                    .reduce((x, y) -> x + "\n" + y)
                    .orElseThrow()
                + "\nDue with adjustments: "
                + v.getAmountDueText()
                + " "
                + v.getCurrency());
    p.put("explanationText", bullets(v.getExplanation()));
    p.put("notesText", v.getNotes().isEmpty() ? null : bullets(v.getNotes()));
    p.put(
        "recalculationText",
        v.isRecalculated()
            ? "This statement recalculates one published before. Published before: "
                + v.getPreviousDueText()
                + " "
                + v.getCurrency()
                + "; difference: "
                + v.getDifferenceText()
                + " "
                + v.getCurrency()
                + "."
            : null);
    return p;
  }

  /**
   * What the statement pays beyond the scorecard, a sentence a line: the advance or true-up and
   * what was paid before, the draw with what it recovered and the balance, an overpaid balance, the
   * deals held as windfalls; null when there is none of these.
   */
  static String payment(StatementView v) {
    List<String> lines = new java.util.ArrayList<>();
    String currency = v.getCurrency();
    // The same rows as the page, from the payout to what the period pays, on one line.
    if (!v.getSettlements().isEmpty()) {
      lines.add(
          v.getSettlements().stream()
                  .map(
                      r ->
                          r.getLabel()
                              + (r.getText().isEmpty() ? "" : " (" + r.getText() + ")")
                              + (r.getAmountText().isEmpty() ? "" : ": " + r.getAmountText()))
                  .collect(java.util.stream.Collectors.joining("; "))
              + " "
              + currency);
    }
    if (v.getDrawText() != null) {
      lines.add(v.getDrawText());
    }
    if (v.getOverpaidText() != null) {
      lines.add(v.getOverpaidText());
    }
    for (StatementView.HeldDeal d : v.getHeldDeals()) {
      lines.add(
          "Windfall held for review: deal "
              + d.getDeal()
              + " credits "
              + d.getCreditText()
              + " on "
              + d.getMeasure()
              + ", above the threshold of "
              + d.getThresholdText());
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  /** "13,088.06 EUR", or "–" alone for an amount that is not there. */
  private static String tile(BigDecimal amount, String text, String currency) {
    return amount == null || currency == null ? text : text + " " + currency;
  }

  private static String bullets(List<String> steps) {
    if (steps.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (String step : steps) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append("• ").append(step);
    }
    return b.toString();
  }

  /** The scorecard lines as the template's rows, read by field name (no reflection). */
  private static final class Lines implements JRDataSource {
    private final List<StatementView.Line> lines;
    private int next = -1;

    Lines(List<StatementView.Line> lines) {
      this.lines = lines;
    }

    @Override
    public boolean next() {
      next++;
      return next < lines.size();
    }

    @Override
    public Object getFieldValue(JRField field) {
      StatementView.Line l = lines.get(next);
      return switch (field.getName()) {
        case "measure" -> l.getMeasureName();
        case "gatedNote" ->
            l.isGated() ? "Gated by " + l.getGatedBy() + ": this measure pays 0" : null;
        case "weight" -> l.getWeightText();
        case "target" -> l.getTargetText();
        case "actual" -> l.getActualText();
        case "attainment" -> l.getAttainmentText();
        case "payout" -> l.getPayoutText();
        case "amount" -> l.getAmountText();
        case "trail" -> String.join("\n", l.getTrail());
        default -> throw new IllegalArgumentException("No field " + field.getName());
      };
    }
  }
}
