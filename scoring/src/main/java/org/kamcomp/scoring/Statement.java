package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result for one participant, one assignment and one period: a line per measure with its whole
 * trail, the rounding, modifier and cap lines, and the payout. The lines add up to the payout to
 * the cent. A statement with a missing rating is held, with no payout, until the rating is entered.
 *
 * @param targetIncentive the period's target incentive (annual x months / 12 x proration), rounded
 *     for display; the calculation uses the exact value
 * @param explanation the statement-level steps (target incentive, raw total, modifier, cap)
 */
public record Statement(
    String participant,
    String plan,
    String currency,
    String periodStart,
    String periodEnd,
    Status status,
    String heldBecause,
    BigDecimal targetIncentive,
    List<Line> lines,
    BigDecimal roundingLine,
    BigDecimal multiplier,
    BigDecimal modifierLine,
    BigDecimal capLine,
    BigDecimal payout,
    List<Step> explanation)
    implements java.io.Serializable {

  /** CALCULATED, or HELD when an input it needs is missing. */
  public enum Status {
    CALCULATED,
    HELD
  }

  /**
   * One measure's line: what went in, what the rules made of it, and the rounded amount.
   * Percentages are shown to two decimals of a percent; the calculation used their exact values.
   *
   * @param attainmentPercent the attainment in percent (for a rated measure: the rating itself)
   * @param payoutPercent the curve's payout factor in percent, after the cap
   * @param gatedBy the gate measure that held this measure at 0, or null
   * @param trail each step with its inputs and the rule applied
   */
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
      List<Step> trail)
      implements java.io.Serializable {}
}
