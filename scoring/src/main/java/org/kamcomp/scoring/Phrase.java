package org.kamcomp.scoring;

/**
 * The sentences a statement's explanation is made of, each with a stable code: a stored step is its
 * phrase's code and its values, and the sentence is written from them when it is shown. A phrase's
 * code never changes once statements are stored with it; a new wording is a new phrase. {@code %s}
 * takes a value, {@code %%} is a percent sign.
 */
public enum Phrase {
  // target incentive
  TI("ti", "Target incentive = annual %s x %s/12 = %s"),
  TI_PRORATED("tip", "Target incentive = annual %s x %s/12 x %s/%s days assigned (proration) = %s"),

  // attainment
  ATTAINMENT("att", "Attainment = actual %s / target %s = %s"),
  ATTAINMENT_NO_ACTUAL("att0", "Attainment = actual 0 (no actual) / target %s = %s"),
  ATTAINMENT_LOWER("attl", "Attainment = max(0, 2 - actual %s / target %s) = %s (lower is better)"),
  ATTAINMENT_LOWER_NO_ACTUAL(
      "attl0", "Attainment = max(0, 2 - actual 0 (no actual) / target %s) = %s (lower is better)"),
  RATING("rat", "Rating %s, read through the curve"),

  // what an actual is made of
  CREDITED_VALUE("cv", "Credited value from %s to %s (%s): %s"),
  CREDITED_MARGIN("cm", "Credited margin from %s to %s (%s): %s"),
  MARGIN_PERCENT(
      "mp",
      "Margin %% = credited margin %s / credited value %s x 100 = %s (the ratio of the sums)"),
  MARGIN_PERCENT_NO_VALUE("mp0", "Margin %%: no credited value from %s to %s, so 0"),
  RESULTS_SUMMED("rs", "Results from %s to %s added up (%s results): %s"),

  // curves
  BELOW_THRESHOLD("thr", "Below the threshold of %s: the curve pays 0"),
  BELOW_RATING_THRESHOLD("thrr", "Below the threshold of a rating of %s: the curve pays 0"),
  STEP("stp", "STEP curve: the step at %s pays %s"),
  SINGLE_POINT("one", "A single-point curve pays %s from its threshold on"),
  LINEAR("lin", "LINEAR curve between (%s, %s) and (%s, %s): %s"),
  LINEAR_BEYOND(
      "linx",
      "LINEAR curve beyond its last point, the last segment's slope continued from (%s, %s) and"
          + " (%s, %s): %s"),
  CAPPED("cap", "Capped at %s"),
  GATE_CLOSED("gate", "Gate: %s attained %s, below the minimum of %s: this measure pays 0"),
  WEIGHT_ZERO("w0", "Weight 0 %%: the measure only feeds a gate or the modifier"),
  MEASURE_PAYOUT("mpay", "Payout = target incentive %s x weight %s %% x %s = %s"),

  // the scorecard
  RAW_TOTAL("raw", "Raw total = sum of the measure payouts = %s"),
  MODIFIER("mod", "Modifier on %s at %s attainment: x %s"),
  PLAN_CAP_BINDS("pcb", "Plan cap %s x target incentive = %s binds"),
  PLAN_CAP_FREE("pcf", "Plan cap %s x target incentive = %s does not bind"),
  PAYOUT("pay", "Payout = %s %s"),
  HELD("held", "Held: %s"),

  // crediting
  CREDIT_AMOUNT("ca", "Deal %s on %s, booked %s: amount %s at %s %% %s split = %s"),
  CREDIT_TCV("ct", "Deal %s on %s, booked %s: TCV %s (%s months) at %s %% %s split = %s"),
  CREDIT_ACV("cacv", "Deal %s on %s, booked %s: ACV %s / (%s / 12) = %s at %s %% %s split = %s"),
  CREDIT_FIRST_YEAR("cfy", "Deal %s on %s, booked %s: first-year value %s at %s %% %s split = %s"),
  CREDIT_FIRST_YEAR_ACV(
      "cfya",
      "Deal %s on %s, booked %s: first-year value = ACV %s / (%s / 12) = %s at %s %% %s split ="
          + " %s"),
  CLAWBACK("claw", "Deal %s cancelled on %s, within the %s-month clawback window: -%s"),

