package org.kamcomp.scoring.calculator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
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
import org.kamcomp.scoring.Advances;
import org.kamcomp.scoring.Crediting;
import org.kamcomp.scoring.Draws;
import org.kamcomp.scoring.PayoutRounding;
import org.kamcomp.scoring.Rational;
import org.kamcomp.scoring.Scorecard;
import org.kamcomp.scoring.ScorecardEngine;
import org.kamcomp.scoring.Statement;
import org.kamcomp.scoring.Windfall;

/**
 * Checks a scenario and calculates it: for every assignment, a statement per performance period it
 * touches (or, with advances, a year-to-date statement at each payout date), what each pays (draws,
 * advances and the true-up applied), crediting the deals through the account teams by the plan's
 * rules. Every problem is reported with the path of its field ({@code $.assignments[2].targets.
 * revenue}); nothing is calculated from a scenario with any problem.
 */
public final class ScenarioRun {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Set<String> DATA = Set.of("GIVEN", "BOOKINGS", "MARGIN", "MARGIN_PERCENT");

  /** The result: the statements, and what each payout date pays. */
  public record Result(List<Statement> statements, List<Payout> payouts) {}

  /**
   * What one payout pays: a performance period's payout (after a draw), an advance or the true-up.
   */
  public record Payout(
      String participant,
      String plan,
      String date,
      String kind,
      BigDecimal earned,
      BigDecimal amount,
      BigDecimal balance,
      List<String> explanation,
      List<String> heldWindfalls) {}

  private final Scenario scenario;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, List<Crediting.Credit>> creditsByPlan = new HashMap<>();
  // What the calculation reads and writes, once the scenario is checked.
  private List<Given> given = List.of();
  private Set<String> released = Set.of();
  private final List<Statement> statements = new ArrayList<>();
  private final List<Payout> payouts = new ArrayList<>();
  private int periodMonths = 12;

  private ScenarioRun(Scenario scenario) {
    this.scenario = scenario;
  }

  /**
   * The statements and payouts of a scenario, by participant and date.
   *
   * @throws ScenarioException naming every bad field
   */
  public static Result calculate(Scenario scenario) {
    return new ScenarioRun(scenario).run();
  }

  private record Span(LocalDate from, LocalDate to) {
    boolean contains(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }

    boolean overlaps(Span o) {
      return !o.to.isBefore(from) && !to.isBefore(o.from);
    }

    Span clip(Span o) {
      return new Span(from.isAfter(o.from) ? from : o.from, to.isBefore(o.to) ? to : o.to);
    }
  }

  private record Given(
      String participant, String measure, BigDecimal value, LocalDate date, String at) {}

