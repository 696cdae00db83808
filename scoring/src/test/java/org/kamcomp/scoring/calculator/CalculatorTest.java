package org.kamcomp.scoring.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline calculator on the documented scenarios, and on broken ones. */
class CalculatorTest {

  static final Path DOCS = Path.of("..", "docs", "scenarios");

  static String read(String name) throws Exception {
    return Files.readString(DOCS.resolve(name));
  }

  static List<String> problems(String json) {
    return assertThrows(ScenarioException.class, () -> ScenarioRun.calculate(Calculator.read(json)))
        .problems();
  }

  @Test
  void theWorkedExampleGivesTheDocumentedStatementsByteForByte(@TempDir Path out) throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    int exit =
        Calculator.run(
            new String[] {DOCS.resolve("worked-example.json").toString(), out.toString()},
            new PrintStream(stdout, true, StandardCharsets.UTF_8),
            System.err);
    assertEquals(0, exit);
    assertEquals(
        read("worked-example.statements.csv"), Files.readString(out.resolve("statements.csv")));
    assertEquals(
        read("worked-example.statements.json"), Files.readString(out.resolve("statements.json")));
    assertTrue(
        Files.readString(out.resolve("statements.csv")).contains(",PAYOUT,,,,,,,,9084.38,EUR"));
  }

  @Test
  void aYearOfAdvancesCreditingWindfallsAndADrawAsWorkedByHand(@TempDir Path out) throws Exception {
    int exit =
        Calculator.run(
            new String[] {
              DOCS.resolve("year-with-advances-and-draws.json").toString(), out.toString()
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            System.err);
    assertEquals(0, exit);
    // KAM, annual TI 40,000, advances at 75 % each quarter (see docs/calculator.md for the sums):
    // Q1 earned 11,200 -> 8,400; Q2 22,400 -> 8,400; Q3 28,800 (D3 credited) -> 4,800;
    // year 46,400 (D3 clawed back, D4 a windfall held) -> true-up 24,800.
    // AM, 5,000 a quarter, recoverable draw of 3,000: Q1 earns 0 -> draw 3,000 (balance 3,000);
    // Q2 earns 7,000 -> 3,000 recovered, pays 4,000; Q3 4,250; Q4 earns 2,000 -> draw 3,000,
    // the 1,000 left is forgiven at year end.
    assertEquals(
        List.of(
            "participant,plan,date,kind,earned,amount,balance,held_windfalls",
            "am-1,AM-QUARTER,2026-03-31,PERIOD,0.00,3000.00,3000.00,",
            "am-1,AM-QUARTER,2026-06-30,PERIOD,7000.00,4000.00,0.00,",
            "am-1,AM-QUARTER,2026-09-30,PERIOD,4250.00,4250.00,0.00,",
            "am-1,AM-QUARTER,2026-12-31,PERIOD,2000.00,3000.00,0.00,",
            "kam-1,KAM-YEAR,2026-03-31,ADVANCE,11200.00,8400.00,0.00,",
            "kam-1,KAM-YEAR,2026-06-30,ADVANCE,22400.00,8400.00,0.00,",
            "kam-1,KAM-YEAR,2026-09-30,ADVANCE,28800.00,4800.00,0.00,",
            "kam-1,KAM-YEAR,2026-12-31,TRUE_UP,46400.00,24800.00,0.00,D4"),
        Files.readAllLines(out.resolve("payouts.csv")));
    for (String file : List.of("statements.json", "statements.csv", "payouts.csv")) {
      assertEquals(
          read("year-with-advances-and-draws." + file),
          Files.readString(out.resolve(file)),
          file + " is the documented one, byte for byte");
    }
  }

  @Test
  void aReleasedWindfallCounts() throws Exception {
    String released =
        read("year-with-advances-and-draws.json")
            .replace("\"releasedWindfalls\": []", "\"releasedWindfalls\": [\"D4\"]");
    var statements = ScenarioRun.calculate(Calculator.read(released)).statements();
    // D4 adds 700,000 to the year: 1,300,000 / 1,000,000 -> 0.78 + 0.8 = 1.58 x 40,000 = 63,200.
    assertEquals(new java.math.BigDecimal("63200.00"), statements.get(7).earned());
    assertEquals(new java.math.BigDecimal("41600.00"), statements.get(7).due());
  }

  @Test
  void everyProblemNamesThePathOfItsField() throws Exception {
    String broken =
        read("worked-example.json")
            .replace("\"weightPercent\": 40", "\"weightPercent\": 30")
            .replace(
                "[[0.8, 0.5], [1.0, 1.0], [1.2, 2.0]], \"cap\": 2.0 } },\n        { \"code\": \"account-plan\"",
                "[[1.0, 1.0], [0.8, 0.5]], \"cap\": 2.0 } },\n        { \"code\": \"account-plan\"")
            .replace("\"revenue\": 1000000", "\"revenue\": 0")
            .replace(
                "{ \"participant\": \"kam-1\", \"measure\": \"csat\", \"value\": 95 }",
                "{ \"participant\": \"nobody\", \"measure\": \"csat\", \"value\": 95 }");
    assertEquals(
        List.of(
            "$.plans[0].measures[1].curve.points[1][0]: Attainment must rise from point to point:"
                + " 0.8 does not come after 1.0",
            "$.plans[0].measures[1].curve.points[1][1]: A payout may not fall as attainment rises:"
                + " 0.5 is below 1.0",
            "$.plans[0].measures: The weights add up to 90 %; they must add up to exactly 100 %",
            "$.assignments[0].targets.revenue: a target above 0 is required (attainment divides by it)",
            "$.actuals[3].participant: no participant \"nobody\""),
        problems(broken));
  }

  @Test
  void malformedJsonAndWrongTypesSayWhere() {
    List<String> wrongType = problems("{\"period\": {\"start\": \"2026-01-01\", \"end\": []}}");
    assertTrue(wrongType.get(0).startsWith("$.period.end: "), wrongType.toString());
    List<String> unknown = problems("{\"periode\": {}}");
    assertTrue(unknown.get(0).startsWith("$.periode: "), unknown.toString());
    List<String> broken = problems("{\"period\": ");
    assertTrue(broken.get(0).startsWith("$ (line 1, column"), broken.toString());
  }

  @Test
  void aMidPeriodPlanChangeGivesTwoProratedStatementsAndActualsFollowTheirDates() throws Exception {
    String json =
        read("worked-example.json")
            .replace(
                "\"from\": \"2026-01-01\", \"to\": \"2026-12-31\",",
                "\"from\": \"2026-01-01\", \"to\": \"2026-02-14\",")
            .replace(
                "  \"actuals\": [",
                "  \"actuals\": [\n    { \"participant\": \"kam-1\", \"measure\": \"revenue\", \"value\": 500000, \"date\": \"2026-03-01\" },")
            .replace(
                "{ \"participant\": \"kam-1\", \"measure\": \"revenue\", \"value\": 1100000 }",
                "{ \"participant\": \"kam-1\", \"measure\": \"revenue\", \"value\": 1100000, \"date\": \"2026-02-01\" }");
    // The second assignment, to the same plan, from mid-February.
    json =
        json.replace(
            "\"targets\": { \"revenue\": 1000000, \"margin\": 30, \"csat\": 100 } }",
            "\"targets\": { \"revenue\": 1000000, \"margin\": 30, \"csat\": 100 } },\n"
                + "    { \"participant\": \"kam-1\", \"plan\": \"KAM-SCORECARD\", \"from\": \"2026-02-15\","
                + " \"to\": \"2026-12-31\", \"targets\": { \"revenue\": 500000, \"margin\": 30, \"csat\": 100 } }");
    List<String> problems = problems(json);
    // Undated actuals are ambiguous with two assignments: each is named.
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).startsWith("$.actuals[2].date: kam-1 has two assignments"),
        problems.toString());

    // Dated, they count toward the assignment that contains them; each statement is prorated.
    String dated = json.replaceAll("(\"value\": (27|4|95)) \\}", "$1, \"date\": \"2026-01-20\" }");
    var statements = ScenarioRun.calculate(Calculator.read(dated)).statements();
    assertEquals(2, statements.size());
    assertEquals(
        new java.math.BigDecimal("3750.00"),
        statements.get(0).scorecard().targetIncentive()); // 45/90
    assertEquals("CALCULATED", statements.get(0).status().name());
    assertEquals(
        new java.math.BigDecimal("3750.00"), statements.get(1).scorecard().targetIncentive());
    assertEquals("HELD", statements.get(1).status().name()); // no rating for the second span yet
  }

  @Test
  void aMissingRatingHoldsTheStatement(@TempDir Path out) throws Exception {
    String json =
        read("worked-example.json")
            .replace(
                "    { \"participant\": \"kam-1\", \"measure\": \"account-plan\", \"value\": 4 },\n",
                "");
    var statements = ScenarioRun.calculate(Calculator.read(json)).statements();
    assertEquals("HELD", statements.get(0).status().name());
    assertTrue(
        Calculator.csv(statements).contains(",HELD,HELD,\"no rating yet for \"\"Account plan\"\";"),
        Calculator.csv(statements));
  }
}
