package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A participant's statement for one assignment and one payout period, as the pipeline makes it:
 * what it pays for ({@code periodStart} to {@code periodEnd}), what it measured (the scorecard,
 * over the performance period or, for an advance, the performance period to date), the scorecard's
 * lines with their trails, what the advance, true-up or draw made of the earnings, the adjustments
 * it carries, and what is due. Every amount is at the currency's minor unit; the lines add up to
 * the payout to the cent. A held statement says why and pays nothing until it is resolved.
 *
 * @param assignment the key of the assignment it is for, as the caller named it
 * @param scorecard the scorecard's statement (null when held before the scorecard could be made)
 * @param earned what the scorecard earned over its span (null when held)
 * @param advance for an advance or a true-up, what was paid before and what this one pays
 * @param draw the draw applied to a period's payout, or null when the plan has none
 * @param overpaid what an overpaid true-up leaves owed after this statement, and what it recovered
 * @param ownDue what the statement pays for its own period, before adjustments (null when held)
 * @param due what the statement pays in all: its own due and the adjustments it carries
 * @param notes the pipeline's steps beyond the scorecard's (windfalls, advances, draws, recovery)
 */
public record PayoutStatement(
    String participant,
    String assignment,
    String plan,
    int planVersion,
    String currency,
    Kind kind,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate scorecardStart,
    LocalDate scorecardEnd,
    LocalDate assignedFrom,
    LocalDate assignedTo,
    Status status,
    String heldBecause,
    Statement scorecard,
    BigDecimal earned,
    Advances.Paid advance,
    Draws.Applied draw,
    Overpaid overpaid,
    BigDecimal ownDue,
    List<Adjustments.Carried> adjustments,
    BigDecimal adjustmentsTotal,
    BigDecimal due,
    List<HeldWindfall> heldWindfalls,
    List<Step> notes)
    implements java.io.Serializable {

  public PayoutStatement {
    adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    heldWindfalls = heldWindfalls == null ? List.of() : List.copyOf(heldWindfalls);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** What a statement pays: a period's payout, an advance, or the true-up. */
  public enum Kind {
    PERIOD,
    ADVANCE,
    TRUE_UP
  }

  /** CALCULATED, or HELD when an input it needs is missing or cannot be used. */
  public enum Status {
    CALCULATED,
    HELD
  }

  /** A deal held as a windfall: on which measure, its credit and the threshold it exceeded. */
  public record HeldWindfall(
      String deal, String measureCode, BigDecimal credit, BigDecimal threshold)
      implements java.io.Serializable {}

  /**
   * An overpaid true-up being recovered from later payouts: what this statement recovered, and the
   * balance left after it.
   */
  public record Overpaid(BigDecimal recovered, BigDecimal balance)
      implements java.io.Serializable {}

  /** One payout event and its amount: each is rounded once, and they add up to the due. */
  public record Event(String kind, String description, BigDecimal amount)
      implements java.io.Serializable {}

  public boolean isHeld() {
    return status == Status.HELD;
  }

  /** The payout events of the statement: its own payout, then each adjustment carried. */
  public List<Event> events() {
    List<Event> events = new ArrayList<>();
    if (ownDue != null) {
      events.add(new Event(kind.name(), kind.name().toLowerCase().replace('_', '-'), ownDue));
    }
    for (Adjustments.Carried a : adjustments) {
      events.add(new Event("ADJUSTMENT", a.reason(), a.amount()));
    }
    return events;
  }

  /** The statement with the adjustments it carries, making its due. */
  PayoutStatement carrying(Adjustments.Sum sum) {
    List<Step> withSteps = new ArrayList<>(notes);
    withSteps.addAll(sum.explanation());
    return new PayoutStatement(
        participant,
        assignment,
        plan,
        planVersion,
        currency,
        kind,
        periodStart,
        periodEnd,
        scorecardStart,
        scorecardEnd,
        assignedFrom,
        assignedTo,
        status,
        heldBecause,
        scorecard,
        earned,
        advance,
        draw,
        overpaid,
        ownDue,
        sum.carried(),
        sum.total(),
        sum.due(),
        heldWindfalls,
        withSteps);
  }
}
