package org.kamcomp.scoring.calculator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kamcomp.scoring.Scorecard;
import org.kamcomp.scoring.ScorecardEngine;
import org.kamcomp.scoring.Statement;

/**
 * Checks a scenario and calculates a statement for every assignment that touches its period. Every
 * problem is reported with the path of its field ({@code $.assignments[2].targets.revenue});
 * nothing is calculated from a scenario with any problem.
 */
public final class ScenarioRun {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Scenario scenario;
  private final List<String> problems = new ArrayList<>();

  private ScenarioRun(Scenario scenario) {
    this.scenario = scenario;
  }

  /**
   * The statements of a scenario, by participant and assignment start.
   *
   * @throws ScenarioException naming every bad field
   */
  public static List<Statement> calculate(Scenario scenario) {
    return new ScenarioRun(scenario).run();
  }

  private record Span(LocalDate from, LocalDate to) {
    boolean contains(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }

    boolean overlaps(Span o) {
      return !o.to.isBefore(from) && !to.isBefore(o.from);
    }
  }

  private List<Statement> run() {
    if (scenario == null) {
      throw new ScenarioException(List.of("$: the file holds no scenario"));
    }
    Span period = period();
    Map<String, Scenario.Plan> plans = plans();
    Map<String, Scenario.Participant> people = participants();
    List<Integer> inPeriod = new ArrayList<>();
    Map<Integer, Span> spans = new HashMap<>();
    List<Scenario.Assignment> assignments = list(scenario.assignments());
    for (int i = 0; i < assignments.size(); i++) {
      Span span = assignment(i, assignments.get(i), plans, people);
      if (span != null) {
        spans.put(i, span);
        if (period != null && span.overlaps(period)) {
          inPeriod.add(i);
        }
      }
    }
    overlaps(assignments, spans);
    Map<Integer, Map<String, BigDecimal>> actuals =
        actuals(period, assignments, inPeriod, spans, plans, people);
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    List<Statement> statements = new ArrayList<>();
    inPeriod.sort(
        Comparator.comparing((Integer i) -> assignments.get(i).participant())
            .thenComparing(i -> spans.get(i).from()));
    for (int i : inPeriod) {
      Scenario.Assignment a = assignments.get(i);
      Scenario.Plan plan = plans.get(a.plan());
      Span span = spans.get(i);
      LocalDate from = span.from().isBefore(period.from()) ? period.from() : span.from();
      LocalDate to = span.to().isAfter(period.to()) ? period.to() : span.to();
      statements.add(
          ScorecardEngine.calculate(
              new ScorecardEngine.Calculation(
                  a.participant(),
                  plan.code(),
                  Currency.getInstance(plan.currency()),
                  annualTargetIncentive(plan, people.get(a.participant())),
                  period.from(),
                  period.to(),
                  from,
                  to,
                  scorecard(
                      plan,
                      a.targets() == null ? Map.of() : a.targets(),
                      actuals.getOrDefault(i, Map.of())))));
    }
    return statements;
  }

  private Span period() {
    Scenario.Period p = scenario.period();
    if (p == null) {
      problems.add("$.period: is required");
      return null;
    }
    LocalDate start = date(p.start(), "$.period.start", true);
    LocalDate end = date(p.end(), "$.period.end", true);
    if (start == null || end == null) {
      return null;
    }
    if (start.getDayOfMonth() != 1) {
      problems.add("$.period.start: a period starts on a month's first day");
    }
    if (!end.equals(end.withDayOfMonth(end.lengthOfMonth())) || end.isBefore(start)) {
      problems.add("$.period.end: a period ends on a month's last day, after its start");
    }
    return new Span(start, end);
  }

  private Map<String, Scenario.Plan> plans() {
    Map<String, Scenario.Plan> plans = new LinkedHashMap<>();
    List<Scenario.Plan> list = list(scenario.plans());
    if (list.isEmpty()) {
      problems.add("$.plans: a scenario has at least one plan");
    }
    for (int i = 0; i < list.size(); i++) {
      Scenario.Plan p = list.get(i);
      String at = "$.plans[" + i + "]";
      if (p.code() == null || plans.putIfAbsent(p.code(), p) != null) {
        problems.add(at + ".code: each plan has its own code");
      }
      if (p.currency() == null || !isCurrency(p.currency())) {
        problems.add(at + ".currency: an ISO 4217 currency code such as EUR");
      }
      Scenario.TargetIncentive ti = p.targetIncentive();
      if (ti == null
          || ti.value() == null
          || ti.value().signum() < 0
          || !("AMOUNT".equals(ti.kind()) || "PERCENT_OF_BASE".equals(ti.kind()))) {
        problems.add(
            at + ".targetIncentive: a kind (AMOUNT or PERCENT_OF_BASE) and a value of at least 0");
      }
      // The scorecard's own rules, with stand-in targets: the real ones come with assignments.
      try {
        Scorecard card = scorecard(p, null, Map.of());
        card.problems(at).stream()
            .filter(problem -> !problem.contains(".target:"))
            .forEach(problems::add);
      } catch (IllegalArgumentException e) {
        problems.add(at + ".measures: " + e.getMessage());
      }
    }
    return plans;
  }

