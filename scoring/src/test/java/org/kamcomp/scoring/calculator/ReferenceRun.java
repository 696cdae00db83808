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
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kamcomp.scoring.Actuals;
import org.kamcomp.scoring.Crediting;
import org.kamcomp.scoring.Draws;
import org.kamcomp.scoring.FiscalCalendar;
import org.kamcomp.scoring.PayoutStatement;
import org.kamcomp.scoring.Pipeline;
import org.kamcomp.scoring.PlanRules;
import org.kamcomp.scoring.Problem;
import org.kamcomp.scoring.Scorecard;
import org.kamcomp.scoring.Targets;

/**
 * The adapter as it was before the calculator streamed (a reference for the tests): checks a
 * scenario, naming the path of every bad field ({@code $.assignments[2].targets.revenue}), turns it
 * into the pipeline's inputs, and calculates every payout period of the scenario's span for each
 * participant with what each pays carried into the next ({@link Pipeline#schedule}). Nothing is
 * calculated from a scenario with any problem. Every look-up is by key, so the time grows with the
 * size of the scenario, not its square.
 */
final class ReferenceRun {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The statements of a scenario, by participant and payout date. */
  public record Result(List<PayoutStatement> statements) {}

  private final Scenario scenario;
  private final List<String> problems = new ArrayList<>();
  private FiscalCalendar calendar = FiscalCalendar.JANUARY;
  private LocalDate start;
  private LocalDate end;
  private final Map<String, PlanRules> plans = new LinkedHashMap<>();
  private final Map<String, Scenario.Participant> people = new HashMap<>();
  private final Map<String, List<Placed>> assignments = new HashMap<>();
  private final Map<String, List<Crediting.Membership>> teams = new HashMap<>();
  private final Map<String, List<Crediting.Deal>> deals = new HashMap<>();
  private final Map<String, List<Actuals.Result>> results = new HashMap<>();

  /** An assignment with its index in the file. */
  private record Placed(int index, Pipeline.Assignment assignment) {}

  private ReferenceRun(Scenario scenario) {
    this.scenario = scenario;
  }

  /**
   * The statements of a scenario.
   *
   * @throws ScenarioException naming every bad field
   */
  public static Result calculate(Scenario scenario) {
    return new ReferenceRun(scenario).run();
  }

  private Result run() {
    if (scenario == null) {
      throw new ScenarioException(List.of("$: the file holds no scenario"));
    }
    if (scenario.formatVersion() != null && !Set.of("1", "2").contains(scenario.formatVersion())) {
      problems.add("$.formatVersion: this calculator reads format 1 and 2");
    }
    calendar();
    period();
    plans();
    participants();
    assignments();
    teams();
    deals();
    actuals();
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    Set<String> released = Set.copyOf(list(scenario.releasedWindfalls()));
    List<PayoutStatement> statements = new ArrayList<>();
    List<String> ids = new ArrayList<>(assignments.keySet());
    ids.sort(Comparator.naturalOrder());
    for (String id : ids) {
      List<Pipeline.Assignment> theirs =
          assignments.get(id).stream().map(Placed::assignment).toList();
      Pipeline.Data data =
          new Pipeline.Data(
              teams.getOrDefault(id, List.of()),
              account -> deals.getOrDefault(account, List.of()),
              results.getOrDefault(id, List.of()),
              released);
      for (Pipeline.Result r : Pipeline.schedule(calendar, id, theirs, data, start, end)) {
        statements.add(r.statement());
      }
    }
    return new Result(List.copyOf(statements));
  }

  // --- the calendar and the period -------------------------------------------------------------

  private void calendar() {
    Integer month = scenario.fiscalYearStartMonth();
    if (month == null) {
      return;
    }
    if (month < 1 || month > 12) {
      problems.add("$.fiscalYearStartMonth: a month from 1 (January) to 12 (December)");
    } else {
      calendar = new FiscalCalendar(month);
    }
  }

  private void period() {
    Scenario.Period p = scenario.period();
    if (p == null) {
      problems.add("$.period: is required");
      return;
    }
    start = date(p.start(), "$.period.start", true);
    end = date(p.end(), "$.period.end", true);
    if (start == null || end == null) {
      return;
    }
    if (start.getDayOfMonth() != 1) {
      problems.add("$.period.start: a period starts on a month's first day");
    }
    if (!end.equals(end.withDayOfMonth(end.lengthOfMonth())) || end.isBefore(start)) {
      problems.add("$.period.end: a period ends on a month's last day, after its start");
    }
  }

