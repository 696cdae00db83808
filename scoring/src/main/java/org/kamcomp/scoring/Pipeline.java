package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The calculation pipeline, once for every path that pays or models pay (the offline calculator,
 * calculation runs, what-if, plan fit): a participant's inputs for one payout period in, their
 * statements out. For each assignment the period pays: the target incentive (annual, for the months
 * of the span, prorated by assigned days); the targets (the period's, or cumulative to the payout
 * date); the deals credited through the account teams by the plan's rule (primary and, when the
 * plan allows it, overlay places; clawbacks within the window); deals in another currency hold the
 * statement (amounts are never converted); windfalls held for review; each measure's actual from
 * its data; the scorecard (attainment, curves, gates, modifier, cap, rounding); then the period
 * payout with its draw, or the advance or true-up net of the advances paid; an overpaid true-up
 * recovered from later payouts; and the adjustments waiting, each on a statement in its currency.
 * Pure: the same inputs give the same statements.
 */
public final class Pipeline {

  private Pipeline() {}

  /**
   * An assignment of the participant to a plan version for a span of days.
   *
   * @param key how the caller names the assignment (the platform's id)
   * @param baseSalary the base salary a percentage target incentive is taken of (null: none known)
   */
  public record Assignment(
      String key,
      PlanRules plan,
      LocalDate from,
      LocalDate to,
      BigDecimal baseSalary,
      Targets targets) {
    public Assignment {
      Objects.requireNonNull(key, "key is required");
      Objects.requireNonNull(plan, "plan is required");
      Objects.requireNonNull(from, "from is required");
      Objects.requireNonNull(to, "to is required");
      Objects.requireNonNull(targets, "targets is required");
    }
  }

  /**
   * What was paid before, for one assignment's plan.
   *
   * @param advancesPaid the advances paid for this performance period before this payout date
   * @param advancesSettled what recalculations of those advances pay as adjustments (decided, so
   *     counted as paid)
   * @param drawBalance the recoverable draw balance left by the plan's last period
   * @param drawBalanceAsOf the last day of that period (null when none): a balance left in an
   *     earlier plan year was forgiven at its end unless the plan carries it over
   * @param overpaidBalance what an overpaid true-up still leaves owed
   */
  public record History(
      BigDecimal advancesPaid,
      BigDecimal advancesSettled,
      BigDecimal drawBalance,
      LocalDate drawBalanceAsOf,
      BigDecimal overpaidBalance) {
    public static final History NONE =
        new History(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO);

    public History {
      advancesPaid = zeroIfNull(advancesPaid);
      advancesSettled = zeroIfNull(advancesSettled);
      drawBalance = zeroIfNull(drawBalance);
      overpaidBalance = zeroIfNull(overpaidBalance);
    }
  }

  /** An assignment to calculate, with what was paid before for it. */
  public record Subject(Assignment assignment, History history) {}

  /**
   * The participant's data: their places on account teams, the deals booked on those accounts,
   * their recorded results and ratings, and the deals released from windfall review.
   */
  public record Data(
      List<Crediting.Membership> memberships,
      Function<String, List<Crediting.Deal>> dealsOn,
      List<Actuals.Result> results,
      Set<String> released) {
    public Data {
      memberships = memberships == null ? List.of() : memberships;
      dealsOn = dealsOn == null ? account -> List.of() : dealsOn;
      results = results == null ? List.of() : results;
      released = released == null ? Set.of() : released;
    }
  }

  /**
   * A participant's payout period: the assignments that touch it, their data, and the adjustments
   * waiting to be paid.
   */
  public record Input(
      FiscalCalendar calendar,
      String participant,
      LocalDate periodStart,
      LocalDate periodEnd,
      List<Subject> subjects,
      Data data,
      List<Adjustments.Adjustment> waiting) {
    public Input {
      Objects.requireNonNull(calendar, "calendar is required");
      Objects.requireNonNull(participant, "participant is required");
      subjects = List.copyOf(subjects);
      waiting = waiting == null ? List.of() : List.copyOf(waiting);
    }
  }