  private Map<String, Scenario.Participant> participants() {
    Map<String, Scenario.Participant> people = new HashMap<>();
    List<Scenario.Participant> list = list(scenario.participants());
    for (int i = 0; i < list.size(); i++) {
      Scenario.Participant p = list.get(i);
      if (p.id() == null || people.putIfAbsent(p.id(), p) != null) {
        problems.add("$.participants[" + i + "].id: each participant has their own id");
      }
      if (p.baseSalary() != null && p.baseSalary().signum() < 0) {
        problems.add("$.participants[" + i + "].baseSalary: a base salary is not negative");
      }
    }
    return people;
  }

  private Span assignment(
      int i,
      Scenario.Assignment a,
      Map<String, Scenario.Plan> plans,
      Map<String, Scenario.Participant> people) {
    String at = "$.assignments[" + i + "]";
    Scenario.Participant person = people.get(a.participant());
    Scenario.Plan plan = plans.get(a.plan());
    if (person == null) {
      problems.add(at + ".participant: no participant \"" + a.participant() + "\"");
    }
    if (plan == null) {
      problems.add(at + ".plan: no plan \"" + a.plan() + "\"");
    }
    LocalDate from = date(a.from(), at + ".from", true);
    LocalDate to = date(a.to(), at + ".to", true);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(at + ".to: the assignment ends before it starts");
      return null;
    }
    if (plan != null) {
      Map<String, BigDecimal> targets = a.targets() == null ? Map.of() : a.targets();
      Set<String> codes = new HashSet<>();
      for (Scenario.Measure m : list(plan.measures())) {
        codes.add(m.code());
        boolean rated = Boolean.TRUE.equals(m.rated());
        BigDecimal target = targets.get(m.code());
        if (!rated && (target == null || target.signum() <= 0)) {
          problems.add(
              at
                  + ".targets."
                  + m.code()
                  + ": a target above 0 is required (attainment divides by it)");
        }
      }
      for (String code : targets.keySet()) {
        if (!codes.contains(code)) {
          problems.add(at + ".targets." + code + ": plan " + plan.code() + " has no such measure");
        }
      }
      if (plan.targetIncentive() != null
          && "PERCENT_OF_BASE".equals(plan.targetIncentive().kind())
          && person != null
          && person.baseSalary() == null) {
        problems.add(
            at
                + ".participant: plan "
                + plan.code()
                + " pays a percentage of base, and "
                + person.id()
                + " has no baseSalary");
      }
    }
    return from == null || to == null ? null : new Span(from, to);
  }

  private void overlaps(List<Scenario.Assignment> assignments, Map<Integer, Span> spans) {
    for (int i = 0; i < assignments.size(); i++) {
      for (int j = i + 1; j < assignments.size(); j++) {
        if (spans.containsKey(i)
            && spans.containsKey(j)
            && assignments.get(i).participant() != null
            && assignments.get(i).participant().equals(assignments.get(j).participant())
            && spans.get(i).overlaps(spans.get(j))) {
          problems.add(
              "$.assignments["
                  + j
                  + "].from: overlaps assignments["
                  + i
                  + "]; a participant has one plan on any day");
        }
      }
    }
  }

  /** Per assignment in the period, each measure's actual. */
  private Map<Integer, Map<String, BigDecimal>> actuals(
      Span period,
      List<Scenario.Assignment> assignments,
      List<Integer> inPeriod,
      Map<Integer, Span> spans,
      Map<String, Scenario.Plan> plans,
      Map<String, Scenario.Participant> people) {
    Map<Integer, Map<String, BigDecimal>> actuals = new HashMap<>();
    List<Scenario.Actual> list = list(scenario.actuals());
    for (int k = 0; k < list.size(); k++) {
      Scenario.Actual x = list.get(k);
      String at = "$.actuals[" + k + "]";
      if (!people.containsKey(x.participant())) {
        problems.add(at + ".participant: no participant \"" + x.participant() + "\"");
        continue;
      }
      if (x.value() == null) {
        problems.add(at + ".value: is required");
      }
      LocalDate date = date(x.date(), at + ".date", false);
      List<Integer> theirs =
          inPeriod.stream()
              .filter(i -> x.participant().equals(assignments.get(i).participant()))
              .toList();
      if (theirs.isEmpty()) {
        problems.add(at + ".participant: " + x.participant() + " has no assignment in the period");
        continue;
      }
      Integer target;
      if (date != null) {
        target =
            theirs.stream()
                .filter(i -> spans.get(i).contains(date) && period.contains(date))
                .findFirst()
                .orElse(null);
        if (target == null) {
          problems.add(
              at
                  + ".date: "
                  + date
                  + " lies in none of the participant's assignments in the period");
          continue;
        }
      } else if (theirs.size() > 1) {
        problems.add(
            at
                + ".date: "
                + x.participant()
                + " has two assignments in the period; say which day the actual belongs to");
        continue;
      } else {
        target = theirs.get(0);
      }
      Scenario.Plan plan = plans.get(assignments.get(target).plan());
      if (plan != null
          && list(plan.measures()).stream().noneMatch(m -> m.code().equals(x.measure()))) {
        problems.add(
            at + ".measure: plan " + plan.code() + " has no measure \"" + x.measure() + "\"");
        continue;
      }
      if (actuals.computeIfAbsent(target, t -> new HashMap<>()).putIfAbsent(x.measure(), x.value())
          != null) {
        problems.add(
            at
                + ".measure: a second actual of "
                + x.participant()
                + " on "
                + x.measure()
                + " for the same assignment");
      }
    }
    return actuals;
  }

  private static BigDecimal annualTargetIncentive(Scenario.Plan plan, Scenario.Participant p) {
    Scenario.TargetIncentive ti = plan.targetIncentive();
    return "PERCENT_OF_BASE".equals(ti.kind())
        ? p.baseSalary().multiply(ti.value()).divide(HUNDRED)
        : ti.value();
  }

  private static Scorecard scorecard(
      Scenario.Plan plan, Map<String, BigDecimal> targets, Map<String, BigDecimal> actuals) {
    List<Scorecard.Measure> measures = new ArrayList<>();
    for (Scenario.Measure m : list(plan.measures())) {
      boolean rated = Boolean.TRUE.equals(m.rated());
      measures.add(
          new Scorecard.Measure(
              m.code(),
              m.name(),
              m.weightPercent(),
              rated ? null : direction(m.direction()),
              rated ? null : targets == null ? BigDecimal.ONE : targets.get(m.code()),
              actuals.get(m.code()),
              curve(m.curve())));
    }
    List<Scorecard.Gate> gates = new ArrayList<>();
    for (Scenario.Gate g : list(plan.gates())) {
      gates.add(
          new Scorecard.Gate(g.measure(), g.minimumAttainment(), Set.copyOf(list(g.governs()))));
    }
    Scorecard.Modifier modifier =
        plan.modifier() == null
            ? null
            : new Scorecard.Modifier(plan.modifier().measure(), points(plan.modifier().points()));
    return new Scorecard(measures, gates, modifier, plan.planCapMultiple());
  }

  private static Scorecard.Direction direction(String direction) {
    return "LOWER_IS_BETTER".equals(direction)
        ? Scorecard.Direction.LOWER_IS_BETTER
        : Scorecard.Direction.HIGHER_IS_BETTER;
  }

  private static Scorecard.Curve curve(Scenario.Curve c) {
    if (c == null) {
      return null;
    }
    return new Scorecard.Curve(
        "STEP".equalsIgnoreCase(c.type()) ? Scorecard.CurveKind.STEP : Scorecard.CurveKind.LINEAR,
        points(c.points()),
        c.cap());
  }

  private static List<Scorecard.Point> points(List<List<BigDecimal>> pairs) {
    List<Scorecard.Point> points = new ArrayList<>();
    for (List<BigDecimal> pair : list(pairs)) {
      if (pair == null || pair.size() != 2 || pair.get(0) == null || pair.get(1) == null) {
        throw new IllegalArgumentException("a curve point is a pair [attainment, payout]");
      }
      points.add(new Scorecard.Point(pair.get(0), pair.get(1)));
    }
    return points;
  }

  private LocalDate date(String text, String at, boolean required) {
    if (text == null) {
      if (required) {
        problems.add(at + ": is required");
      }
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(at + ": \"" + text + "\" is not a date as YYYY-MM-DD");
      return null;
    }
  }

  private static boolean isCurrency(String code) {
    try {
      return Currency.getInstance(code.toUpperCase(Locale.ROOT)).getCurrencyCode().equals(code);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }
}
