package org.kamcomp.api.run;

import java.math.BigDecimal;
import java.util.List;
import org.kamcomp.reporting.StatementView;
import org.kamcomp.scoring.PayoutStatement;
import org.kamcomp.scoring.Statement;
import org.kamcomp.scoring.Step;

/**
 * A whole statement as the API shows it: what it pays for and measured, whether its run is
 * published, what is due, earned and paid before, every scorecard line with its trail, the advance
 * or true-up, the draw (what it recovered, the balance), an overpaid balance, the adjustments
 * carried and the windfalls held. Built from the typed statement, one record for all.
 */
public record StatementDto(
    long id,
    String participant,
    String participantName,
    String plan,
    int planVersion,
    String currency,
    String kind,
    String status,
    String heldBecause,
    boolean published,
    boolean superseded,
    String period,
    String periodStart,
    String periodEnd,
    String scorecardStart,
    String scorecardEnd,
    String assignedFrom,
    String assignedTo,
    BigDecimal targetIncentive,
    List<Line> lines,
    BigDecimal roundingLine,
    BigDecimal multiplier,
    BigDecimal modifierLine,
    BigDecimal capLine,
    BigDecimal earned,
    Advance advance,
    Draw draw,
    Overpaid overpaid,
    BigDecimal ownDue,
    List<Adjustment> adjustments,
    BigDecimal adjustmentsTotal,
    BigDecimal due,
    BigDecimal previousDue,
    List<HeldWindfall> heldWindfalls,
    List<String> explanation,
    List<String> notes) {

  /** A measure's line with its trail. */
  public record Line(
      String measureCode,
      String measureName,
      BigDecimal weightPercent,
      BigDecimal target,
      BigDecimal actual,
      BigDecimal attainmentPercent,
      BigDecimal payoutPercent,
      String gatedBy,
      BigDecimal amount,
      List<String> trail) {}

  /** An advance or true-up: the rate, what was paid before, what it pays, what it left owed. */
  public record Advance(
      BigDecimal ratePercent, BigDecimal paidBefore, BigDecimal amount, BigDecimal overpaid) {}

  /** A draw applied to the period: its amount, what it recovered, the balance before and after. */
  public record Draw(
      String kind,
      BigDecimal amount,
      BigDecimal paid,
      BigDecimal recovered,
      BigDecimal balanceBefore,
      BigDecimal balance,
      BigDecimal forgiven) {}

  /** An overpaid true-up being recovered: what this statement recovered, what is still owed. */
  public record Overpaid(BigDecimal recovered, BigDecimal balance) {}

  /** An adjustment carried as a line of its own. */
  public record Adjustment(String reason, BigDecimal amount) {}

  /** A deal held for review. */
  public record HeldWindfall(
      String deal, String measure, BigDecimal credit, BigDecimal threshold) {}

  static StatementDto from(StatementView v) {
    PayoutStatement s = v.getStatement();
    Statement card = s.scorecard();
    return new StatementDto(
        v.getStatementId(),
        s.participant(),
        v.getParticipantName(),
        s.plan(),
        v.getPlanVersion(),
        s.currency(),
        s.kind().name(),
        s.status().name(),
        s.heldBecause(),
        v.isPublished(),
        v.isSuperseded(),
        v.getPeriodName(),
        s.periodStart().toString(),
        s.periodEnd().toString(),
        s.scorecardStart().toString(),
        s.scorecardEnd().toString(),
        s.assignedFrom().toString(),
        s.assignedTo().toString(),
        card == null ? null : card.targetIncentive(),
        card == null
            ? List.of()
            : card.lines().stream()
                .map(
                    l ->
                        new Line(
                            l.measureCode(),
                            l.measureName(),
                            plain(l.weightPercent()),
                            plain(l.target()),
                            l.actual(),
                            l.attainmentPercent(),
                            l.payoutPercent(),
                            l.gatedBy(),
                            l.amount(),
                            texts(l.trail())))
                .toList(),
        card == null ? null : card.roundingLine(),
        card == null ? null : card.multiplier(),
        card == null ? null : card.modifierLine(),
        card == null ? null : card.capLine(),
        s.earned(),
        s.advance() == null
            ? null
            : new Advance(
                s.advance().ratePercent(),
                s.advance().paidBefore(),
                s.advance().amount(),
                s.advance().overpaid()),
        s.draw() == null
            ? null
            : new Draw(
                s.draw().kind().name(),
                s.draw().draw(),
                s.draw().paid(),
                s.draw().recovered(),
                s.draw().balanceBefore(),
                s.draw().balance(),
                s.draw().forgiven()),
        s.overpaid() == null
            ? null
            : new Overpaid(s.overpaid().recovered(), s.overpaid().balance()),
        s.ownDue(),
        s.adjustments().stream().map(a -> new Adjustment(a.reason(), a.amount())).toList(),
        s.adjustmentsTotal(),
        s.due(),
        v.getPreviousDue(),
        s.heldWindfalls().stream()
            .map(w -> new HeldWindfall(w.deal(), w.measureCode(), w.credit(), w.threshold()))
            .toList(),
        card == null ? List.of() : texts(card.explanation()),
        texts(s.notes()));
  }

  private static List<String> texts(List<Step> steps) {
    return steps.stream().map(Step::text).toList();
  }

  private static BigDecimal plain(BigDecimal x) {
    return x == null ? null : x.stripTrailingZeros();
  }
}
