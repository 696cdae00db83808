package org.kamcomp.scoring.calculator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A scenario as the file holds it (docs/scenario.schema.json): the fiscal calendar, the period, the
 * plans, the participants, their assignments with targets, account teams, deals and the other
 * actuals. Plain data; {@link ScenarioRun} checks it and names the path of every bad field.
 *
 * @param fiscalYearStartMonth the month the fiscal year starts in, 1 to 12 (default 1)
 */
public record Scenario(
    String formatVersion,
    Integer fiscalYearStartMonth,
    Period period,
    List<Plan> plans,
    List<Participant> participants,
    List<Assignment> assignments,
    List<Actual> actuals,
    List<TeamMember> teams,
    List<Deal> deals,
    List<String> releasedWindfalls) {

  /**
   * What the calculator calculates: every payout period from a month's first day to a month's last.
   */
  public record Period(String start, String end) {}

  /**
   * A plan version: its target incentive, scorecard and terms. Without {@code
   * performancePeriodMonths} the whole scenario period is one performance period.
   */
  public record Plan(
      String code,
      String currency,
      TargetIncentive targetIncentive,
      Integer performancePeriodMonths,
      List<Measure> measures,
      List<Gate> gates,
      Modifier modifier,
      BigDecimal planCapMultiple,
      Crediting crediting,
      Advances advances,
      Draw draw) {}

  /**
   * How deals credit: the rule for multi-year deals, whether overlay team members are credited, the
   * clawback window, and the windfall threshold.
   */
  public record Crediting(
      String rule,
      Boolean overlayAllowed,
      Integer clawbackWindowMonths,
      BigDecimal windfallThresholdPercent) {}

  /** Advances at a rate every few months of the performance period, with a true-up at its end. */
  public record Advances(BigDecimal ratePercent, Integer everyMonths, Boolean forgiven) {}

  /** A draw per performance period: GUARANTEE or RECOVERABLE. */
  public record Draw(String kind, BigDecimal amountPerPeriod, Boolean carriesOver) {}

  /** A place on an account team: PRIMARY (the default) or OVERLAY. */
  public record TeamMember(
      String account,
      String participant,
      BigDecimal splitPercent,
      String from,
      String to,
      String role) {}

  /**
   * A booked deal on an account; without a currency, it is in the currency of the plan it credits.
   */
  public record Deal(
      String id,
      String account,
      String booked,
      BigDecimal amount,
      BigDecimal margin,
      String currency,
      Integer termMonths,
      BigDecimal firstYearAmount,
      String cancelledOn) {}

  /** AMOUNT (a yearly amount in the plan's currency) or PERCENT_OF_BASE (of the base salary). */
  public record TargetIncentive(String kind, BigDecimal value) {}

  /**
   * A measure: rated ones have no direction and no target; their actual is the rating (the latest
   * counts). {@code data} says where the actual comes from: GIVEN (the {@code actuals}, added up;
   * the default), GIVEN_LATEST (the latest of them), or the credited deals: BOOKINGS, MARGIN or
   * MARGIN_PERCENT.
   */
  public record Measure(
      String code,
      String name,
      BigDecimal weightPercent,
      String direction,
      Boolean rated,
      String data,
      Curve curve) {}

  /** A payout curve: LINEAR or STEP, points as [attainment, payout] pairs, an optional cap. */
  public record Curve(String type, List<List<BigDecimal>> points, BigDecimal cap) {}

  /** Below the minimum attainment of its measure, the governed measures (none: all) pay 0. */
  public record Gate(String measure, BigDecimal minimumAttainment, List<String> governs) {}

  /** A multiplier curve over one measure's attainment, clamped at both ends. */
  public record Modifier(String measure, List<List<BigDecimal>> points) {}

  /** A participant with the base salary a percentage target incentive is taken of. */
  public record Participant(String id, String name, BigDecimal baseSalary) {}

  /**
   * A plan assigned to a participant from one day to another, with the targets per measure: a
   * number (every period) or, per measure, numbers by period end (for advances: cumulative to each
   * payout date).
   */
  public record Assignment(
      String participant, String plan, String from, String to, Map<String, Object> targets) {}

  /**
   * A participant's actual on a measure (a rating for a rated measure), on a {@code date}: it
   * counts toward the assignment and the periods whose days contain it. Without a date it is the
   * participant's only assignment's, at the scenario period's end.
   */
  public record Actual(String participant, String measure, BigDecimal value, String date) {}
}
