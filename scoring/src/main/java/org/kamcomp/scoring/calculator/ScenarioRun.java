package org.kamcomp.scoring.calculator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The calculator's adapter around the pipeline: checks a scenario, naming the path of every bad
 * field ({@code $.assignments[2].targets.revenue}), turns it into the pipeline's inputs, and
 * calculates every payout period of the scenario's span for each participant with what each pays
 * carried into the next ({@link Pipeline#schedule}). Nothing is calculated from a scenario with any
 * problem. Every look-up is by key, so the time grows with the size of the scenario, not its
 * square.
 *
 * <p>The whole scenario is checked first ({@link #check}); what the check keeps is compact (numbers
 * into the scenario's lists, the days of the assignments and actuals, by participant), and a
 * participant's inputs are made only when their statements are calculated ({@link
 * Checked#statements}), one participant at a time, from any number of threads: memory does not grow
 * with the statements.
 */
public final class ScenarioRun {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int DATE_CACHE = 4096;

  /** The statements of a scenario, by participant and payout date. */
  public record Result(List<PayoutStatement> statements) {}

  private final Scenario scenario;
  private final List<String> problems = new ArrayList<>();
  private FiscalCalendar calendar = FiscalCalendar.JANUARY;
  private LocalDate start;
  private LocalDate end;
  private final Map<String, PlanRules> plans = new LinkedHashMap<>();
  private final Map<String, List<Crediting.Membership>> teams = new HashMap<>();
  private final Map<String, List<Crediting.Deal>> deals = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();

  // participants: their number in the list by id
  private List<Scenario.Participant> participantList = List.of();
  private StringIndex people = new StringIndex(0);
  // assignments placed (checked enough to be calculated), by participant, each one's by from
  private List<Scenario.Assignment> assignmentList = List.of();
  private PlanRules[] assignmentPlan;
  private int[] assignmentFrom;
  private int[] assignmentTo;
  private int[] assignmentStart;
  private int[] assignmentOrder;
  // given actuals that count, by participant in the file's order, with the day each belongs to
  private List<Scenario.Actual> actualList = List.of();
  private int[] actualDay;
  private int[] actualStart;
  private int[] actualOrder;
  // the participants with statements, by id
  private int[] sorted;
  private Set<String> released;
  private LocalDate[] periodDays;

  private ScenarioRun(Scenario scenario) {
    this.scenario = scenario;
  }

  /**
   * The statements of a scenario.
   *
   * @throws ScenarioException naming every bad field
   */
  public static Result calculate(Scenario scenario) {
    Checked checked = check(scenario);
    List<PayoutStatement> statements = new ArrayList<>();
    for (int k = 0; k < checked.size(); k++) {
      statements.addAll(checked.statements(k));
    }
    return new Result(List.copyOf(statements));
  }

  /**
   * Checks the whole scenario: what it gives is ready to calculate, participant by participant.
   *
   * @throws ScenarioException naming every bad field
   */
  public static Checked check(Scenario scenario) {
    return new ScenarioRun(scenario).run();
  }

  /**
   * A scenario without problems: its participants with statements, by id, each calculated on its
   * own ({@link #statements}; safe from several threads at once).
   */
  public static final class Checked {
    private final ScenarioRun run;

    private Checked(ScenarioRun run) {
      this.run = run;
    }

    /** How many participants have statements. */
    public int size() {
      return run.sorted.length;
    }

    /** The scenario checked. */
    public Scenario scenario() {
      return run.scenario;
    }

    /** The statements of the {@code k}-th participant by id, by payout date. */
    public List<PayoutStatement> statements(int k) {
      return run.statements(run.sorted[k]);
    }
  }

  private Checked run() {
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
    released = Set.copyOf(list(scenario.releasedWindfalls()));
    dates.clear();
    sortParticipants();
    long days = end.toEpochDay() - start.toEpochDay() + 1;
    if (days <= 1 << 16) {
      periodDays = new LocalDate[(int) days];
      for (int d = 0; d < days; d++) {
        periodDays[d] = start.plusDays(d);
      }
    }
    return new Checked(this);
  }

  /** The participants with an assignment placed, by id. */
  private void sortParticipants() {
    int n = 0;
    for (int p = 0; p + 1 < assignmentStart.length; p++) {
      if (assignmentStart[p + 1] > assignmentStart[p]) {
        n++;
      }
    }
    String[] ids = new String[n];
    n = 0;
    for (int p = 0; p + 1 < assignmentStart.length; p++) {
      if (assignmentStart[p + 1] > assignmentStart[p]) {
        ids[n++] = participantList.get(p).id();
      }
    }
    if (ids.length > 1 << 13) {
      Arrays.parallelSort(ids);
    } else {
      Arrays.sort(ids);
    }
    sorted = new int[n];
    for (int k = 0; k < n; k++) {
      sorted[k] = people.get(ids[k]);
    }
  }

  /** A participant's statements: their inputs made from what the check kept, then calculated. */
  private List<PayoutStatement> statements(int p) {
    Scenario.Participant person = participantList.get(p);
    String id = person.id();
    List<Pipeline.Assignment> theirs = new ArrayList<>(assignmentStart[p + 1] - assignmentStart[p]);
    for (int j = assignmentStart[p]; j < assignmentStart[p + 1]; j++) {
      int i = assignmentOrder[j];
      PlanRules plan = assignmentPlan[i];
      theirs.add(
          new Pipeline.Assignment(
              String.valueOf(i),
              plan,
              day(assignmentFrom[i]),
              day(assignmentTo[i]),
              person.baseSalary(),
              targets(i, assignmentList.get(i), plan, false)));
    }
    List<Actuals.Result> results = new ArrayList<>(actualStart[p + 1] - actualStart[p]);
    for (int j = actualStart[p]; j < actualStart[p + 1]; j++) {
      int k = actualOrder[j];
      Scenario.Actual x = actualList.get(k);
      results.add(new Actuals.Result(x.measure(), day(actualDay[k]), x.value()));
    }
    Pipeline.Data data =
        new Pipeline.Data(
            teams.getOrDefault(id, List.of()),
            account -> deals.getOrDefault(account, List.of()),
            results,
            released);
    List<Pipeline.Result> calculated = Pipeline.schedule(calendar, id, theirs, data, start, end);
    List<PayoutStatement> statements = new ArrayList<>(calculated.size());
    for (Pipeline.Result r : calculated) {
      statements.add(r.statement());
    }
    return statements;
  }

  private LocalDate day(int epochDay) {
    long d = epochDay - start.toEpochDay();
    if (periodDays != null && d >= 0 && d < periodDays.length) {
      return periodDays[(int) d];
    }
    return LocalDate.ofEpochDay(epochDay);
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
    participantList = list;
    people = new StringIndex(list.size());
    for (int i = 0; i < list.size(); i++) {
      Scenario.Participant p = list.get(i);
      if (p.id() == null || p.id().isBlank() || people.putIfAbsent(p.id(), i) >= 0) {
        problems.add("$.participants[" + i + "].id: each participant has their own id");
      }
      if (p.baseSalary() != null && p.baseSalary().signum() < 0) {
        problems.add("$.participants[" + i + "].baseSalary: a base salary is not negative");
      }
    }
  }

  private static String assignment(int i) {
    return "$.assignments[" + i + "]";
  }

  private void assignments() {
    List<Scenario.Assignment> list = list(scenario.assignments());
    assignmentList = list;
    int size = list.size();
    int[] person = new int[size];
    Arrays.fill(person, -1);
    assignmentPlan = new PlanRules[size];
    assignmentFrom = new int[size];
    assignmentTo = new int[size];
    int[] count = new int[participantList.size() + 1];
    for (int i = 0; i < size; i++) {
      Scenario.Assignment a = list.get(i);
      int p = people.get(a.participant());
      PlanRules plan = plans.get(a.plan());
      if (p < 0) {
        problems.add(assignment(i) + ".participant: no participant \"" + a.participant() + "\"");
      }
      if (plan == null) {
        problems.add(assignment(i) + ".plan: no plan \"" + a.plan() + "\"");
      }
      LocalDate from = date(a.from(), "$.assignments[", i, "].from", true);
      LocalDate to = date(a.to(), "$.assignments[", i, "].to", true);
      if (from != null && to != null && to.isBefore(from)) {
        problems.add(assignment(i) + ".to: the assignment ends before it starts");
        continue;
      }
      if (p < 0 || plan == null || from == null || to == null) {
        continue;
      }
      Scenario.Participant who = participantList.get(p);
      targets(i, a, plan, true);
      if (plan.targetIncentive() != null
          && plan.targetIncentive().kind() == PlanRules.TargetIncentive.Kind.PERCENT_OF_BASE
          && who.baseSalary() == null) {
        problems.add(
            assignment(i)
                + ".participant: plan "
                + plan.code()
                + " pays a percentage of base, and "
                + who.id()
                + " has no baseSalary");
      }
      person[i] = p;
      assignmentPlan[i] = plan;
      assignmentFrom[i] = Math.toIntExact(from.toEpochDay());
      assignmentTo[i] = Math.toIntExact(to.toEpochDay());
      count[p]++;
    }
    // By participant, in the file's order, then each participant's by from (a stable sort).
    assignmentStart = starts(count);
    assignmentOrder = new int[assignmentStart[count.length - 1]];
    int[] next = Arrays.copyOf(assignmentStart, count.length);
    for (int i = 0; i < size; i++) {
      if (person[i] >= 0) {
        assignmentOrder[next[person[i]]++] = i;
      }
    }
    boolean overlaps = false;
    for (int p = 0; p + 1 < assignmentStart.length; p++) {
      int lo = assignmentStart[p];
      int hi = assignmentStart[p + 1];
      for (int j = lo + 1; j < hi; j++) {
        int x = assignmentOrder[j];
        int k = j - 1;
        while (k >= lo && assignmentFrom[assignmentOrder[k]] > assignmentFrom[x]) {
          assignmentOrder[k + 1] = assignmentOrder[k];
          k--;
        }
        assignmentOrder[k + 1] = x;
      }
      for (int j = lo + 1; j < hi; j++) {
        overlaps |= assignmentFrom[assignmentOrder[j]] <= assignmentTo[assignmentOrder[j - 1]];
      }
    }
    if (overlaps) {
      // A participant has one plan on any day: named in the order the participants were hashed
      // when they were kept in a HashMap filled by computeIfAbsent (which puts a key first in its
      // bucket, where putIfAbsent puts it last).
      Map<String, Integer> byId = new HashMap<>();
      for (int i = 0; i < size; i++) {
        if (person[i] >= 0) {
          int who = person[i];
          byId.computeIfAbsent(participantList.get(who).id(), k -> who);
        }
      }
      byId.forEach(
          (id, p) -> {
            for (int j = assignmentStart[p] + 1; j < assignmentStart[p + 1]; j++) {
              int before = assignmentOrder[j - 1];
              int next1 = assignmentOrder[j];
              if (assignmentFrom[next1] <= assignmentTo[before]) {
                problems.add(
                    "$.assignments["
                        + next1
                        + "].from: overlaps assignments["
                        + before
                        + "]; a participant has one plan on any day");
              }
            }
          });
    }
  }

  /** Where each participant's entries start in a list by participant, and its end last. */
  private static int[] starts(int[] count) {
    int[] starts = new int[count.length];
    int sum = 0;
    for (int p = 0; p < count.length; p++) {
      starts[p] = sum;
      sum += count[p];
    }
    return starts;
  }

  /**
   * The assignment's targets: a number for every period, or numbers by period end; above 0. Each
   * problem is named when {@code check}; made again without checking when calculated.
   */
  private Targets targets(int i, Scenario.Assignment a, PlanRules plan, boolean check) {
    Targets targets = new Targets();
    Map<String, Object> given = a.targets() == null ? Map.of() : a.targets();
    if (check) {
      for (PlanRules.MeasureRule m : plan.measures()) {
        if (!m.isRated() && !given.containsKey(m.code())) {
          problems.add(
              assignment(i)
                  + ".targets."
                  + m.code()
                  + ": a target above 0 is required (attainment divides by it)");
        }
      }
    }
    for (var t : given.entrySet()) {
      PlanRules.MeasureRule m = plan.measure(t.getKey());
      if (m == null) {
        if (check) {
          problems.add(
              assignment(i)
                  + ".targets."
                  + t.getKey()
                  + ": plan "
                  + plan.code()
                  + " has no such measure");
        }
        continue;
      }
      if (m.isRated()) {
        if (check) {
          problems.add(
              assignment(i)
                  + ".targets."
                  + t.getKey()
                  + ": \""
                  + m.name()
                  + "\" is rated and takes no target");
        }
        continue;
      }
      Object value = t.getValue();
      if (value instanceof Number n) {
        BigDecimal v = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        if (check && v.signum() <= 0) {
          problems.add(
              assignment(i)
                  + ".targets."
                  + t.getKey()
                  + ": a target above 0 is required (attainment divides by it)");
        }
        targets.every(m.code(), v);
      } else if (value instanceof Map<?, ?> schedule && !schedule.isEmpty()) {
        for (var e : schedule.entrySet()) {
          String text = String.valueOf(e.getKey());
          LocalDate d;
          if (check) {
            String p = assignment(i) + ".targets." + t.getKey() + "." + e.getKey();
            d = date(text, p, true);
            if (!(e.getValue() instanceof Number n) || new BigDecimal(n.toString()).signum() <= 0) {
              problems.add(p + ": a target above 0 is required (attainment divides by it)");
              continue;
            }
          } else {
            d = LocalDate.parse(text);
          }
          if (d != null) {
            targets.set(m.code(), d, new BigDecimal(e.getValue().toString()));
          }
        }
      } else if (check) {
        problems.add(
            assignment(i)
                + ".targets."
                + t.getKey()
                + ": a number, or numbers by period end {\"2026-03-31\": 250000, ...}");
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
      if (people.get(t.participant()) < 0) {
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
          && people.get(t.participant()) >= 0) {
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

  private static String actual(int k) {
    return "$.actuals[" + k + "]";
  }

  /** The given actuals, checked; each must be placeable in one assignment. */
  private void actuals() {
    List<Scenario.Actual> list = list(scenario.actuals());
    actualList = list;
    int size = list.size();
    int[] person = new int[size];
    Arrays.fill(person, -1);
    actualDay = new int[size];
    String[] measureOf = new String[size];
    int[] count = new int[participantList.size() + 1];
    // the actual each problem from here on is of, to put the second actuals of a day among them
    int first = problems.size();
    int[] problemOf = new int[16];
    for (int k = 0; k < size; k++) {
      check(k, list.get(k), person, measureOf, count);
      while (first + problemOf.length < problems.size()) {
        problemOf = Arrays.copyOf(problemOf, problemOf.length * 2);
      }
      for (int q = problems.size() - 1; q >= first && problemOf[q - first] == 0; q--) {
        problemOf[q - first] = k + 1;
      }
    }
    // By participant in the file's order; a second actual of a participant on a measure for the
    // same day is a problem, and counts in nothing.
    actualStart = starts(count);
    actualOrder = new int[actualStart[count.length - 1]];
    int[] next = Arrays.copyOf(actualStart, count.length);
    for (int k = 0; k < size; k++) {
      if (person[k] >= 0) {
        actualOrder[next[person[k]]++] = k;
      }
    }
    List<int[]> seconds = new ArrayList<>();
    int kept = 0;
    for (int p = 0; p + 1 < actualStart.length; p++) {
      int lo = actualStart[p];
      int hi = actualStart[p + 1];
      int from = kept;
      actualStart[p] = from;
      Set<List<Object>> seen = hi - lo > 32 ? new HashSet<>() : null;
      for (int j = lo; j < hi; j++) {
        int k = actualOrder[j];
        boolean second = false;
        if (seen != null) {
          second = !seen.add(List.of(measureOf[k], actualDay[k]));
        } else {
          // against this participant's actuals kept so far (moved to from .. kept)
          for (int q = from; q < kept && !second; q++) {
            int o = actualOrder[q];
            second = actualDay[o] == actualDay[k] && measureOf[o].equals(measureOf[k]);
          }
        }
        if (second) {
          seconds.add(new int[] {k});
        } else {
          actualOrder[kept++] = k;
        }
      }
    }
    actualStart[actualStart.length - 1] = kept;
    if (kept < actualOrder.length) {
      actualOrder = Arrays.copyOf(actualOrder, kept);
    }
    if (!seconds.isEmpty()) {
      List<String> named = new ArrayList<>(problems.subList(first, problems.size()));
      problems.subList(first, problems.size()).clear();
      seconds.sort(Comparator.comparingInt(s -> s[0]));
      int q = 0;
      for (int[] s : seconds) {
        int k = s[0];
        while (q < named.size() && problemOf[q] - 1 < k) {
          problems.add(named.get(q++));
        }
        Scenario.Actual x = list.get(k);
        problems.add(
            actual(k)
                + ".measure: a second actual of "
                + x.participant()
                + " on "
                + x.measure()
                + " for the same day");
      }
      while (q < named.size()) {
        problems.add(named.get(q++));
      }
    }
  }

  /** One actual: a problem, or the participant and the day it counts for. */
  private void check(int k, Scenario.Actual x, int[] person, String[] measureOf, int[] count) {
    int p = people.get(x.participant());
    if (p < 0) {
      problems.add(actual(k) + ".participant: no participant \"" + x.participant() + "\"");
      return;
    }
    if (x.value() == null) {
      problems.add(actual(k) + ".value: is required");
      return;
    }
    if (!periodKnown()) {
      return;
    }
    LocalDate date = date(x.date(), "$.actuals[", k, "].date", false);
    if (x.date() != null && date == null) {
      return;
    }
    long startDay = start.toEpochDay();
    long endDay = end.toEpochDay();
    int lo = assignmentStart[p];
    int hi = assignmentStart[p + 1];
    int inPeriod = 0;
    int only = -1;
    for (int j = lo; j < hi; j++) {
      int i = assignmentOrder[j];
      if (assignmentTo[i] >= startDay && assignmentFrom[i] <= endDay) {
        inPeriod++;
        only = i;
      }
    }
    if (inPeriod == 0) {
      problems.add(
          actual(k) + ".participant: " + x.participant() + " has no assignment in the period");
      return;
    }
    int target = -1;
    if (date != null) {
      long day = date.toEpochDay();
      for (int j = lo; j < hi; j++) {
        int i = assignmentOrder[j];
        if (assignmentTo[i] >= startDay
            && assignmentFrom[i] <= endDay
            && day >= assignmentFrom[i]
            && day <= assignmentTo[i]
            && day >= startDay
            && day <= endDay) {
          target = i;
        }
      }
      if (target < 0) {
        problems.add(
            actual(k)
                + ".date: "
                + date
                + " lies in none of the participant's assignments in the period");
        return;
      }
    } else if (inPeriod > 1) {
      problems.add(
          actual(k)
              + ".date: "
              + x.participant()
              + " has two assignments in the period; say which day the actual belongs to");
      return;
    } else {
      target = only;
      PlanRules plan = assignmentPlan[target];
      if (plan.paysAdvances() || plan.payoutEveryMonths() < FiscalCalendar.months(start, end)) {
        problems.add(
            actual(k)
                + ".date: the period holds several payout dates; say which day the actual"
                + " belongs to");
        return;
      }
      date = day((int) Math.min(assignmentTo[target], endDay));
    }
    PlanRules plan = assignmentPlan[target];
    PlanRules.MeasureRule measure = plan.measure(x.measure());
    if (measure == null) {
      problems.add(
          actual(k) + ".measure: plan " + plan.code() + " has no measure \"" + x.measure() + "\"");
      return;
    }
    if (measure.data().fromDeals()) {
      problems.add(
          actual(k) + ".measure: \"" + x.measure() + "\" is computed from the deals, not given");
      return;
    }
    if (measure.isRated()) {
      String problem = measure.ratingProblem(x.value());
      if (problem != null) {
        problems.add(actual(k) + ".value: " + problem);
        return;
      }
    }
    person[k] = p;
    actualDay[k] = Math.toIntExact(date.toEpochDay());
    measureOf[k] = x.measure();
    count[p]++;
  }

  // --- conversions -----------------------------------------------------------------------------

  private LocalDate date(String text, String prefix, int index, String suffix, boolean required) {
    if (text != null) {
      LocalDate d = dates.get(text);
      if (d != null) {
        return d;
      }
    }
    return date(text, prefix + index + suffix, required);
  }

  private LocalDate date(String text, String at, boolean required) {
    if (text == null) {
      if (required) {
        problems.add(at + ": is required");
      }
      return null;
    }
    LocalDate known = dates.get(text);
    if (known != null) {
      return known;
    }
    try {
      LocalDate d = LocalDate.parse(text);
      if (dates.size() < DATE_CACHE) {
        dates.put(text, d);
      }
      return d;
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