  private boolean periodKnown() {
    return start != null
        && end != null
        && start.getDayOfMonth() == 1
        && end.equals(end.withDayOfMonth(end.lengthOfMonth()))
        && !end.isBefore(start);
  }

  // --- plans -----------------------------------------------------------------------------------

  private void plans() {
    List<Scenario.Plan> list = list(scenario.plans());
    if (list.isEmpty()) {
      problems.add("$.plans: a scenario has at least one plan");
    }
    for (int i = 0; i < list.size(); i++) {
      Scenario.Plan p = list.get(i);
      String at = "$.plans[" + i + "]";
      if (p.code() == null || p.code().isBlank() || plans.containsKey(p.code())) {
        problems.add(at + ".code: each plan has its own code");
        continue;
      }
      PlanRules rules = plan(p, at);
      if (rules == null) {
        continue;
      }
      for (Problem problem : rules.problems()) {
        problems.add(at + "." + jsonPath(problem.field()) + ": " + problem.message());
      }
      if (periodKnown() && FiscalCalendar.LENGTHS.contains(rules.performancePeriodMonths())) {
        int perf = rules.performancePeriodMonths();
        int pay = rules.payoutEveryMonths();
        if (!calendar.periodStart(start, perf).equals(start)) {
          problems.add(
              at
                  + ".performancePeriodMonths: the scenario's period starts on "
                  + start
                  + ", not at the start of one of this plan's performance periods");
        } else if (FiscalCalendar.LENGTHS.contains(pay) && !calendar.isPeriodEnd(end, pay)) {
          problems.add(
              at
                  + ".performancePeriodMonths: the scenario's period ends on "
                  + end
                  + ", not on one of this plan's payout dates");
        }
      }
      plans.put(p.code(), rules);
    }
  }

  private PlanRules plan(Scenario.Plan p, String at) {
    Currency currency = currency(p.currency(), at + ".currency");
    if (currency == null) {
      return null;
    }
    PlanRules.TargetIncentive ti = null;
    if (p.targetIncentive() != null) {
      PlanRules.TargetIncentive.Kind kind =
          choice(
              PlanRules.TargetIncentive.Kind.class,
              p.targetIncentive().kind(),
              at + ".targetIncentive.kind",
              null);
      if (kind != null) {
        ti = new PlanRules.TargetIncentive(kind, p.targetIncentive().value());
      }
    }
    int perf =
        p.performancePeriodMonths() != null
            ? p.performancePeriodMonths()
            : periodKnown() ? FiscalCalendar.months(start, end) : 0;
    int every = perf;
    BigDecimal rate = null;
    boolean forgiven = false;
    if (p.advances() != null) {
      every = p.advances().everyMonths() == null ? 3 : p.advances().everyMonths();
      rate = p.advances().ratePercent();
      forgiven = Boolean.TRUE.equals(p.advances().forgiven());
      if (rate == null) {
        problems.add(at + ".advances.ratePercent: is required");
      }
    }
    Scenario.Crediting c = p.crediting();
    Crediting.Rule rule =
        c == null || c.rule() == null
            ? Crediting.Rule.ACV
            : choice(Crediting.Rule.class, c.rule(), at + ".crediting.rule", Crediting.Rule.ACV);
    Crediting.Terms crediting =
        new Crediting.Terms(
            rule,
            c == null || c.overlayAllowed() == null || c.overlayAllowed(),
            c == null || c.clawbackWindowMonths() == null ? 0 : c.clawbackWindowMonths(),
            c == null ? null : c.windfallThresholdPercent());
    Draws.Terms draw = null;
    if (p.draw() != null) {
      draw =
          new Draws.Terms(
              choice(Draws.Kind.class, p.draw().kind(), at + ".draw.kind", null),
              p.draw().amountPerPeriod(),
              Boolean.TRUE.equals(p.draw().carriesOver()));
    }
    List<PlanRules.MeasureRule> measures = new ArrayList<>();
    List<Scenario.Measure> list = list(p.measures());
    for (int m = 0; m < list.size(); m++) {
      PlanRules.MeasureRule rule1 = measure(list.get(m), at + ".measures[" + m + "]");
      if (rule1 != null) {
        measures.add(rule1);
      }
    }
    List<Scorecard.Gate> gates = new ArrayList<>();
    for (Scenario.Gate g : list(p.gates())) {
      gates.add(
          new Scorecard.Gate(g.measure(), g.minimumAttainment(), Set.copyOf(list(g.governs()))));
    }
    Scorecard.Modifier modifier = null;
    if (p.modifier() != null) {
      List<Scorecard.Point> points = points(p.modifier().points(), at + ".modifier.points");
      modifier = points == null ? null : new Scorecard.Modifier(p.modifier().measure(), points);
    }
    return new PlanRules(
        p.code(),
        1,
        currency,
        ti,
        perf,
        every,
        rate,
        forgiven,
        p.planCapMultiple(),
        crediting,
        draw,
        measures,
        gates,
        modifier);
  }