  private Result run() {
    if (scenario == null) {
      throw new ScenarioException(List.of("$: the file holds no scenario"));
    }
    Span period = period();
    if (!period.from().equals(LocalDate.MIN)) {
      periodMonths = monthsOf(period);
    }
    Map<String, Scenario.Plan> plans = plans(period);
    Map<String, Scenario.Participant> people = participants();
    List<Scenario.Assignment> assignments = list(scenario.assignments());
    Map<Integer, Span> spans = new HashMap<>();
    for (int i = 0; i < assignments.size(); i++) {
      Span span = assignment(i, assignments.get(i), plans, people);
      if (span != null) {
        spans.put(i, span);
      }
    }
    overlaps(assignments, spans);
    List<Crediting.Membership> teams = teams(people);
    List<Crediting.Deal> deals = deals();
    given = actuals(people, plans, assignments, spans, period);
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    for (Scenario.Plan plan : plans.values()) {
      if (usesDeals(plan)) {
        credits(plan, deals, teams);
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    List<Integer> order =
        spans.keySet().stream()
            .filter(i -> spans.get(i).overlaps(period))
            .sorted(
                Comparator.comparing((Integer i) -> assignments.get(i).participant())
                    .thenComparing(i -> spans.get(i).from()))
            .toList();
    released = Set.copyOf(list(scenario.releasedWindfalls()));
    for (int i : order) {
      Scenario.Assignment a = assignments.get(i);
      Scenario.Plan plan = plans.get(a.plan());
      Span assigned = spans.get(i).clip(period);
      String at = "$.assignments[" + i + "]";
      if (plan.advances() != null) {
        advances(at, a, plan, people.get(a.participant()), period, assigned);
      } else {
        periods(at, a, plan, people.get(a.participant()), period, assigned);
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return new Result(List.copyOf(statements), List.copyOf(payouts));
  }

  // --- the calculations ------------------------------------------------------------------------

  private void periods(
      String at,
      Scenario.Assignment a,
      Scenario.Plan plan,
      Scenario.Participant person,
      Span period,
      Span assigned) {
    int months =
        plan.performancePeriodMonths() == null ? monthsOf(period) : plan.performancePeriodMonths();
    List<Draws.Period> drawPeriods = new ArrayList<>();
    List<Statement> mine = new ArrayList<>();
    List<List<String>> heldPerPeriod = new ArrayList<>();
    for (LocalDate start = period.from();
        !start.isAfter(period.to());
        start = start.plusMonths(months)) {
      Span p = new Span(start, start.plusMonths(months).minusDays(1));
      if (!p.overlaps(assigned)) {
        continue;
      }
      Span days = p.clip(assigned);
      List<String> heldDeals = new ArrayList<>();
      Scorecard card = scorecard(at, a, plan, p.to(), days, heldDeals);
      if (card == null) {
        continue;
      }
      Statement s =
          ScorecardEngine.calculate(
              new ScorecardEngine.Calculation(
                  a.participant(),
                  plan.code(),
                  Currency.getInstance(plan.currency()),
                  annualTargetIncentive(plan, person),
                  p.from(),
                  p.to(),
                  days.from(),
                  days.to(),
                  card));
      statements.add(s);
      mine.add(s);
      heldPerPeriod.add(heldDeals);
      if (plan.draw() != null) {
        int digits = Currency.getInstance(plan.currency()).getDefaultFractionDigits();
        BigDecimal draw =
            PayoutRounding.round(
                Rational.of(plan.draw().amountPerPeriod())
                    .multiply(
                        Rational.of(
                            ChronoUnit.DAYS.between(days.from(), days.to()) + 1,
                            ChronoUnit.DAYS.between(p.from(), p.to()) + 1)),
                digits);
        BigDecimal earned = s.payout() == null ? BigDecimal.ZERO.setScale(digits) : s.payout();
        drawPeriods.add(new Draws.Period(p.to().toString(), earned, draw));
      }
    }
    if (plan.draw() != null) {
      List<Draws.Payout> applied =
          Draws.apply(
              drawPeriods,
              Draws.Kind.valueOf(plan.draw().kind()),
              Boolean.TRUE.equals(plan.draw().carriesOver()),
              null);
      for (int k = 0; k < applied.size(); k++) {
        Draws.Payout d = applied.get(k);
        payouts.add(
            new Payout(
                a.participant(),
                plan.code(),
                d.label(),
                "PERIOD",
                d.earned(),
                d.paid(),
                d.balance(),
                d.explanation().stream().map(Object::toString).toList(),
                heldPerPeriod.get(k)));
      }
    } else {
      for (int k = 0; k < mine.size(); k++) {
        Statement s = mine.get(k);
        payouts.add(
            new Payout(
                a.participant(),
                plan.code(),
                s.periodEnd(),
                s.status() == Statement.Status.HELD ? "HELD" : "PERIOD",
                s.payout(),
                s.payout(),
                null,
                List.of(),
                heldPerPeriod.get(k)));
      }
    }
  }

  private void advances(
      String at,
      Scenario.Assignment a,
      Scenario.Plan plan,
      Scenario.Participant person,
      Span period,
      Span assigned) {
    int every = plan.advances().everyMonths() == null ? 3 : plan.advances().everyMonths();
    List<Advances.PayoutDate> dates = new ArrayList<>();
    List<List<String>> heldPerDate = new ArrayList<>();
    for (LocalDate end = period.from().plusMonths(every).minusDays(1);
        !end.isAfter(period.to());
        end = YearMonth.from(end.plusMonths(every)).atEndOfMonth()) {
      if (end.isBefore(assigned.from())) {
        continue;
      }
      Span toDate = new Span(period.from(), end);
      Span days = toDate.clip(assigned);
      List<String> heldDeals = new ArrayList<>();
      Scorecard card = scorecard(at, a, plan, end, days, heldDeals);
      if (card == null) {
        return;
      }
      dates.add(
          new Advances.PayoutDate(
              end,
              new ScorecardEngine.Calculation(
                  a.participant(),
                  plan.code(),
                  Currency.getInstance(plan.currency()),
                  annualTargetIncentive(plan, person),
                  period.from(),
                  end,
                  days.from(),
                  days.to(),
                  card)));
      heldPerDate.add(heldDeals);
    }
    List<Advances.Event> events =
        Advances.schedule(
            dates, plan.advances().ratePercent(), Boolean.TRUE.equals(plan.advances().forgiven()));
    for (int k = 0; k < events.size(); k++) {
      Advances.Event e = events.get(k);
      statements.add(e.statement());
      payouts.add(
          new Payout(
              a.participant(),
              plan.code(),
              e.date().toString(),
              e.kind().name(),
              e.earnedToDate(),
              e.amount(),
              e.recoverable(),
              e.explanation().stream().map(Object::toString).toList(),
              heldPerDate.get(k)));
    }
  }

  /**
   * The scorecard of one calculation: targets for {@code targetDate}, actuals within {@code days}.
   */
  private Scorecard scorecard(
      String at,
      Scenario.Assignment a,
      Scenario.Plan plan,
      LocalDate targetDate,
      Span days,
      List<String> heldDeals) {
    List<Scorecard.Measure> measures = new ArrayList<>();
    for (Scenario.Measure m : list(plan.measures())) {
      boolean rated = Boolean.TRUE.equals(m.rated());
      BigDecimal target = rated ? null : target(at, a, m.code(), targetDate);
      if (!rated && target == null) {
        return null;
      }
      measures.add(
          new Scorecard.Measure(
              m.code(),
              m.name(),
              m.weightPercent(),
              rated ? null : direction(m.direction()),
              target,
              actual(a, plan, m, days, heldDeals),
              curve(m.curve())));
    }
    return scorecard(plan, measures);
  }

  private BigDecimal actual(
      Scenario.Assignment a,
      Scenario.Plan plan,
      Scenario.Measure m,
      Span days,
      List<String> heldDeals) {
    String data = m.data() == null ? "GIVEN" : m.data();
    if (data.equals("GIVEN")) {
      boolean latest = Boolean.TRUE.equals(m.rated());
      BigDecimal value = null;
      LocalDate when = null;
      for (Given g : given) {
        if (!g.participant().equals(a.participant()) || !g.measure().equals(m.code())) {
          continue;
        }
        if (g.date() != null && !days.contains(g.date())) {
          continue;
        }
        if (latest) {
          if (value == null || (g.date() != null && (when == null || g.date().isAfter(when)))) {
            value = g.value();
            when = g.date();
          }
        } else {
          value = value == null ? g.value() : value.add(g.value());
        }
      }
      return value;
    }
    List<Crediting.Credit> mine =
        creditsByPlan.getOrDefault(plan.code(), List.of()).stream()
            .filter(c -> c.participant().equals(a.participant()))
            .toList();
    BigDecimal threshold =
        plan.crediting() == null ? null : plan.crediting().windfallThresholdPercent();
    // A windfall is a share of an annual target amount: it applies to summed amounts, not to a
    // ratio such as margin %.
    if (threshold != null && !data.equals("MARGIN_PERCENT")) {
      int months =
          plan.advances() != null
              ? 12
              : plan.performancePeriodMonths() != null
                  ? plan.performancePeriodMonths()
                  : periodMonths;
      BigDecimal annual = annualTarget(a, plan, m.code(), months);
      Windfall.Review review = Windfall.review(mine, annual, threshold, released);
      mine = review.counted();
      review.held().stream()
          .filter(c -> !c.clawback() && days.contains(c.date()))
          .map(Crediting.Credit::dealId)
          .distinct()
          .filter(id -> !heldDeals.contains(id))
          .forEach(heldDeals::add);
    }
    Rational value = Crediting.total(mine, a.participant(), days.from(), days.to());
    Rational margin = Crediting.margin(mine, a.participant(), days.from(), days.to());
    return switch (data) {
      case "BOOKINGS" -> value.round(10, RoundingMode.HALF_UP).stripTrailingZeros();
      case "MARGIN" -> margin.round(10, RoundingMode.HALF_UP).stripTrailingZeros();
      default ->
          value.signum() == 0
              ? BigDecimal.ZERO
              : margin
                  .multiply(Rational.HUNDRED)
                  .divide(value)
                  .round(10, RoundingMode.HALF_UP)
                  .stripTrailingZeros();
    };
  }

  // --- checks ----------------------------------------------------------------------------------

  private Span period() {
    Scenario.Period p = scenario.period();
    if (p == null) {
      problems.add("$.period: is required");
      return new Span(LocalDate.MIN, LocalDate.MIN);
    }
    LocalDate start = date(p.start(), "$.period.start", true);
    LocalDate end = date(p.end(), "$.period.end", true);
    if (start == null || end == null) {
      return new Span(LocalDate.MIN, LocalDate.MIN);
    }
    if (start.getDayOfMonth() != 1) {
      problems.add("$.period.start: a period starts on a month's first day");
    }
    if (!end.equals(end.withDayOfMonth(end.lengthOfMonth())) || end.isBefore(start)) {
      problems.add("$.period.end: a period ends on a month's last day, after its start");
    }
    return new Span(start, end);
  }

  private static int monthsOf(Span period) {
    return (int) ChronoUnit.MONTHS.between(period.from(), period.to().plusDays(1));
  }

  private Map<String, Scenario.Plan> plans(Span period) {
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
      Integer months = p.performancePeriodMonths();
      if (months != null && (months < 1 || monthsOf(period) % months != 0)) {
        problems.add(
            at + ".performancePeriodMonths: the scenario's period holds a whole number of them");
      }
      for (int m = 0; m < list(p.measures()).size(); m++) {
        Scenario.Measure measure = p.measures().get(m);
        if (measure.data() != null && !DATA.contains(measure.data())) {
          problems.add(
              at + ".measures[" + m + "].data: one of GIVEN, BOOKINGS, MARGIN, MARGIN_PERCENT");
        }
        if (Boolean.TRUE.equals(measure.rated())
            && measure.data() != null
            && !"GIVEN".equals(measure.data())) {
          problems.add(at + ".measures[" + m + "].data: a rated measure is GIVEN (its ratings)");
        }
      }
      if (p.crediting() != null
          && p.crediting().rule() != null
          && !Set.of("TCV", "ACV", "FIRST_YEAR").contains(p.crediting().rule())) {
        problems.add(at + ".crediting.rule: one of TCV, ACV, FIRST_YEAR");
      }
      if (p.advances() != null) {
        Integer every = p.advances().everyMonths();
        if (p.advances().ratePercent() == null
            || p.advances().ratePercent().signum() < 0
            || p.advances().ratePercent().compareTo(HUNDRED) > 0) {
          problems.add(at + ".advances.ratePercent: an advance rate between 0 and 100");
        }
        if (every != null && (every < 1 || monthsOf(period) % every != 0)) {
          problems.add(
              at + ".advances.everyMonths: the scenario's period holds a whole number of them");
        }
        if (p.draw() != null) {
          problems.add(at + ".draw: a plan with advances has no draw in this calculator");
        }
      }
      if (p.draw() != null
          && (p.draw().amountPerPeriod() == null
              || p.draw().amountPerPeriod().signum() < 0
              || !Set.of("GUARANTEE", "RECOVERABLE").contains(p.draw().kind()))) {
        problems.add(
            at + ".draw: a kind (GUARANTEE or RECOVERABLE) and an amountPerPeriod of at least 0");
      }
      // The scorecard's own rules, with stand-in targets: the real ones come with assignments.
      try {
        List<Scorecard.Measure> measures = new ArrayList<>();
        for (Scenario.Measure m : list(p.measures())) {
          boolean rated = Boolean.TRUE.equals(m.rated());
          measures.add(
              new Scorecard.Measure(
                  m.code(),
                  m.name(),
                  m.weightPercent(),
                  rated ? null : direction(m.direction()),
                  rated ? null : BigDecimal.ONE,
                  null,
                  curve(m.curve())));
        }
        scorecard(p, measures).problems(at).forEach(problems::add);
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
      Map<String, Object> targets = a.targets() == null ? Map.of() : a.targets();
      Set<String> codes = new HashSet<>();
      for (Scenario.Measure m : list(plan.measures())) {
        codes.add(m.code());
        if (!Boolean.TRUE.equals(m.rated()) && !targets.containsKey(m.code())) {
          problems.add(
              at
                  + ".targets."
                  + m.code()
                  + ": a target above 0 is required (attainment divides by it)");
        }
      }
      for (var t : targets.entrySet()) {
        if (!codes.contains(t.getKey())) {
          problems.add(
              at + ".targets." + t.getKey() + ": plan " + plan.code() + " has no such measure");
        } else {
          targetValues(at + ".targets." + t.getKey(), t.getValue());
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

  /** A target: a number, or numbers by period end; each above 0. */
  private TreeMap<LocalDate, BigDecimal> targetValues(String at, Object value) {
    TreeMap<LocalDate, BigDecimal> byDate = new TreeMap<>();
    if (value instanceof Number n) {
      BigDecimal v = new BigDecimal(n.toString());
      if (v.signum() <= 0) {
        problems.add(at + ": a target above 0 is required (attainment divides by it)");
      }
      byDate.put(LocalDate.MAX, v);
    } else if (value instanceof Map<?, ?> schedule && !schedule.isEmpty()) {
      for (var e : schedule.entrySet()) {
        String path = at + "." + e.getKey();
        LocalDate d = date(String.valueOf(e.getKey()), path, true);
        if (!(e.getValue() instanceof Number n) || new BigDecimal(n.toString()).signum() <= 0) {
          problems.add(path + ": a target above 0 is required (attainment divides by it)");
        } else if (d != null) {
          byDate.put(d, new BigDecimal(n.toString()));
        }
      }
    } else {
      problems.add(at + ": a number, or numbers by period end {\"2026-03-31\": 250000, ...}");
    }
    return byDate;
  }

  private BigDecimal target(String at, Scenario.Assignment a, String measure, LocalDate periodEnd) {
    TreeMap<LocalDate, BigDecimal> byDate =
        targetValues(at + ".targets." + measure, a.targets().get(measure));
    if (byDate.containsKey(LocalDate.MAX)) {
      return byDate.get(LocalDate.MAX);
    }
    BigDecimal target = byDate.get(periodEnd);
    if (target == null) {
      problems.add(at + ".targets." + measure + ": no target for the period ending " + periodEnd);
    }
    return target;
  }

  /**
   * The participant's annual target on a measure: with advances, the last of the cumulative
   * schedule; otherwise the year's period targets added up (a plain number is each period's
   * target).
   */
  private static BigDecimal annualTarget(
      Scenario.Assignment a, Scenario.Plan plan, String measure, int periodMonths) {
    Object t = a.targets().get(measure);
    if (t instanceof Number n) {
      return new BigDecimal(n.toString()).multiply(BigDecimal.valueOf(12L / periodMonths));
    }
    BigDecimal max = BigDecimal.ZERO;
    BigDecimal sum = BigDecimal.ZERO;
    for (Object v : ((Map<?, ?>) t).values()) {
      BigDecimal x = new BigDecimal(v.toString());
      max = max.max(x);
      sum = sum.add(x);
    }
    return plan.advances() != null ? max : sum;
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

  private List<Crediting.Membership> teams(Map<String, Scenario.Participant> people) {
    List<Crediting.Membership> teams = new ArrayList<>();
    List<Scenario.TeamMember> list = list(scenario.teams());
    for (int i = 0; i < list.size(); i++) {
      Scenario.TeamMember t = list.get(i);
      String at = "$.teams[" + i + "]";
      if (!people.containsKey(t.participant())) {
        problems.add(at + ".participant: no participant \"" + t.participant() + "\"");
      }
      if (t.account() == null) {
        problems.add(at + ".account: is required");
      }
      if (t.splitPercent() == null
          || t.splitPercent().signum() <= 0
          || t.splitPercent().compareTo(HUNDRED) > 0) {
        problems.add(at + ".splitPercent: a split above 0 and at most 100");
      }
      LocalDate from = date(t.from(), at + ".from", true);
      LocalDate to = date(t.to(), at + ".to", false);
      if (from != null && to != null && to.isBefore(from)) {
        problems.add(at + ".to: the membership ends before it starts");
      }
      if (from != null && t.account() != null && t.splitPercent() != null) {
        teams.add(
            new Crediting.Membership(t.account(), t.participant(), t.splitPercent(), from, to));
      }
    }
    return teams;
  }

  private List<Crediting.Deal> deals() {
    List<Crediting.Deal> deals = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Scenario.Deal> list = list(scenario.deals());
    for (int i = 0; i < list.size(); i++) {
      Scenario.Deal d = list.get(i);
      String at = "$.deals[" + i + "]";
      if (d.id() == null || !ids.add(d.id())) {
        problems.add(at + ".id: each deal has its own id");
      }
      if (d.account() == null) {
        problems.add(at + ".account: is required");
      }
      if (d.amount() == null) {
        problems.add(at + ".amount: is required");
      }
      int term = d.termMonths() == null ? 12 : d.termMonths();
      if (term < 1) {
        problems.add(at + ".termMonths: a contract runs at least 1 month");
      }
      LocalDate booked = date(d.booked(), at + ".booked", true);
      LocalDate cancelled = date(d.cancelledOn(), at + ".cancelledOn", false);
      if (booked != null && cancelled != null && cancelled.isBefore(booked)) {
        problems.add(at + ".cancelledOn: a deal cannot be cancelled before it was booked");
      }
      if (d.id() != null
          && d.account() != null
          && d.amount() != null
          && booked != null
          && term >= 1) {
        deals.add(
            new Crediting.Deal(
                d.id(),
                d.account(),
                booked,
                d.amount(),
                d.margin(),
                term,
                d.firstYearAmount(),
                cancelled));
      }
    }
    return deals;
  }

  private static boolean usesDeals(Scenario.Plan plan) {
    return list(plan.measures()).stream()
        .anyMatch(m -> m.data() != null && !m.data().equals("GIVEN"));
  }

  private void credits(
      Scenario.Plan plan, List<Crediting.Deal> deals, List<Crediting.Membership> teams) {
    Scenario.Crediting c = plan.crediting();
    try {
      creditsByPlan.put(
          plan.code(),
          Crediting.credits(
              deals,
              teams,
              c == null || c.rule() == null ? Crediting.Rule.ACV : Crediting.Rule.valueOf(c.rule()),
              c == null || c.clawbackWindowMonths() == null ? 0 : c.clawbackWindowMonths(),
              c == null || c.overlayAllowed() == null || c.overlayAllowed()));
    } catch (IllegalArgumentException e) {
      String deal = e.getMessage().replaceAll("^deal ([^:]+):.*$", "$1");
      int index = 0;
      for (int i = 0; i < list(scenario.deals()).size(); i++) {
        if (deal.equals(scenario.deals().get(i).id())) {
          index = i;
        }
      }
      problems.add("$.deals[" + index + "]: " + e.getMessage() + " (plan " + plan.code() + ")");
    }
  }

  /** The given actuals, checked; each must be placeable in one assignment. */
  private List<Given> actuals(
      Map<String, Scenario.Participant> people,
      Map<String, Scenario.Plan> plans,
      List<Scenario.Assignment> assignments,
      Map<Integer, Span> spans,
      Span period) {
    List<Given> given = new ArrayList<>();
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
      LocalDate date = date(x.date(), at + ".date", false);
      List<Integer> theirs =
          spans.keySet().stream()
              .filter(
                  i ->
                      x.participant().equals(assignments.get(i).participant())
                          && spans.get(i).overlaps(period))
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
        Scenario.Plan p = plans.get(assignments.get(target).plan());
        boolean several =
            p != null
                && (p.advances() != null
                    || (p.performancePeriodMonths() != null
                        && p.performancePeriodMonths() < monthsOf(period)));
        if (several) {
          problems.add(
              at
                  + ".date: the period holds several payout dates; say which day the actual belongs to");
          continue;
        }
      }
      Scenario.Plan plan = plans.get(assignments.get(target).plan());
      Scenario.Measure measure =
          plan == null
              ? null
              : list(plan.measures()).stream()
                  .filter(m -> m.code().equals(x.measure()))
                  .findFirst()
                  .orElse(null);
      if (plan != null && measure == null) {
        problems.add(
            at + ".measure: plan " + plan.code() + " has no measure \"" + x.measure() + "\"");
        continue;
      }
      if (measure != null && measure.data() != null && !measure.data().equals("GIVEN")) {
        problems.add(
            at + ".measure: \"" + x.measure() + "\" is computed from the deals, not given");
        continue;
      }
      if (!seen.add(List.of(target, x.measure(), date == null ? "" : date))) {
        problems.add(
            at
                + ".measure: a second actual of "
                + x.participant()
                + " on "
                + x.measure()
                + " for the same day");
        continue;
      }
      given.add(new Given(x.participant(), x.measure(), x.value(), date, at));
    }
    return given;
  }

  // --- conversions -----------------------------------------------------------------------------

  private static BigDecimal annualTargetIncentive(Scenario.Plan plan, Scenario.Participant p) {
    Scenario.TargetIncentive ti = plan.targetIncentive();
    return "PERCENT_OF_BASE".equals(ti.kind())
        ? p.baseSalary().multiply(ti.value()).divide(HUNDRED)
        : ti.value();
  }

  private static Scorecard scorecard(Scenario.Plan plan, List<Scorecard.Measure> measures) {
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
