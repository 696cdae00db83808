package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kamcomp.scoring.Plans.assignment;
import static org.kamcomp.scoring.Plans.d;
import static org.kamcomp.scoring.Plans.data;
import static org.kamcomp.scoring.Plans.day;
import static org.kamcomp.scoring.Plans.deal;
import static org.kamcomp.scoring.Plans.member;
import static org.kamcomp.scoring.Plans.period;
import static org.kamcomp.scoring.Plans.plan;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamcomp.scoring.PlanRules.Data;

/**
 * The pipeline, one reading of CALCULATION.md at a time: each test names the rule it holds and
 * gives the figures worked by hand.
 */
class PipelineTest {

  static final String Q1 = "2026-01-01";
  static final String Q1_END = "2026-03-31";

  static PayoutStatement only(List<PayoutStatement> statements) {
    assertEquals(1, statements.size(), statements.toString());
    return statements.get(0);
  }

  static Actuals.Result result(String measure, String date, String value) {
    return new Actuals.Result(measure, day(date), d(value));
  }

  static List<String> trail(PayoutStatement s, int line) {
    return s.scorecard().lines().get(line).trail().stream().map(Step::text).toList();
  }

  // --- missing actuals and ratings ------------------------------------------------------------

  @Test
  void aMissingActualCountsAsZeroAndTheTrailSaysSo() {
    PlanRules p = plan().measure("pipeline", "100", Data.RESULT_SUM).build();
    PayoutStatement s =
        only(
            period(
                "kate",
                Q1,
                Q1_END,
                data(List.of(), List.of(), List.of()),
                assignment(p, Q1, "2026-12-31", new Targets().every("pipeline", d("100")))));
    assertEquals(d("0.00"), s.due());
    assertEquals("Attainment = actual 0 (no actual) / target 100 = 0.00 %", trail(s, 0).get(0));
  }

  @Test
  void aMissingRatingHoldsTheStatementInsteadOfPayingZero() {
    PlanRules p =
        plan()
            .measure("revenue", "60", Data.RESULT_SUM)
            .measure("account-plan", "40", Data.RATING)
            .build();
    PayoutStatement s =
        only(
            period(
                "kate",
                Q1,
                Q1_END,
                data(List.of(), List.of(), List.of(result("revenue", Q1_END, "100"))),
                assignment(p, Q1, "2026-12-31", new Targets().every("revenue", d("100")))));
    assertEquals(PayoutStatement.Status.HELD, s.status());
    assertTrue(s.heldBecause().contains("no rating yet for \"account-plan\""), s.heldBecause());
    assertNull(s.due());
  }

  // --- crediting ------------------------------------------------------------------------------

  static PlanRules bookings(boolean overlay, Crediting.Rule rule, int clawbackMonths) {
    return plan()
        .crediting(rule, overlay, clawbackMonths, null)
        .measure("revenue", "100", Data.BOOKINGS)
        .build();
  }

  static PayoutStatement q1(
      String who,
      PlanRules p,
      String target,
      List<Crediting.Membership> team,
      Crediting.Deal... deals) {
    return only(
        period(
            who,
            Q1,
            Q1_END,
            data(team, List.of(deals), List.of()),
            assignment(p, Q1, "2026-12-31", new Targets().every("revenue", d(target)))));
  }

  @Test
  void anOverlayPlaceIsCreditedOnlyWhenThePlanAllowsOverlayCredit() {
    var team =
        List.of(
            member("ACME", "kate", "100"),
            new Crediting.Membership(
                "ACME", "kai", d("40"), day("2020-01-01"), null, Crediting.Role.OVERLAY));
    Crediting.Deal d1 = deal("D1", "ACME", "2026-02-10", "100000");
    // TI 40,000 a year is 10,000 a quarter; target 100,000.
    assertEquals(
        d("10000.00"),
        q1("kate", bookings(false, Crediting.Rule.ACV, 0), "100000", team, d1).due());
    assertEquals(
        d("0.00"), q1("kai", bookings(false, Crediting.Rule.ACV, 0), "100000", team, d1).due());
    assertEquals(
        d("4000.00"), q1("kai", bookings(true, Crediting.Rule.ACV, 0), "100000", team, d1).due());
  }