  private PlanRules.MeasureRule measure(Scenario.Measure m, String at) {
    boolean rated = Boolean.TRUE.equals(m.rated());
    PlanRules.Data data;
    String given = m.data() == null ? "GIVEN" : m.data();
    if (rated) {
      if (!given.equals("GIVEN")) {
        problems.add(at + ".data: a rated measure is GIVEN (its ratings)");
      }
      data = PlanRules.Data.RATING;
    } else {
      data =
          switch (given) {
            case "GIVEN" -> PlanRules.Data.RESULT_SUM;
            case "GIVEN_LATEST" -> PlanRules.Data.RESULT_LATEST;
            case "BOOKINGS" -> PlanRules.Data.BOOKINGS;
            case "MARGIN" -> PlanRules.Data.MARGIN;
            case "MARGIN_PERCENT" -> PlanRules.Data.MARGIN_PERCENT;
            default -> null;
          };
      if (data == null) {
        problems.add(at + ".data: one of GIVEN, GIVEN_LATEST, BOOKINGS, MARGIN, MARGIN_PERCENT");
        return null;
      }
    }
    Scorecard.Direction direction = null;
    if (!rated) {
      direction =
          m.direction() == null
              ? Scorecard.Direction.HIGHER_IS_BETTER
              : choice(Scorecard.Direction.class, m.direction(), at + ".direction", null);
    } else if (m.direction() != null) {
      problems.add(at + ".direction: a rated measure has no direction");
    }
    Scorecard.Curve curve = null;
    if (m.curve() == null) {
      problems.add(at + ".curve: a measure needs a payout curve");
    } else {
      List<Scorecard.Point> points = points(m.curve().points(), at + ".curve.points");
      Scorecard.CurveKind kind =
          m.curve().type() == null
              ? Scorecard.CurveKind.LINEAR
              : choice(Scorecard.CurveKind.class, m.curve().type(), at + ".curve.type", null);
      if (points != null && kind != null) {
        curve = new Scorecard.Curve(kind, points, m.curve().cap());
      }
    }
    if (curve == null) {
      return null;
    }
    return new PlanRules.MeasureRule(
        m.code(),
        m.name() == null ? m.code() : m.name(),
        m.weightPercent(),
        data,
        direction,
        curve);
  }

  private List<Scorecard.Point> points(List<List<BigDecimal>> pairs, String at) {
    List<Scorecard.Point> points = new ArrayList<>();
    List<List<BigDecimal>> list = list(pairs);
    for (int i = 0; i < list.size(); i++) {
      List<BigDecimal> pair = list.get(i);
      if (pair == null || pair.size() != 2 || pair.get(0) == null || pair.get(1) == null) {
        problems.add(at + "[" + i + "]: a point is a pair [attainment, payout]");
        return null;
      }
      points.add(new Scorecard.Point(pair.get(0), pair.get(1)));
    }
    return points;
  }

