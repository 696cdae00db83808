package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamcomp.scoring.Scorecard.Curve;
import org.kamcomp.scoring.Scorecard.CurveKind;
import org.kamcomp.scoring.Scorecard.Direction;
import org.kamcomp.scoring.Scorecard.Measure;
import org.kamcomp.scoring.Scorecard.Point;

/** Quarterly advances at 75 % on an annual plan, and the year-end true-up. */
class AdvancesTest {

  static final LocalDate YEAR = LocalDate.of(2026, 1, 1);
  static final Curve ONE_TO_ONE =
      new Curve(
          CurveKind.LINEAR,
          List.of(
              new Point(BigDecimal.ZERO, BigDecimal.ZERO),
              new Point(BigDecimal.ONE, BigDecimal.ONE)),
          null);

  static Advances.PayoutDate quarter(int q, String cumulativeTarget, String actualToDate) {
    LocalDate end = YEAR.plusMonths(3L * q).minusDays(1);
    Scorecard card =
        new Scorecard(
            List.of(
                new Measure(
                    "revenue",
                    "Revenue",
                    new BigDecimal("100"),
                    Direction.HIGHER_IS_BETTER,
                    new BigDecimal(cumulativeTarget),
                    new BigDecimal(actualToDate),
                    ONE_TO_ONE)),
            List.of(),
            null,
            null);
    return new Advances.PayoutDate(
        end,
        new ScorecardEngine.Calculation(
            "kate",
            "KAM",
            Currency.getInstance("EUR"),
            new BigDecimal("40000"),
            YEAR,
            end,
            null,
            null,
            card));
  }

  @Test
  void advancesFollowEarningsToDateAndTheTrueUpSettlesTheYear() {
    // Annual TI 40,000: TI to date 10,000 / 20,000 / 30,000 / 40,000 at the quarter ends.
    var events =
        Advances.schedule(
            List.of(
                quarter(1, "250", "250"), // earned 10,000 -> advance 7,500
                quarter(2, "500", "400"), // earned 16,000 -> 12,000 - 7,500 = 4,500
                quarter(3, "750", "450"), // earned 18,000 -> 13,500 - 12,000 = 1,500
                quarter(4, "1000", "1000")), // earned 40,000 -> true-up 40,000 - 13,500
            new BigDecimal("75"),
            false);
    assertEquals(
        List.of(
            new BigDecimal("7500.00"),
            new BigDecimal("4500.00"),
            new BigDecimal("1500.00"),
            new BigDecimal("26500.00")),
        events.stream().map(Advances.Event::amount).toList());
    assertEquals(Advances.Kind.TRUE_UP, events.get(3).kind());
    assertEquals(new BigDecimal("13500.00"), events.get(3).paidBefore());
  }

  @Test
  void anAdvanceIsNeverNegativeAndAnOverpaidYearIsRecoverable() {
    var events =
        Advances.schedule(
            List.of(
                quarter(1, "250", "500"), // earned 20,000 -> advance 15,000
                quarter(2, "500", "300"), // earned 12,000 -> 9,000 - 15,000 < 0 -> 0
                quarter(3, "750", "300"), // earned 12,000 -> 0
                quarter(4, "1000", "300")), // earned 12,000 -> true-up 12,000 - 15,000 = -3,000
            new BigDecimal("75"),
            false);
    assertEquals(
        List.of(
            new BigDecimal("15000.00"),
            new BigDecimal("0.00"),
            new BigDecimal("0.00"),
            new BigDecimal("-3000.00")),
        events.stream().map(Advances.Event::amount).toList());
    assertEquals(new BigDecimal("3000.00"), events.get(3).recoverable());
    var forgiven =
        Advances.schedule(
            List.of(quarter(1, "250", "500"), quarter(4, "1000", "300")),
            new BigDecimal("75"),
            true);
    assertEquals(new BigDecimal("0.00"), forgiven.get(1).amount());
    assertEquals(new BigDecimal("0.00"), forgiven.get(1).recoverable());
  }

  @Test
  void eachEventIsRoundedOnceFromTheExactEarnings() {
    // Earned to date 10,000 x 1/3 = 3,333.33...: 75 % of it is 2,500.00 exactly, not 75 % of
    // 3,333.33.
    var events =
        Advances.schedule(
            List.of(quarter(1, "300", "100"), quarter(4, "1200", "400")),
            new BigDecimal("75"),
            false);
    assertEquals(new BigDecimal("2500.00"), events.get(0).amount());
    assertEquals(new BigDecimal("3333.33"), events.get(0).earnedToDate());
    // year: 40,000 x 1/3 = 13,333.33... - 2,500 = 10,833.33
    assertEquals(new BigDecimal("10833.33"), events.get(1).amount());
  }
}