  @Test
  void aMultiYearDealIsCreditedByThePlansRuleAndItsMarginInProportion() {
    var team = List.of(member("ACME", "kate", "100"));
    Crediting.Deal threeYears =
        new Crediting.Deal(
            "D2", "ACME", day("2026-02-10"), d("900000"), d("90000"), null, 36, d("400000"), null);
    // Target 1,000,000, TI 10,000: TCV 900,000 -> 9,000; ACV 300,000 -> 3,000; first year 400,000.
    assertEquals(
        d("9000.00"),
        q1("kate", bookings(false, Crediting.Rule.TCV, 0), "1000000", team, threeYears).due());
    assertEquals(
        d("3000.00"),
        q1("kate", bookings(false, Crediting.Rule.ACV, 0), "1000000", team, threeYears).due());
    assertEquals(
        d("4000.00"),
        q1("kate", bookings(false, Crediting.Rule.FIRST_YEAR, 0), "1000000", team, threeYears)
            .due());
    // The margin follows the amount: 90,000 x 300,000 / 900,000 = 30,000 on ACV.
    var acv =
        Crediting.credits(
            "kate",
            team,
            a -> List.of(threeYears),
            new Crediting.Terms(Crediting.Rule.ACV, false, 0, null),
            day(Q1),
            day(Q1_END));
    assertEquals(Rational.of(30000), acv.get(0).margin());
    // Twelve months or less: the amount under every rule.
    assertEquals(
        Rational.of(5000),
        Crediting.value(
            new Crediting.Deal("D", "A", day(Q1), d("5000"), null, null, 12, null, null),
            Crediting.Rule.ACV));
  }

  @Test
  void aCancellationOnTheLastDayOfTheWindowIsClawedBackWhenItHappensHoweverOldTheDeal() {
    var team = List.of(member("ACME", "kate", "100"));
    PlanRules p = bookings(false, Crediting.Rule.ACV, 12);
    // Booked in March 2025, cancelled exactly twelve months later: inside the window.
    Crediting.Deal old =
        new Crediting.Deal(
            "D0", "ACME", day("2025-03-31"), d("50000"), null, null, 12, null, day("2026-03-31"));
    PayoutStatement s =
        q1("kate", p, "100000", team, old, deal("D1", "ACME", "2026-02-01", "100000"));
    // 100,000 - 50,000 = 50,000 of 100,000: 5,000.
    assertEquals(d("5000.00"), s.due());
    Crediting.Deal late =
        new Crediting.Deal(
            "D0", "ACME", day("2025-03-31"), d("50000"), null, null, 12, null, day("2026-04-01"));
    assertEquals(
        d("10000.00"),
        q1("kate", p, "100000", team, late, deal("D1", "ACME", "2026-02-01", "100000")).due());
  }

  @Test
  void aDealInAnotherCurrencyIsNeverConvertedItHoldsTheStatement() {
    var team = List.of(member("ACME", "kate", "100"));
    Crediting.Deal usd =
        new Crediting.Deal(
            "U1",
            "ACME",
            day("2026-02-01"),
            d("100000"),
            null,
            Currency.getInstance("USD"),
            12,
            null,
            null);
    PayoutStatement s = q1("kate", bookings(false, Crediting.Rule.ACV, 0), "100000", team, usd);
    assertEquals(PayoutStatement.Status.HELD, s.status());
    assertTrue(s.heldBecause().startsWith("Deal U1 on ACME is in USD and plan PLAN pays in EUR"));
  }

  @Test
  void primarySplitsAbove100PercentOnAnyDayAreFound() {
    var team =
        List.of(
            member("ACME", "kate", "60"),
            new Crediting.Membership(
                "ACME", "kai", d("50"), day("2026-03-01"), null, Crediting.Role.PRIMARY),
            new Crediting.Membership(
                "ACME", "ines", d("80"), day("2026-01-01"), null, Crediting.Role.OVERLAY));
    assertEquals(List.of("ACME on 2026-03-01: 110 %"), Crediting.primarySplitsAbove100(team));
  }

  // --- windfalls ------------------------------------------------------------------------------