  private static final List<String[]> PATHS =
      List.of(
          new String[] {"^scorecard\\.", ""},
          new String[] {"^performancePeriod$", "performancePeriodMonths"},
          new String[] {"^payoutFrequency$", "advances.everyMonths"},
          new String[] {"^advanceRatePercent$", "advances.ratePercent"},
          new String[] {"^creditingRule$", "crediting.rule"},
          new String[] {"^windfallThresholdPercent$", "crediting.windfallThresholdPercent"},
          new String[] {"^clawbackWindowMonths$", "crediting.clawbackWindowMonths"},
          new String[] {"\\.measureCode$", ".measure"},
          new String[] {"\\.governedMeasureCodes$", ".governs"},
          new String[] {"\\.points\\[(\\d+)\\]\\.attainment$", ".points[$1][0]"},
          new String[] {"\\.points\\[(\\d+)\\]\\.payout$", ".points[$1][1]"});

  /** The plan's field as the scenario's JSON names it. */
  static String jsonPath(String field) {
    String path = field;
    for (String[] r : PATHS) {
      path = path.replaceAll(r[0], r[1]);
    }
    return path;
  }

  // --- participants and assignments ------------------------------------------------------------

  private void participants() {
    List<Scenario.Participant> list = list(scenario.participants());
    for (int i = 0; i < list.size(); i++) {
      Scenario.Participant p = list.get(i);
      if (p.id() == null || p.id().isBlank() || people.putIfAbsent(p.id(), p) != null) {
        problems.add("$.participants[" + i + "].id: each participant has their own id");
      }
      if (p.baseSalary() != null && p.baseSalary().signum() < 0) {
        problems.add("$.participants[" + i + "].baseSalary: a base salary is not negative");
      }
    }
  }

