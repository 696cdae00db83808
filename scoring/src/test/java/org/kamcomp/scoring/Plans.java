package org.kamcomp.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Test-data builders: a plan, an assignment and a participant's data, with sensible defaults. */
final class Plans {

  private Plans() {}

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static LocalDate day(String s) {
    return LocalDate.parse(s);
  }

  static final Scorecard.Curve ONE_TO_ONE =
      new Scorecard.Curve(
          Scorecard.CurveKind.LINEAR,
          List.of(
              new Scorecard.Point(BigDecimal.ZERO, BigDecimal.ZERO),
              new Scorecard.Point(BigDecimal.ONE, BigDecimal.ONE)),
          null);

  static final Scorecard.Curve RATING_STEPS =
      new Scorecard.Curve(
          Scorecard.CurveKind.STEP,
          List.of(
              new Scorecard.Point(d("1"), d("0")),
              new Scorecard.Point(d("3"), d("1")),
              new Scorecard.Point(d("5"), d("2"))),
          null);

  static PlanRules.MeasureRule measure(String code, String weight, PlanRules.Data data) {
    return new PlanRules.MeasureRule(
        code,
        code,
        d(weight),
        data,
        data == PlanRules.Data.RATING ? null : Scorecard.Direction.HIGHER_IS_BETTER,
        data == PlanRules.Data.RATING ? RATING_STEPS : ONE_TO_ONE);
  }

  /** A plan being built: quarterly, EUR, TI 40,000 a year, ACV crediting, no extras. */
  static final class PlanBuilder {
    String code = "PLAN";
    Currency currency = Currency.getInstance("EUR");
    PlanRules.TargetIncentive ti =
        new PlanRules.TargetIncentive(PlanRules.TargetIncentive.Kind.AMOUNT, d("40000"));
    int period = 3;
    int every = 3;
    BigDecimal rate;
    boolean forgiven;
    BigDecimal cap;
    Crediting.Terms crediting = new Crediting.Terms(Crediting.Rule.ACV, false, 0, null);
    Draws.Terms draw;
    List<PlanRules.MeasureRule> measures = new ArrayList<>();

    PlanBuilder code(String code) {
      this.code = code;
      return this;
    }

    PlanBuilder currency(String code) {
      this.currency = Currency.getInstance(code);
      return this;
    }

    PlanBuilder annualTi(String amount) {
      this.ti = new PlanRules.TargetIncentive(PlanRules.TargetIncentive.Kind.AMOUNT, d(amount));
      return this;
    }

    PlanBuilder percentOfBase(String percent) {
      this.ti =
          new PlanRules.TargetIncentive(PlanRules.TargetIncentive.Kind.PERCENT_OF_BASE, d(percent));
      return this;
    }

    PlanBuilder yearWithAdvances(String ratePercent, boolean forgiven) {
      this.period = 12;
      this.every = 3;
      this.rate = d(ratePercent);
      this.forgiven = forgiven;
      return this;
    }

    PlanBuilder crediting(Crediting.Rule rule, boolean overlay, int clawback, String windfall) {
      this.crediting =
          new Crediting.Terms(rule, overlay, clawback, windfall == null ? null : d(windfall));
      return this;
    }

    PlanBuilder draw(Draws.Kind kind, String amount, boolean carriesOver) {
      this.draw = new Draws.Terms(kind, d(amount), carriesOver);
      return this;
    }

    PlanBuilder measure(String code, String weight, PlanRules.Data data) {
      measures.add(Plans.measure(code, weight, data));
      return this;
    }

    PlanRules build() {
      return new PlanRules(
              code, 1, currency, ti, period, every, rate, forgiven, cap, crediting, draw, measures,
              List.of(), null)
          .requireValid();
    }
  }

  static PlanBuilder plan() {
    return new PlanBuilder();
  }

  static Pipeline.Assignment assignment(PlanRules plan, String from, String to, Targets targets) {
    return new Pipeline.Assignment(
        plan.code() + "@" + from, plan, day(from), day(to), null, targets);
  }

  static Crediting.Deal deal(String id, String account, String booked, String amount) {
    return new Crediting.Deal(id, account, day(booked), d(amount), null, null, 12, null, null);
  }

  static Crediting.Membership member(String account, String who, String split) {
    return new Crediting.Membership(
        account, who, d(split), day("2020-01-01"), null, Crediting.Role.PRIMARY);
  }

  static Pipeline.Data data(
      List<Crediting.Membership> teams, List<Crediting.Deal> deals, List<Actuals.Result> results) {
    return new Pipeline.Data(
        teams,
        account -> deals.stream().filter(x -> x.account().equals(account)).toList(),
        results,
        java.util.Set.of());
  }

  /** The statements of one payout period for one participant, nothing paid before. */
  static List<PayoutStatement> period(
      String who, String start, String end, Pipeline.Data data, Pipeline.Assignment... theirs) {
    List<Pipeline.Subject> subjects = new ArrayList<>();
    for (Pipeline.Assignment a : theirs) {
      subjects.add(new Pipeline.Subject(a, Pipeline.History.NONE));
    }
    return Pipeline.calculate(
            new Pipeline.Input(
                FiscalCalendar.JANUARY, who, day(start), day(end), subjects, data, List.of()))
        .statements();
  }
}