  @Test
  void aMarginMeasureComparesTheCreditedMarginWithItsThreshold() {
    PlanRules p =
        plan()
            .crediting(Crediting.Rule.ACV, false, 0, "50")
            .measure("margin", "100", Data.MARGIN)
            .build();
    var team = List.of(member("ACME", "kate", "100"));
    // Annual margin target 4 x 100,000: the threshold is 200,000 of margin.
    Crediting.Deal bigButThin =
        new Crediting.Deal(
            "A", "ACME", day("2026-02-01"), d("1000000"), d("150000"), null, 12, null, null);
    Crediting.Deal fat =
        new Crediting.Deal(
            "B", "ACME", day("2026-02-02"), d("300000"), d("250000"), null, 12, null, null);
    PayoutStatement s =
        only(
            period(
                "kate",
                Q1,
                Q1_END,
                data(team, List.of(bigButThin, fat), List.of()),
                assignment(p, Q1, "2026-12-31", new Targets().every("margin", d("100000")))));
    assertEquals(
        List.of("B"), s.heldWindfalls().stream().map(PayoutStatement.HeldWindfall::deal).toList());
    assertEquals(d("200000.00"), s.heldWindfalls().get(0).threshold());
    // Only A's 150,000 counts: 1.5 x 10,000.
    assertEquals(d("15000.00"), s.due());
  }

  @Test
  void aHeldDealLeavesBothSidesOfAMarginPercent() {
    PlanRules p =
        plan()
            .crediting(Crediting.Rule.ACV, false, 0, "50")
            .measure("revenue", "50", Data.BOOKINGS)
            .measure("margin", "50", Data.MARGIN_PERCENT)
            .build();
    var team = List.of(member("ACME", "kate", "100"));
    Crediting.Deal d1 =
        new Crediting.Deal(
            "D1", "ACME", day("2026-02-01"), d("100000"), d("30000"), null, 12, null, null);
    Crediting.Deal huge =
        new Crediting.Deal(
            "D2", "ACME", day("2026-02-02"), d("300000"), d("0"), null, 12, null, null);
    PayoutStatement s =
        only(
            period(
                "kate",
                Q1,
                Q1_END,
                data(team, List.of(d1, huge), List.of()),
                assignment(
                    p,
                    Q1,
                    "2026-12-31",
                    new Targets().every("revenue", d("100000")).every("margin", d("30")))));
    // Bookings threshold 50 % of 400,000 = 200,000: D2 is held. Margin % = 30,000 / 100,000.
    assertEquals(d("30"), s.scorecard().lines().get(1).actual());
    assertEquals(d("10000.00"), s.due());
    PayoutStatement released =
        only(
            period(
                "kate",
                Q1,
                Q1_END,
                new Pipeline.Data(team, a -> List.of(d1, huge), List.of(), java.util.Set.of("D2")),
                assignment(
                    p,
                    Q1,
                    "2026-12-31",
                    new Targets().every("revenue", d("100000")).every("margin", d("30")))));
    assertEquals(d("7.5"), released.scorecard().lines().get(1).actual());
  }

  @Test
  void aCreditExactlyAtTheThresholdIsNotHeld() {
    PlanRules p =
        plan()
            .crediting(Crediting.Rule.ACV, false, 0, "50")
            .measure("revenue", "100", Data.BOOKINGS)
            .build();
    PayoutStatement s =
        q1(
            "kate",
            p,
            "100000",
            List.of(member("ACME", "kate", "100")),
            deal("D", "ACME", "2026-02-01", "200000"));
    assertTrue(s.heldWindfalls().isEmpty());
  }

  // --- proration, currencies ------------------------------------------------------------------

  @Test
  void aMidPeriodPlanChangeIsTwoCalculationsEachProratedWithItsOwnActuals() {
    PlanRules a = plan().code("A").measure("m", "100", Data.RESULT_SUM).build();
    PlanRules b = plan().code("B").annualTi("80000").measure("m", "100", Data.RESULT_SUM).build();
    List<PayoutStatement> both =
        period(
            "kate",
            Q1,
            Q1_END,
            data(
                List.of(),
                List.of(),
                List.of(result("m", "2026-01-31", "100"), result("m", Q1_END, "50"))),
            assignment(a, Q1, "2026-02-14", new Targets().every("m", d("100"))),
            assignment(b, "2026-02-15", "2026-12-31", new Targets().every("m", d("100"))));
    // 45 of 90 days each: A 10,000 x 1/2 = 5,000 at 100 %; B 20,000 x 1/2 = 10,000 at 50 %.
    assertEquals(
        List.of(d("5000.00"), d("10000.00")),
        both.stream().map(s -> s.scorecard().targetIncentive()).toList());
    assertEquals(
        List.of(d("5000.00"), d("5000.00")), both.stream().map(PayoutStatement::due).toList());
  }