  /**
   * One statement with the exact figures behind it (for modeling: the exact earnings and each
   * measure's exact attainment, by code; empty when held before the scorecard).
   */
  public record Result(
      PayoutStatement statement, Rational exactEarned, Map<String, Rational> attainments) {}

  /** The statements of a payout period, and the adjustments none of them could carry. */
  public record Output(List<Result> results, List<Adjustments.Adjustment> stillWaiting) {
    public List<PayoutStatement> statements() {
      return results.stream().map(Result::statement).toList();
    }
  }

  /**
   * What a plan pays for the payout period {@code start} to {@code end}, or null when it pays
   * nothing for it: a period payout at each performance period's end; with advances, an advance at
   * each earlier payout date and the true-up at the period's end, or at the payout date on or after
   * the assignment's last day when it ends within the period.
   */
  public static PayoutStatement.Kind kind(
      FiscalCalendar calendar,
      PlanRules plan,
      LocalDate assignedTo,
      LocalDate start,
      LocalDate end) {
    int months = plan.payoutEveryMonths();
    if (!FiscalCalendar.LENGTHS.contains(months)
        || !calendar.periodStart(end, months).equals(start)
        || !calendar.isPeriodEnd(end, months)) {
      return null;
    }
    if (!plan.paysAdvances()) {
      return PayoutStatement.Kind.PERIOD;
    }
    boolean periodEnds = calendar.isPeriodEnd(end, plan.performancePeriodMonths());
    return periodEnds || !assignedTo.isAfter(end)
        ? PayoutStatement.Kind.TRUE_UP
        : PayoutStatement.Kind.ADVANCE;
  }

  /**
   * The statements of a participant's payout period: one for each assignment whose plan pays for
   * the period, then the waiting adjustments placed on them.
   */
  public static Output calculate(Input in) {
    List<Result> results = new ArrayList<>();
    for (Subject s : in.subjects()) {
      Assignment a = s.assignment();
      if (a.to().isBefore(in.periodStart()) || a.from().isAfter(in.periodEnd())) {
        continue;
      }
      PayoutStatement.Kind kind =
          kind(in.calendar(), a.plan(), a.to(), in.periodStart(), in.periodEnd());
      if (kind != null) {
        results.add(one(in, s, kind));
      }
    }
    return place(results, in.waiting());
  }

  // --- one assignment -------------------------------------------------------------------------