  // windfalls
  WINDFALL_HELD(
      "wf",
      "Deal %s is a windfall: its credit of %s on \"%s\" exceeds %s %% of the annual target %s"
          + " (%s); it is held for review and counts in no measure until it is released"),
  WINDFALL_RELEASED("wfr", "Deal %s, a windfall on \"%s\", was released for review and counts"),

  // advances and the true-up
  ADVANCE("adv", "Advance = max(0, %s %% x earned to date %s - advances paid %s) = %s"),
  ADVANCES_SETTLED(
      "advs",
      "Advances paid include %s from recalculations of earlier advances, paid as adjustments"),
  TRUE_UP("tu", "True-up = earned for the performance period %s - advances paid %s = %s"),
  TRUE_UP_FORGIVEN("tuf", "The plan forgives the overpaid %s"),
  TRUE_UP_RECOVERABLE(
      "tur", "Overpaid by %s: a recoverable balance, carried against later payouts"),
  BALANCE_RECOVERED(
      "bal", "Recovered %s of the overpaid balance of %s from this payout; %s remains"),
  NOTHING_PAID_WHILE_HELD("heldp", "Held: %s; nothing is paid until it is in"),

  // draws
  DRAW("drw", "Draw = %s per period x %s/%s days assigned = %s"),
  GUARANTEE_PAID("gua", "Guarantee: earned %s is below the draw %s, so the draw is paid"),
  GUARANTEE_NOT_NEEDED("gua0", "Guarantee: earned %s is at or above the draw %s"),
  RECOVERABLE_DRAW_PAID(
      "rdp",
      "Recoverable draw: earned %s is below the draw %s; the draw is paid and %s is added to the"
          + " balance, now %s"),
  DRAW_RECOVERED(
      "rdr", "Earned %s; %s is recovered from the part above the draw (%s); the balance is now %s"),
  AT_OR_ABOVE_DRAW("rd0", "Earned %s, at or above the draw %s"),
  DRAW_FORGIVEN("rdf", "Plan year end: the unrecovered balance of %s is forgiven"),
  DRAW_CARRIES_OVER("rdc", "Plan year end: the balance of %s carries over to the next plan year"),

  // adjustments and what is due
  ADJUSTMENT("adj", "Adjustment: %s: %s"),
  DUE_WITH_ADJUSTMENTS("due", "Due = %s + adjustments %s = %s"),

  /** A sentence stored as it was written (statements calculated before phrases had codes). */
  LITERAL("txt", "%s");

  private final String code;
  private final String template;
  // the template's text around its values (%% already a percent sign), null if it has another %
  private final String[] parts;
  private final int values;

  Phrase(String code, String template) {
    this.code = code;
    this.template = template;
    java.util.List<String> around = new java.util.ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean plain = true;
    int n = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '%' && i + 1 < template.length()) {
        char f = template.charAt(++i);
        if (f == 's') {
          n++;
          around.add(part.toString());
          part.setLength(0);
        } else if (f == '%') {
          part.append('%');
        } else {
          plain = false;
        }
      } else {
        part.append(c);
      }
    }
    around.add(part.toString());
    this.parts = plain ? around.toArray(new String[0]) : null;
    this.values = n;
  }

  /** The text before, between and after the values; null when the template is not plain. */
  String[] parts() {
    return parts;
  }

  /** How many values the template takes. */
  int valueCount() {
    return values;
  }

  /** The stable code a stored step names its phrase by. */
  public String code() {
    return code;
  }

  /** The English wording, {@code %s} for each value. */
  public String template() {
    return template;
  }

  private static final java.util.Map<String, Phrase> BY_CODE = new java.util.HashMap<>();

  static {
    for (Phrase p : values()) {
      if (BY_CODE.put(p.code, p) != null) {
        throw new ExceptionInInitializerError("two phrases share the code " + p.code);
      }
    }
  }

  /** The phrase with this code. */
  public static Phrase of(String code) {
    Phrase p = BY_CODE.get(code);
    if (p == null) {
      throw new IllegalArgumentException("No phrase has the code " + code);
    }
    return p;
  }
}