  static PayoutStatement inCurrency(
      String currency, String annualTi, String actual, String target) {
    PlanRules p =
        plan().currency(currency).annualTi(annualTi).measure("m", "100", Data.RESULT_SUM).build();
    return only(
        period(
            "kate",
            Q1,
            Q1_END,
            data(List.of(), List.of(), List.of(result("m", Q1_END, actual))),
            assignment(p, Q1, "2026-12-31", new Targets().every("m", d(target)))));
  }

  @Test
  void eachCurrencyRoundsToItsOwnMinorDigits() {
    // JPY: 250,000 a quarter x 1/3 = 83,333.33... -> 83,333; an exact half yen rounds up.
    assertEquals(new BigDecimal("83333"), inCurrency("JPY", "1000000", "1", "3").due());
    assertEquals(new BigDecimal("12346"), inCurrency("JPY", "1000000", "49382", "1000000").due());
    // KWD: 250.000 x 1/3 = 83.3333... -> 83.333.
    assertEquals(new BigDecimal("83.333"), inCurrency("KWD", "1000", "1", "3").due());
  }

  @Test
  void noQuotientIsCutBeforeTheOneRounding() {
    // Margin % = 961 / 3,000,000 x 100 = 0.0320333...; against a target of 31 that is 31/30000;
    // TI 150 x 31/30000 = 0.155 exactly, half up 0.16. Cut to 10 decimals it would be 0.15.
    PlanRules p = plan().annualTi("600").measure("margin", "100", Data.MARGIN_PERCENT).build();
    Crediting.Deal d1 =
        new Crediting.Deal(
            "D", "ACME", day("2026-02-01"), d("3000000"), d("961"), null, 12, null, null);
    PayoutStatement s =
        only(
            period(
                "kate",
                Q1,
                Q1_END,
                data(List.of(member("ACME", "kate", "100")), List.of(d1), List.of()),
                assignment(p, Q1, "2026-12-31", new Targets().every("margin", d("31")))));
    assertEquals(d("0.16"), s.due());
  }

  // --- draws ----------------------------------------------------------------------------------

  static PlanRules drawPlan(Draws.Kind kind, boolean carries) {
    return plan()
        .annualTi("20000")
        .draw(kind, "3000", carries)
        .measure("m", "100", Data.RESULT_SUM)
        .build();
  }

  @Test
  void aGuaranteePaysTheDrawProratedLikeTheTargetIncentive() {
    PlanRules p = drawPlan(Draws.Kind.GUARANTEE, false);
    // Feb 15 to Mar 31: 45 of 90 days. TI 2,500, draw 1,500; 40 % earns 1,000.
    PayoutStatement s =
        only(
            period(
                "kate",
                Q1,
                Q1_END,
                data(List.of(), List.of(), List.of(result("m", Q1_END, "40"))),
                assignment(p, "2026-02-15", "2026-12-31", new Targets().every("m", d("100")))));
    assertEquals(d("1000.00"), s.earned());
    assertEquals(d("1500.00"), s.draw().draw());
    assertEquals(d("1500.00"), s.due());
  }

  @Test
  void aRecoverableBalanceIsForgivenAtThePlanYearsEndUnlessItCarriesOver() {
    // Q4 2025 earns 0: the draw of 3,000 is paid and owed. Q1 2026 earns 7,000 (140 of 100 x
    // 5,000).
    var results = List.of(result("m", "2025-12-31", "0"), result("m", "2026-03-31", "140"));
    for (boolean carries : List.of(false, true)) {
      PlanRules p = drawPlan(Draws.Kind.RECOVERABLE, carries);
      List<Pipeline.Result> year =
          Pipeline.schedule(
              FiscalCalendar.JANUARY,
              "anna",
              List.of(
                  assignment(p, "2025-01-01", "2026-12-31", new Targets().every("m", d("100")))),
              data(List.of(), List.of(), results),
              day("2025-10-01"),
              day("2026-03-31"));
      PayoutStatement q4 = year.get(0).statement();
      PayoutStatement q1 = year.get(1).statement();
      assertEquals(d("3000.00"), q4.due());
      assertEquals(carries ? d("3000.00") : d("0.00"), q4.draw().balance());
      // Carried: 4,000 above the draw, 3,000 of it recovered.
      assertEquals(carries ? d("4000.00") : d("7000.00"), q1.due(), "carries over: " + carries);
      assertEquals(carries ? d("3000.00") : d("0.00"), q1.draw().recovered());
    }
  }

