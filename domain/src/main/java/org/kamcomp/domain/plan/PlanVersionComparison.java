package org.kamcomp.domain.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Two versions of a plan side by side: every element whose value differs, with its value in each
 * version. Numbers compare by value (40 and 40.00 are the same weight).
 */
public final class PlanVersionComparison {

  /** One element that differs: its name, and its value before and after ("-" when absent). */
  public record Difference(String element, String before, String after) {}

  private PlanVersionComparison() {}

  public static List<Difference> compare(PlanVersionSnapshot before, PlanVersionSnapshot after) {
    List<Difference> diffs = new ArrayList<>();
    compareTerms(before.terms(), after.terms(), diffs);
    compareMeasures(before.scorecard(), after.scorecard(), diffs);
    add(diffs, "gates", describeGates(before.scorecard()), describeGates(after.scorecard()));
    add(
        diffs,
        "modifier",
        describe(before.scorecard().modifier()),
        describe(after.scorecard().modifier()));
    return diffs;
  }

  private static void compareTerms(PlanTerms a, PlanTerms b, List<Difference> diffs) {
    Map<String, Function<PlanTerms, Object>> elements = new LinkedHashMap<>();
    elements.put("effectiveFrom", PlanTerms::effectiveFrom);
    elements.put(
        "targetIncentive",
        t -> t.targetIncentive().getKind() + " " + plain(t.targetIncentive().getValue()));
    elements.put("performancePeriod", PlanTerms::performancePeriod);
    elements.put("payoutFrequency", PlanTerms::payoutFrequency);
    elements.put("advanceRatePercent", PlanTerms::advanceRatePercent);
    elements.put("trueUpForgiven", PlanTerms::trueUpForgiven);
    elements.put("planCapMultiple", PlanTerms::planCapMultiple);
    elements.put("creditingRule", PlanTerms::creditingRule);
    elements.put("overlayAllowed", PlanTerms::overlayAllowed);
    elements.put("windfallThresholdPercent", PlanTerms::windfallThresholdPercent);
    elements.put(
        "draw",
        t ->
            t.draw() == null
                ? null
                : t.draw().kind()
                    + " "
                    + plain(t.draw().amountPerPeriod())
                    + (t.draw().carriesOver() ? " carried over" : ""));
    elements.put("clawbackWindowMonths", PlanTerms::clawbackWindowMonths);
    elements.forEach((name, get) -> add(diffs, name, text(get.apply(a)), text(get.apply(b))));
  }

  private static void compareMeasures(
      ScorecardDefinition a, ScorecardDefinition b, List<Difference> diffs) {
    Map<String, MeasureDefinition> before = byCode(a);
    Map<String, MeasureDefinition> after = byCode(b);
    for (var e : before.entrySet()) {
      MeasureDefinition other = after.get(e.getKey());
      String prefix = "measure " + e.getKey();
      if (other == null) {
        add(diffs, prefix, describe(e.getValue()), null);
        continue;
      }
      MeasureDefinition m = e.getValue();
      add(diffs, prefix + " name", m.name(), other.name());
      add(diffs, prefix + " perspective", text(m.perspective()), text(other.perspective()));
      add(diffs, prefix + " source", text(m.source()), text(other.source()));
      add(diffs, prefix + " direction", text(m.direction()), text(other.direction()));
      add(diffs, prefix + " data", text(m.data()), text(other.data()));
      add(diffs, prefix + " weight", percent(m), percent(other));
      add(diffs, prefix + " curve", describe(m.curve()), describe(other.curve()));
    }
    for (var e : after.entrySet()) {
      if (!before.containsKey(e.getKey())) {
        add(diffs, "measure " + e.getKey(), null, describe(e.getValue()));
      }
    }
  }

  private static Map<String, MeasureDefinition> byCode(ScorecardDefinition s) {
    Map<String, MeasureDefinition> map = new LinkedHashMap<>();
    s.measures().forEach(m -> map.put(m.code(), m));
    return map;
  }

  private static void add(List<Difference> diffs, String element, String before, String after) {
    if (!Objects.equals(before, after)) {
      diffs.add(
          new Difference(element, before == null ? "-" : before, after == null ? "-" : after));
    }
  }

  private static String describe(MeasureDefinition m) {
    return m.name() + ", " + text(m.perspective()) + ", " + percent(m) + ", " + describe(m.curve());
  }

  private static String describe(PayoutCurve c) {
    StringBuilder s = new StringBuilder(c.type().name());
    c.points().forEach(p -> s.append(' ').append(point(p)));
    if (c.cap() != null) {
      s.append(" cap ").append(plain(c.cap()));
    }
    return s.toString();
  }

  private static String describe(ModifierDefinition m) {
    if (m == null) {
      return null;
    }
    StringBuilder s = new StringBuilder("on " + m.measureCode() + ":");
    m.points().forEach(p -> s.append(' ').append(point(p)));
    return s.toString();
  }

  private static String describeGates(ScorecardDefinition s) {
    if (s.gates().isEmpty()) {
      return null;
    }
    List<String> gates = new ArrayList<>();
    for (GateDefinition g : s.gates()) {
      gates.add(
          g.measureCode()
              + " >= "
              + plain(g.minimumAttainment())
              + (g.governsWholeScorecard()
                  ? " (whole scorecard)"
                  : " ("
                      + String.join(", ", g.governedMeasureCodes().stream().sorted().toList())
                      + ")"));
    }
    return String.join("; ", gates);
  }

  private static String point(CurvePoint p) {
    return "(" + plain(p.getAttainment()) + ", " + plain(p.getPayout()) + ")";
  }

  private static String percent(MeasureDefinition m) {
    return m.weightPercent() == null ? null : plain(m.weightPercent()) + " %";
  }

  private static String text(Object o) {
    if (o == null) {
      return null;
    }
    return o instanceof java.math.BigDecimal d ? plain(d) : o.toString();
  }

  private static String plain(java.math.BigDecimal d) {
    return d == null ? null : d.stripTrailingZeros().toPlainString();
  }
}