  private void assignments() {
    List<Scenario.Assignment> list = list(scenario.assignments());
    for (int i = 0; i < list.size(); i++) {
      Scenario.Assignment a = list.get(i);
      String at = "$.assignments[" + i + "]";
      Scenario.Participant person = people.get(a.participant());
      PlanRules plan = plans.get(a.plan());
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
        continue;
      }
      if (person == null || plan == null || from == null || to == null) {
        continue;
      }
      Targets targets = targets(at, a, plan);
      if (plan.targetIncentive() != null
          && plan.targetIncentive().kind() == PlanRules.TargetIncentive.Kind.PERCENT_OF_BASE
          && person.baseSalary() == null) {
        problems.add(
            at
                + ".participant: plan "
                + plan.code()
                + " pays a percentage of base, and "
                + person.id()
                + " has no baseSalary");
      }
      assignments
          .computeIfAbsent(person.id(), k -> new ArrayList<>())
          .add(
              new Placed(
                  i,
                  new Pipeline.Assignment(
                      String.valueOf(i), plan, from, to, person.baseSalary(), targets)));
    }
    // A participant has one plan on any day.
    assignments.forEach(
        (id, theirs) -> {
          theirs.sort(Comparator.comparing(p -> p.assignment().from()));
          for (int k = 1; k < theirs.size(); k++) {
            Placed before = theirs.get(k - 1);
            Placed next = theirs.get(k);
            if (!next.assignment().from().isAfter(before.assignment().to())) {
              problems.add(
                  "$.assignments["
                      + next.index()
                      + "].from: overlaps assignments["
                      + before.index()
                      + "]; a participant has one plan on any day");
            }
          }
        });
  }

  /** The assignment's targets: a number for every period, or numbers by period end; above 0. */
  private Targets targets(String at, Scenario.Assignment a, PlanRules plan) {
    Targets targets = new Targets();
    Map<String, Object> given = a.targets() == null ? Map.of() : a.targets();
    for (PlanRules.MeasureRule m : plan.measures()) {
      if (!m.isRated() && !given.containsKey(m.code())) {
        problems.add(
            at
                + ".targets."
                + m.code()
                + ": a target above 0 is required (attainment divides by it)");
      }
    }
    for (var t : given.entrySet()) {
      String path = at + ".targets." + t.getKey();
      PlanRules.MeasureRule m = plan.measure(t.getKey());
      if (m == null) {
        problems.add(path + ": plan " + plan.code() + " has no such measure");
        continue;
      }
      if (m.isRated()) {
        problems.add(path + ": \"" + m.name() + "\" is rated and takes no target");
        continue;
      }
      Object value = t.getValue();
      if (value instanceof Number n) {
        BigDecimal v = new BigDecimal(n.toString());
        if (v.signum() <= 0) {
          problems.add(path + ": a target above 0 is required (attainment divides by it)");
        }
        targets.every(m.code(), v);
      } else if (value instanceof Map<?, ?> schedule && !schedule.isEmpty()) {
        for (var e : schedule.entrySet()) {
          String p = path + "." + e.getKey();
          LocalDate d = date(String.valueOf(e.getKey()), p, true);
          if (!(e.getValue() instanceof Number n) || new BigDecimal(n.toString()).signum() <= 0) {
            problems.add(p + ": a target above 0 is required (attainment divides by it)");
          } else if (d != null) {
            targets.set(m.code(), d, new BigDecimal(n.toString()));
          }
        }
      } else {
        problems.add(path + ": a number, or numbers by period end {\"2026-03-31\": 250000, ...}");
      }
    }
    return targets;
  }

  // --- teams and deals -------------------------------------------------------------------------

  private void teams() {
    List<Scenario.TeamMember> list = list(scenario.teams());
    List<Crediting.Membership> all = new ArrayList<>();
    Map<String, Integer> firstOfAccount = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Scenario.TeamMember t = list.get(i);
      String at = "$.teams[" + i + "]";
      if (!people.containsKey(t.participant())) {
        problems.add(at + ".participant: no participant \"" + t.participant() + "\"");
      }
      if (t.account() == null || t.account().isBlank()) {
        problems.add(at + ".account: is required");
      }
      if (t.splitPercent() == null
          || t.splitPercent().signum() <= 0
          || t.splitPercent().compareTo(HUNDRED) > 0) {
        problems.add(at + ".splitPercent: a split above 0 and at most 100");
      }
      Crediting.Role role =
          t.role() == null
              ? Crediting.Role.PRIMARY
              : choice(Crediting.Role.class, t.role(), at + ".role", null);
      LocalDate from = date(t.from(), at + ".from", true);
      LocalDate to = date(t.to(), at + ".to", false);
      if (from != null && to != null && to.isBefore(from)) {
        problems.add(at + ".to: the membership ends before it starts");
        continue;
      }
      if (from != null
          && t.account() != null
          && t.splitPercent() != null
          && role != null
          && people.containsKey(t.participant())) {
        Crediting.Membership m =
            new Crediting.Membership(
                t.account(), t.participant(), t.splitPercent(), from, to, role);
        all.add(m);
        teams.computeIfAbsent(t.participant(), k -> new ArrayList<>()).add(m);
        firstOfAccount.putIfAbsent(t.account(), i);
      }
    }
    Pattern account = Pattern.compile("^(.*) on (\\d{4}-\\d{2}-\\d{2}): (.*)$");
    for (String over : Crediting.primarySplitsAbove100(all)) {
      Matcher m = account.matcher(over);
      String name = m.matches() ? m.group(1) : over;
      problems.add(
          "$.teams["
              + firstOfAccount.getOrDefault(name, 0)
              + "].splitPercent: the primary splits on account "
              + over
              + "; primary splits never exceed 100 % on any day (credit more as an OVERLAY)");
    }
  }

  private void deals() {
    Set<String> ids = new HashSet<>();
    List<Scenario.Deal> list = list(scenario.deals());
    for (int i = 0; i < list.size(); i++) {
      Scenario.Deal d = list.get(i);
      String at = "$.deals[" + i + "]";
      if (d.id() == null || d.id().isBlank() || !ids.add(d.id())) {
        problems.add(at + ".id: each deal has its own id");
      }
      if (d.account() == null || d.account().isBlank()) {
        problems.add(at + ".account: is required");
      }
      if (d.amount() == null) {
        problems.add(at + ".amount: is required");
      }
      int term = d.termMonths() == null ? 12 : d.termMonths();
      if (term < 1) {
        problems.add(at + ".termMonths: a contract runs at least 1 month");
      }
      if (d.margin() != null
          && d.amount() != null
          && d.margin().abs().compareTo(d.amount().abs()) > 0) {
        problems.add(at + ".margin: the margin cannot exceed the amount");
      }
      Currency currency = d.currency() == null ? null : currency(d.currency(), at + ".currency");
      LocalDate booked = date(d.booked(), at + ".booked", true);
      LocalDate cancelled = date(d.cancelledOn(), at + ".cancelledOn", false);
      if (booked != null && cancelled != null && cancelled.isBefore(booked)) {
        problems.add(at + ".cancelledOn: a deal cannot be cancelled before it was booked");
      }
      if (d.id() != null
          && d.account() != null
          && d.amount() != null
          && booked != null
          && term >= 1
          && (d.currency() == null || currency != null)) {
        deals
            .computeIfAbsent(d.account(), k -> new ArrayList<>())
            .add(
                new Crediting.Deal(
                    d.id(),
                    d.account(),
                    booked,
                    d.amount(),
                    d.margin(),
                    currency,
                    term,
                    d.firstYearAmount(),
                    cancelled));
      }
    }
  }

  // --- given actuals ---------------------------------------------------------------------------

  /** The given actuals, checked; each must be placeable in one assignment. */
  private void actuals() {
    Set<List<Object>> seen = new HashSet<>();
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
        continue;
      }
      if (!periodKnown()) {
        continue;
      }
      LocalDate date = date(x.date(), at + ".date", false);
      if (x.date() != null && date == null) {
        continue;
      }
      List<Placed> theirs =
          assignments.getOrDefault(x.participant(), List.of()).stream()
              .filter(
                  p -> !p.assignment().to().isBefore(start) && !p.assignment().from().isAfter(end))
              .toList();
      if (theirs.isEmpty()) {
        problems.add(at + ".participant: " + x.participant() + " has no assignment in the period");
        continue;
      }
      Placed target = null;
      if (date != null) {
        for (Placed p : theirs) {
          if (!date.isBefore(p.assignment().from())
              && !date.isAfter(p.assignment().to())
              && !date.isBefore(start)
              && !date.isAfter(end)) {
            target = p;
          }
        }
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
        PlanRules p = target.assignment().plan();
        if (p.paysAdvances() || p.payoutEveryMonths() < FiscalCalendar.months(start, end)) {
          problems.add(
              at
                  + ".date: the period holds several payout dates; say which day the actual"
                  + " belongs to");
          continue;
        }
        LocalDate last = target.assignment().to();
        date = last.isBefore(end) ? last : end;
      }
      PlanRules plan = target.assignment().plan();
      PlanRules.MeasureRule measure = plan.measure(x.measure());
      if (measure == null) {
        problems.add(
            at + ".measure: plan " + plan.code() + " has no measure \"" + x.measure() + "\"");
        continue;
      }
      if (measure.data().fromDeals()) {
        problems.add(
            at + ".measure: \"" + x.measure() + "\" is computed from the deals, not given");
        continue;
      }
      if (measure.isRated()) {
        String problem = measure.ratingProblem(x.value());
        if (problem != null) {
          problems.add(at + ".value: " + problem);
          continue;
        }
      }
      if (!seen.add(List.of(x.participant(), x.measure(), date))) {
        problems.add(
            at
                + ".measure: a second actual of "
                + x.participant()
                + " on "
                + x.measure()
                + " for the same day");
        continue;
      }
      results
          .computeIfAbsent(x.participant(), p -> new ArrayList<>())
          .add(new Actuals.Result(x.measure(), date, x.value()));
    }
  }

  // --- conversions -----------------------------------------------------------------------------

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

  private Currency currency(String code, String at) {
    if (code != null) {
      try {
        Currency c = Currency.getInstance(code.toUpperCase(Locale.ROOT));
        if (c.getCurrencyCode().equals(code)) {
          return c;
        }
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    problems.add(at + ": an ISO 4217 currency code such as EUR");
    return null;
  }

  private <E extends Enum<E>> E choice(Class<E> type, String value, String at, E fallback) {
    if (value != null) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(value)) {
          return e;
        }
      }
    }
    StringBuilder names = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      names.append(names.length() == 0 ? "" : ", ").append(e.name());
    }
    problems.add(at + ": one of " + names);
    return fallback;
  }

  private static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** Used by {@link TreeMap}-ordered outputs: a stable order of participants. */
  static Comparator<PayoutStatement> order() {
    return Comparator.comparing(PayoutStatement::participant)
        .thenComparing(PayoutStatement::periodEnd)
        .thenComparing(PayoutStatement::assignedFrom);
  }
}