  @Test
  void aBalanceLeftInAnEarlierPlanYearIsNotRecoveredUnlessItCarriesOver() {
    PlanRules p = drawPlan(Draws.Kind.RECOVERABLE, false);
    Pipeline.History left = new Pipeline.History(null, null, d("3000.00"), day("2025-06-30"), null);
    PayoutStatement s =
        Pipeline.calculate(
                new Pipeline.Input(
                    FiscalCalendar.JANUARY,
                    "anna",
                    day(Q1),
                    day(Q1_END),
                    List.of(
                        new Pipeline.Subject(
                            assignment(p, Q1, "2026-12-31", new Targets().every("m", d("100"))),
                            left)),
                    data(List.of(), List.of(), List.of(result("m", Q1_END, "140"))),
                    List.of()))
            .statements()
            .get(0);
    assertEquals(d("7000.00"), s.due());
  }

  // --- advances and the true-up ---------------------------------------------------------------

  static Targets cumulative(String... quarterEndsAndValues) {
    Targets t = new Targets();
    for (int i = 0; i < quarterEndsAndValues.length; i += 2) {
      t.set("m", day(quarterEndsAndValues[i]), d(quarterEndsAndValues[i + 1]));
    }
    return t;
  }

  static List<PayoutStatement> year(PlanRules p, Targets t, String end, Actuals.Result... results) {
    return Pipeline.schedule(
            FiscalCalendar.JANUARY,
            "kate",
            List.of(assignment(p, Q1, "2027-12-31", t)),
            data(List.of(), List.of(), List.of(results)),
            day(Q1),
            day(end))
        .stream()
        .map(Pipeline.Result::statement)
        .toList();
  }

  @Test
  void advancesFollowEarningsToDateAndTheTrueUpSettlesThePeriod() {
    PlanRules p = plan().yearWithAdvances("75", false).measure("m", "100", Data.RESULT_SUM).build();
    var statements =
        year(
            p,
            cumulative(
                "2026-03-31",
                "250",
                "2026-06-30",
                "500",
                "2026-09-30",
                "750",
                "2026-12-31",
                "1000"),
            "2026-12-31",
            result("m", "2026-03-31", "250"),
            result("m", "2026-06-30", "150"),
            result("m", "2026-09-30", "50"),
            result("m", "2026-12-31", "550"));
    // Earned to date 10,000 / 16,000 / 18,000 / 40,000: advances 7,500, 4,500, 1,500, then the
    // true-up 40,000 - 13,500.
    assertEquals(
        List.of(d("7500.00"), d("4500.00"), d("1500.00"), d("26500.00")),
        statements.stream().map(PayoutStatement::due).toList());
    assertEquals(PayoutStatement.Kind.TRUE_UP, statements.get(3).kind());
    assertEquals(d("13500.00"), statements.get(3).advance().paidBefore());
    assertEquals(day(Q1), statements.get(2).scorecardStart());
  }

  @Test
  void anOverpaidTrueUpIsRecoveredFromLaterPayoutsUnlessForgiven() {
    for (boolean forgiven : List.of(false, true)) {
      PlanRules p =
          plan().yearWithAdvances("75", forgiven).measure("m", "100", Data.RESULT_SUM).build();
      var statements =
          year(
              p,
              cumulative(
                  "2026-03-31",
                  "250",
                  "2026-06-30",
                  "500",
                  "2026-09-30",
                  "750",
                  "2026-12-31",
                  "1000",
                  "2027-03-31",
                  "250"),
              "2027-03-31",
              result("m", "2026-03-31", "500"),
              result("m", "2026-09-30", "-400"),
              result("m", "2027-03-31", "250"));
      // Q1 advance 15,000; the year earns 40,000 x 100/1000 = 4,000: true-up -11,000.
      PayoutStatement trueUp = statements.get(3);
      assertEquals(d("0.00"), trueUp.due());
      assertEquals(forgiven ? d("0.00") : d("11000.00"), trueUp.advance().overpaid());
      // Q1 2027 earns 10,000: its advance of 7,500 goes to the overpaid balance unless forgiven.
      PayoutStatement next = statements.get(4);
      assertEquals(forgiven ? d("7500.00") : d("0.00"), next.due(), "forgiven: " + forgiven);
      if (!forgiven) {
        assertEquals(d("3500.00"), next.overpaid().balance());
      }
    }
  }

