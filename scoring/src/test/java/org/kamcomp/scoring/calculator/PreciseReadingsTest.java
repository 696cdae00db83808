package org.kamcomp.scoring.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario of CALCULATION.md's "Precise readings" (docs/scenarios/precise-readings.json): one
 * participant per reading, each payout worked by hand (docs/calculator.md has the sums).
 */
class PreciseReadingsTest {

  @Test
  void eachReadingPaysWhatWasWorkedByHand(@TempDir Path out) throws Exception {
    int exit =
        Calculator.run(
            new String[] {
              CalculatorTest.DOCS.resolve("precise-readings.json").toString(), out.toString()
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            System.err);
    assertEquals(0, exit);
    assertEquals(
        List.of(
            "participant,plan,date,kind,earned,amount,balance,held_windfalls",
            // C2 480,000 less C1's first year 150,000 (cancelled inside 6 months); C3 outside.
            "clawback,CLAWBACK,2026-03-31,PERIOD,11000.00,11000.00,0.00,",
            // A deal in USD on a EUR plan: never converted, the statement is held.
            "currency,CURRENCY,2026-03-31,HELD,,,,",
            // 2,500 x 5/7 = 1,785.714285... -> three decimals.
            "dinar,DINAR,2026-03-31,PERIOD,1785.714,1785.714,0.000,",
            // Earned 10,000 x 0.2 = 2,000, below the guarantee of 3,000.
            "guaranteed,GUARANTEE,2026-03-31,PERIOD,2000.00,3000.00,0.00,",
            // Threshold 50 % of 4 x 250,000 = 500,000 on credited margin: M2 (510,000) held,
            // M1 (margin 150,000 on bookings 1,000,000) and M3 (exactly 500,000) not;
            // 650,000 / 250,000 = 2.6 x 10,000.
            "margin-wf,MARGIN-WF,2026-03-31,PERIOD,26000.00,26000.00,0.00,M2",
            // 45 of 90 days on each plan: 10,000 x 1/2 x 0.6; 15,000 x 1/2 x 0.75.
            "mover,MOVE-A,2026-03-31,PERIOD,3000.00,3000.00,0.00,",
            "mover,MOVE-B,2026-03-31,PERIOD,5625.00,5625.00,0.00,",
            // Overlay not allowed: only O1 at TCV 240,000 (1.2 -> 8,400), margin 20 % (0.8 ->
            // 2,400).
            "no-overlay,NO-OVERLAY,2026-03-31,PERIOD,10800.00,10800.00,0.00,",
            // Overlay credited in full: S1 600,000 + S2 at ACV 300,000 -> 1.8 x 7,000 = 12,600;
            // margin % 255,000 / 900,000 = 28.33 % -> 2,833.333...
            "overlay,SPLIT,2026-03-31,PERIOD,15433.33,15433.33,0.00,",
            "rated,RATED,2026-03-31,HELD,,,,",
            // R1 (600,000 > 500,000) held, out of bookings and both sides of margin %:
            // 200,000 / 250,000 -> 4,000; 70,000 / 200,000 = 35 % -> 5,000.
            "ratio-wf,RATIO-WF,2026-03-31,PERIOD,9000.00,9000.00,0.00,R1",
            // 40 % and 60 % of the same deals: 360,000 -> 5,040 and 540,000 -> 7,560, margin %
            // 28.33 % either way -> 2,833.33.
            "split-40,SPLIT,2026-03-31,PERIOD,7873.33,7873.33,0.00,",
            "split-60,SPLIT,2026-03-31,PERIOD,10393.33,10393.33,0.00,",
            // 250,000 yen x 1/3 = 83,333.33... -> no decimals.
            "yen,YEN,2026-03-31,PERIOD,83333,83333,0,"),
        Files.readAllLines(out.resolve("payouts.csv")));
    for (String file : List.of("statements.json", "statements.csv", "payouts.csv")) {
      assertEquals(
          Files.readString(CalculatorTest.DOCS.resolve("precise-readings." + file)),
          Files.readString(out.resolve(file)),
          file + " is the documented one, byte for byte");
    }
  }
}