  private static Result one(Input in, Subject s, PayoutStatement.Kind kind) {
    FiscalCalendar cal = in.calendar();
    Assignment a = s.assignment();
    PlanRules plan = a.plan();
    int digits = plan.currency().getDefaultFractionDigits();
    LocalDate end = in.periodEnd();
    LocalDate start =
        kind == PayoutStatement.Kind.PERIOD
            ? in.periodStart()
            : cal.periodStart(end, plan.performancePeriodMonths());
    LocalDate from = a.from().isAfter(start) ? a.from() : start;
    LocalDate to = a.to().isBefore(end) ? a.to() : end;
    Draft d = new Draft(in, a, kind, start, end, from, to);

    BigDecimal annualTi = plan.targetIncentive().annual(a.baseSalary());
    if (annualTi == null) {
      return d.held(
          in.participant()
              + " has no base salary for a target incentive of "
              + plan.targetIncentive().value().stripTrailingZeros().toPlainString()
              + " % of base");
    }
    Map<String, BigDecimal> targets = new HashMap<>();
    for (PlanRules.MeasureRule m : plan.measures()) {
      if (!m.isRated()) {
        BigDecimal t = a.targets().at(m.code(), end);
        if (t == null) {
          return d.held("No target for \"" + m.name() + "\" to " + end);
        }
        targets.put(m.code(), t);
      }
    }

    List<Crediting.Credit> credits =
        plan.usesDeals()
            ? Crediting.credits(
                in.participant(),
                in.data().memberships(),
                in.data().dealsOn(),
                plan.crediting(),
                from,
                to)
            : List.of();
    for (Crediting.Credit c : credits) {
      if (c.currency() != null && !c.currency().equals(plan.currency())) {
        return d.held(
            "Deal "
                + c.dealId()
                + " on "
                + c.account()
                + " is in "
                + c.currency().getCurrencyCode()
                + " and plan "
                + plan.code()
                + " pays in "
                + plan.currency().getCurrencyCode()
                + ": amounts are never converted; correct the deal's currency or the account team");
      }
    }
    Windfall.Review review = windfalls(cal, plan, a.targets(), end, credits, in.data(), digits);
    d.notes.addAll(review.steps());
    d.held = review.held();

    List<Scorecard.Measure> measures = new ArrayList<>();
    for (PlanRules.MeasureRule m : plan.measures()) {
      Actuals.Actual actual =
          Actuals.of(m, review.counted(), in.data().results(), from, to, digits);
      measures.add(
          new Scorecard.Measure(
              m.code(),
              m.name(),
              m.weightPercent(),
              m.isRated() ? null : m.direction(),
              targets.get(m.code()),
              actual.value(),
              m.curve(),
              actual.trail()));
    }
    ScorecardEngine.Result r =
        ScorecardEngine.evaluateChecked(
            new ScorecardEngine.Calculation(
                in.participant(),
                plan.code(),
                plan.currency(),
                annualTi,
                start,
                end,
                from,
                to,
                new Scorecard(measures, plan.gates(), plan.modifier(), plan.planCapMultiple())));
    d.scorecard = r.statement();
    if (r.earned() == null) {
      return new Result(d.held(r.statement().heldBecause()).statement(), null, r.attainments());
    }
    d.earned = r.statement().payout();
    History h = s.history();
    BigDecimal ownDue;
    BigDecimal newlyOverpaid = BigDecimal.ZERO;
    switch (kind) {
      case PERIOD -> {
        if (plan.draw() != null) {
          Rational draw =
              Rational.of(plan.draw().amountPerPeriod())
                  .multiply(Rational.of(days(from, to), days(start, end)));
          d.notes.add(
              Step.of(
                  Phrase.DRAW,
                  Step.plain(plan.draw().amountPerPeriod()),
                  days(from, to),
                  days(start, end),
                  Step.money(draw, digits)));
          BigDecimal balance = h.drawBalance();
          if (h.drawBalanceAsOf() != null
              && !plan.draw().carriesOver()
              && cal.yearStart(h.drawBalanceAsOf()).isBefore(cal.yearStart(end))) {
            balance = BigDecimal.ZERO; // forgiven at the end of the plan year it was left in
          }
          d.draw =
              Draws.apply(
                  plan.draw(), r.earned(), draw, balance, end.equals(cal.yearEnd(end)), digits);
          d.notes.addAll(d.draw.explanation());
          ownDue = d.draw.paid();
        } else {
          ownDue = r.statement().payout();
        }
      }
      case ADVANCE, TRUE_UP -> {
        BigDecimal paid = h.advancesPaid().add(h.advancesSettled()).setScale(digits);
        if (h.advancesSettled().signum() != 0) {
          d.notes.add(Step.of(Phrase.ADVANCES_SETTLED, h.advancesSettled().setScale(digits)));
        }
        d.advance =
            kind == PayoutStatement.Kind.ADVANCE
                ? Advances.advance(r.earned(), plan.advanceRatePercent(), paid, digits)
                : Advances.trueUp(r.earned(), paid, plan.trueUpForgiven(), digits);
        d.notes.addAll(d.advance.explanation());
        ownDue = d.advance.amount();
        newlyOverpaid = d.advance.overpaid();
      }
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
    BigDecimal owed = h.overpaidBalance().setScale(digits);
    BigDecimal recovered = BigDecimal.ZERO.setScale(digits);
    if (owed.signum() > 0 && ownDue.signum() > 0) {
      recovered = ownDue.min(owed);
      ownDue = ownDue.subtract(recovered);
      d.notes.add(Step.of(Phrase.BALANCE_RECOVERED, recovered, owed, owed.subtract(recovered)));
    }
    BigDecimal balance = owed.subtract(recovered).add(newlyOverpaid);
    if (owed.signum() != 0 || balance.signum() != 0) {
      d.overpaid = new PayoutStatement.Overpaid(recovered, balance);
    }
    d.ownDue = ownDue;
    return new Result(d.statement(), r.earned(), r.attainments());
  }

  /** The windfall review of the credits against the annual targets of the amount measures. */
  private static Windfall.Review windfalls(
      FiscalCalendar cal,
      PlanRules plan,
      Targets targets,
      LocalDate end,
      List<Crediting.Credit> credits,
      Data data,
      int digits) {
    BigDecimal threshold = plan.crediting().windfallThresholdPercent();
    if (threshold == null || credits.isEmpty()) {
      return new Windfall.Review(credits, List.of(), List.of());
    }
    List<Windfall.AnnualTarget> annual = new ArrayList<>();
    for (PlanRules.MeasureRule m : plan.measures()) {
      if (m.data() == PlanRules.Data.BOOKINGS || m.data() == PlanRules.Data.MARGIN) {
        annual.add(
            new Windfall.AnnualTarget(
                m,
                targets.annual(
                    m.code(),
                    cal.yearStart(end),
                    cal.yearEnd(end),
                    plan.paysAdvances(),
                    12 / plan.performancePeriodMonths())));
      }
    }
    return Windfall.review(credits, annual, threshold, data.released(), digits);
  }

  private static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** A statement being made: what is known so far. */
  private static final class Draft {
    final Input in;
    final Assignment a;
    final PayoutStatement.Kind kind;
    final LocalDate start;
    final LocalDate end;
    final LocalDate from;
    final LocalDate to;
    final List<Step> notes = new ArrayList<>();
    List<Windfall.Held> held = List.of();
    Statement scorecard;
    BigDecimal earned;
    Advances.Paid advance;
    Draws.Applied draw;
    PayoutStatement.Overpaid overpaid;
    BigDecimal ownDue;

    Draft(
        Input in,
        Assignment a,
        PayoutStatement.Kind kind,
        LocalDate start,
        LocalDate end,
        LocalDate from,
        LocalDate to) {
      this.in = in;
      this.a = a;
      this.kind = kind;
      this.start = start;
      this.end = end;
      this.from = from;
      this.to = to;
    }

    Result held(String because) {
      if (kind != PayoutStatement.Kind.PERIOD) {
        notes.add(Step.of(Phrase.NOTHING_PAID_WHILE_HELD, because));
      }
      return new Result(make(PayoutStatement.Status.HELD, because), null, Map.of());
    }

    PayoutStatement statement() {
      return make(PayoutStatement.Status.CALCULATED, null);
    }

    private PayoutStatement make(PayoutStatement.Status status, String because) {
      int digits = a.plan().currency().getDefaultFractionDigits();
      boolean calculated = status == PayoutStatement.Status.CALCULATED;
      return new PayoutStatement(
          in.participant(),
          a.key(),
          a.plan().code(),
          a.plan().version(),
          a.plan().currency().getCurrencyCode(),
          kind,
          in.periodStart(),
          in.periodEnd(),
          start,
          end,
          from,
          to,
          status,
          because,
          scorecard,
          calculated ? earned : null,
          calculated ? advance : null,
          calculated ? draw : null,
          calculated ? overpaid : null,
          calculated ? ownDue : null,
          List.of(),
          calculated ? BigDecimal.ZERO.setScale(digits) : null,
          calculated ? ownDue : null,
          held.stream()
              .map(
                  w ->
                      new PayoutStatement.HeldWindfall(
                          w.dealId(),
                          w.measureCode(),
                          PayoutRounding.round(w.credit(), digits),
                          PayoutRounding.round(w.threshold(), digits)))
              .toList(),
          notes);
    }
  }

  // --- adjustments ----------------------------------------------------------------------------

  /**
   * Places each waiting adjustment on a calculated statement in its currency, the corrected
   * assignment's own where there is one; those that find none (every statement held) keep waiting.
   */
  private static Output place(List<Result> results, List<Adjustments.Adjustment> waiting) {
    if (waiting.isEmpty()) {
      return new Output(results, List.of());
    }
    Map<Integer, List<Adjustments.Adjustment>> on = new LinkedHashMap<>();
    List<Adjustments.Adjustment> still = new ArrayList<>();
    for (Adjustments.Adjustment adj : waiting) {
      Integer best = null;
      for (int i = 0; i < results.size(); i++) {
        PayoutStatement s = results.get(i).statement();
        if (s.isHeld() || !s.currency().equals(adj.currency())) {
          continue;
        }
        if (best == null
            || (s.assignment().equals(adj.sourceAssignment())
                && !results.get(best).statement().assignment().equals(adj.sourceAssignment()))) {
          best = i;
        }
      }
      if (best == null) {
        still.add(adj);
      } else {
        on.computeIfAbsent(best, k -> new ArrayList<>()).add(adj);
      }
    }
    List<Result> placed = new ArrayList<>(results);
    on.forEach(
        (i, list) -> {
          Result r = placed.get(i);
          PayoutStatement s = r.statement();
          int digits = java.util.Currency.getInstance(s.currency()).getDefaultFractionDigits();
          placed.set(
              i,
              new Result(
                  s.carrying(Adjustments.carry(s.ownDue(), list, digits)),
                  r.exactEarned(),
                  r.attainments()));
        });
    return new Output(placed, still);
  }

  // --- a span of payout periods, carried in memory (a scenario, what-if) ------------------------

  /**
   * Every statement of a participant's assignments over the payout periods from {@code start} to
   * {@code end}, in order of period end, with what each pays carried into the next: the advances
   * paid in a performance period, the draw balance and an overpaid true-up of each plan. What the
   * offline calculator and what-if use instead of published statements.
   */
  public static List<Result> schedule(
      FiscalCalendar calendar,
      String participant,
      List<Assignment> assignments,
      Data data,
      LocalDate start,
      LocalDate end) {
    record Due(LocalDate start, LocalDate end, Assignment assignment) {}
    List<Due> dues = new ArrayList<>();
    for (Assignment a : assignments) {
      int months = a.plan().payoutEveryMonths();
      LocalDate from = a.from().isAfter(start) ? a.from() : start;
      LocalDate to = a.to().isBefore(end) ? a.to() : end;
      for (LocalDate p = calendar.periodStart(from, months);
          !p.isAfter(to);
          p = p.plusMonths(months)) {
        LocalDate pEnd = calendar.periodEnd(p, months);
        if (!p.isBefore(start) && !pEnd.isAfter(end)) {
          dues.add(new Due(p, pEnd, a));
        }
      }
    }
    dues.sort(Comparator.comparing(Due::end).thenComparing(x -> x.assignment().from()));
    Map<String, BigDecimal> advancesPaid = new HashMap<>();
    Map<String, LocalDate> advancesOf = new HashMap<>();
    Map<String, BigDecimal> drawBalance = new HashMap<>();
    Map<String, LocalDate> drawBalanceAsOf = new HashMap<>();
    Map<String, BigDecimal> overpaid = new HashMap<>();
    List<Result> results = new ArrayList<>();
    for (Due due : dues) {
      Assignment a = due.assignment();
      String plan = a.plan().code();
      LocalDate periodStart = calendar.periodStart(due.end(), a.plan().performancePeriodMonths());
      if (!periodStart.equals(advancesOf.get(a.key()))) {
        advancesOf.put(a.key(), periodStart);
        advancesPaid.put(a.key(), BigDecimal.ZERO);
      }
      History h =
          new History(
              advancesPaid.get(a.key()),
              BigDecimal.ZERO,
              drawBalance.get(plan),
              drawBalanceAsOf.get(plan),
              overpaid.get(plan));
      Output out =
          calculate(
              new Input(
                  calendar,
                  participant,
                  due.start(),
                  due.end(),
                  List.of(new Subject(a, h)),
                  data,
                  List.of()));
      for (Result r : out.results()) {
        PayoutStatement s = r.statement();
        results.add(r);
        if (s.isHeld()) {
          continue;
        }
        if (s.kind() == PayoutStatement.Kind.ADVANCE) {
          advancesPaid.merge(a.key(), s.advance().amount(), BigDecimal::add);
        }
        if (s.draw() != null) {
          drawBalance.put(plan, s.draw().balance());
          drawBalanceAsOf.put(plan, s.periodEnd());
        }
        if (s.overpaid() != null) {
          overpaid.put(plan, s.overpaid().balance());
        }
      }
    }
    return results;
  }

  private static BigDecimal zeroIfNull(BigDecimal x) {
    return x == null ? BigDecimal.ZERO : x;
  }
}