  @Test
  void anAssignmentEndingWithinThePeriodIsTruedUpAtItsLastPayoutDate() {
    PlanRules p = plan().yearWithAdvances("75", false).measure("m", "100", Data.RESULT_SUM).build();
    assertEquals(
        PayoutStatement.Kind.TRUE_UP,
        Pipeline.kind(
            FiscalCalendar.JANUARY, p, day("2026-05-31"), day("2026-04-01"), day("2026-06-30")));
    assertEquals(
        PayoutStatement.Kind.ADVANCE,
        Pipeline.kind(
            FiscalCalendar.JANUARY, p, day("2026-12-31"), day("2026-04-01"), day("2026-06-30")));
    assertNull(
        Pipeline.kind(
            FiscalCalendar.JANUARY, p, day("2026-12-31"), day("2026-04-01"), day("2026-05-31")));
  }

  @Test
  void aRecalculatedAdvancePaidAsAnAdjustmentCountsAsPaid() {
    PlanRules p = plan().yearWithAdvances("75", false).measure("m", "100", Data.RESULT_SUM).build();
    Pipeline.History h = new Pipeline.History(d("12000.00"), d("500.00"), null, null, null);
    PayoutStatement q3 =
        Pipeline.calculate(
                new Pipeline.Input(
                    FiscalCalendar.JANUARY,
                    "kate",
                    day("2026-07-01"),
                    day("2026-09-30"),
                    List.of(
                        new Pipeline.Subject(
                            assignment(p, Q1, "2026-12-31", cumulative("2026-09-30", "750")), h)),
                    data(List.of(), List.of(), List.of(result("m", "2026-09-30", "450"))),
                    List.of()))
            .statements()
            .get(0);
    // Earned 30,000 x 450/750 = 18,000; 75 % = 13,500 - 12,500 paid = 1,000.
    assertEquals(d("1000.00"), q3.due());
    assertTrue(q3.notes().stream().anyMatch(n -> n.text().contains("500.00 from recalculations")));
  }

  // --- adjustments ----------------------------------------------------------------------------

  @Test
  void anAdjustmentIsCarriedOnTheCorrectedAssignmentsStatementInItsCurrency() {
    PlanRules a = plan().code("A").measure("m", "100", Data.RESULT_SUM).build();
    PlanRules b = plan().code("B").measure("m", "100", Data.RESULT_SUM).build();
    Pipeline.Assignment first = assignment(a, Q1, "2026-02-14", new Targets().every("m", d("100")));
    Pipeline.Assignment second =
        assignment(b, "2026-02-15", "2026-12-31", new Targets().every("m", d("100")));
    var out =
        Pipeline.calculate(
            new Pipeline.Input(
                FiscalCalendar.JANUARY,
                "kate",
                day(Q1),
                day(Q1_END),
                List.of(
                    new Pipeline.Subject(first, Pipeline.History.NONE),
                    new Pipeline.Subject(second, Pipeline.History.NONE)),
                data(List.of(), List.of(), List.of()),
                List.of(
                    new Adjustments.Adjustment(
                        "7", "Inquiry 7", d("120.50"), "EUR", second.key(), false),
                    new Adjustments.Adjustment(
                        "8", "Inquiry 8", d("10"), "USD", second.key(), false))));
    assertEquals(d("0.00"), out.statements().get(0).due());
    PayoutStatement carried = out.statements().get(1);
    assertEquals(
        List.of("Inquiry 7"),
        carried.adjustments().stream().map(Adjustments.Carried::reason).toList());
    assertEquals(d("120.50"), carried.due());
    assertEquals(
        List.of("8"), out.stillWaiting().stream().map(Adjustments.Adjustment::ref).toList());
  }

  // --- the worked example ---------------------------------------------------------------------

  @Test
  void theSameInputsGiveTheSameStatement() {
    PlanRules p = plan().measure("m", "100", Data.RESULT_SUM).build();
    var in = data(List.of(), List.of(), List.of(result("m", Q1_END, "77")));
    var t = new Targets().every("m", d("100"));
    assertEquals(
        period("kate", Q1, Q1_END, in, assignment(p, Q1, "2026-12-31", t)).toString(),
        period("kate", Q1, Q1_END, in, assignment(p, Q1, "2026-12-31", t)).toString());
  }
}
