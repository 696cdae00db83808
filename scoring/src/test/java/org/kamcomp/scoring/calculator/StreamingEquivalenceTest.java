package org.kamcomp.scoring.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming calculator (the compact reader, the checks on compact indexes, the writer of bytes
 * in chunks on several threads) against the calculator as it was ({@link ReferenceCalculator},
 * {@link ReferenceRun}: binding the whole document, every statement in a list, Jackson's pretty
 * printer): the same problems in the same order, or the same bytes, for documents broken in many
 * ways and for random scenarios.
 */
class StreamingEquivalenceTest {

  /** What a document gives: the three outputs, the problems, or what was thrown. */
  static String outcome(Callable<String> run) {
    try {
      return run.call();
    } catch (ScenarioException e) {
      return "problems: " + String.join("\n", e.problems());
    } catch (Exception e) {
      return "thrown: " + e.getClass().getName();
    }
  }

  static String before(String json) {
    return outcome(
        () -> {
          Scenario s = ReferenceCalculator.read(json);
          var statements = ReferenceRun.calculate(s).statements();
          return ReferenceCalculator.json(s, statements)
              + ReferenceCalculator.csv(statements)
              + ReferenceCalculator.payoutsCsv(statements);
        });
  }

  static String now(String json) {
    return outcome(
        () -> {
          Scenario s = Calculator.read(json);
          var statements = ScenarioRun.calculate(s).statements();
          return Calculator.json(s, statements)
              + Calculator.csv(statements)
              + Calculator.payoutsCsv(statements);
        });
  }

  static void same(String json) {
    assertEquals(before(json), now(json), json);
  }

  @Test
  void theDocumentedScenariosAreReadAsAStreamIntoColumns() throws Exception {
    for (String name : List.of("worked-example.json", "year-with-advances-and-draws.json")) {
      String json = CalculatorTest.read(name);
      try (var p = Calculator.JSON.createParser(json)) {
        Scenario s = ScenarioReader.read(p, Calculator.JSON);
        assertTrue(s.participants() instanceof Columns.Participants, name);
        assertTrue(s.actuals() instanceof Columns.Actuals, name);
      }
      same(json);
    }
  }

  @Test
  void brokenDocumentsGiveTheSameProblems() throws Exception {
    String base = CalculatorTest.read("worked-example.json");
    String[][] edits = {
      {"\"value\": 95", "\"value\": \"95\""},
      {"\"value\": 95", "\"value\": \"x\""},
      {"\"value\": 95", "\"value\": [95]"},
      {"\"value\": 95", "\"value\": {}"},
      {"\"value\": 95", "\"value\": true"},
      {"\"value\": 95", "\"value\": null"},
      {"\"value\": 95", "\"value\": 9.5e1"},
      {"\"value\": 95", "\"value\": 95, \"value\": 96"},
      {"\"value\": 95", "\"value\": 95, \"extra\": 1"},
      {"\"value\": 95", "\"value\": 95, \"date\": \"2026-02-30\""},
      {"\"value\": 95", "\"value\": 95, \"date\": 20260201"},
      {"\"measure\": \"csat\"", "\"measure\": 7"},
      {"\"participant\": \"kam-1\", \"measure\": \"csat\"", "\"measure\": \"csat\""},
      {"{ \"participant\": \"kam-1\", \"measure\": \"csat\", \"value\": 95 }", "null"},
      {"{ \"participant\": \"kam-1\", \"measure\": \"csat\", \"value\": 95 }", "[1]"},
      {"{ \"participant\": \"kam-1\", \"measure\": \"csat\", \"value\": 95 }", "\"x\""},
      {
        "{ \"participant\": \"kam-1\", \"measure\": \"csat\", \"value\": 95 }",
        "{ \"participant\": \"kam-1\", \"measure\": \"csat\", \"value\": 95 },"
            + " { \"participant\": \"kam-1\", \"measure\": \"csat\", \"value\": 95 }"
      },
      {"\"id\": \"kam-1\"", "\"id\": 1"},
      {"\"id\": \"kam-1\"", "\"id\": null"},
      {
        "\"id\": \"kam-1\", \"name\": \"The worked example's KAM\"",
        "\"id\": \"kam-1\", \"name\": 5"
      },
      {
        "\"id\": \"kam-1\", \"name\": \"The worked example's KAM\"",
        "\"id\": \"kam-1\", \"baseSalary\": \"50000\""
      },
      {
        "\"id\": \"kam-1\", \"name\": \"The worked example's KAM\"",
        "\"id\": \"kam-1\", \"baseSalary\": -5"
      },
      {"\"id\": \"kam-1\", \"name\": \"The worked example's KAM\"", "\"ID\": \"kam-1\""},
      {"\"targets\": { \"revenue\": 1000000,", "\"targets\": { \"revenue\": \"1000000\","},
      {"\"targets\": { \"revenue\": 1000000,", "\"targets\": { \"revenue\": 1e6,"},
      {
        "\"targets\": { \"revenue\": 1000000,",
        "\"targets\": { \"revenue\": 1000000, \"revenue\": 2,"
      },
      {"\"targets\": { \"revenue\": 1000000,", "\"targets\": { \"revenue\": {\"2026-03-31\": 5},"},
      {"\"targets\": { \"revenue\": 1000000,", "\"targets\": { \"revenue\": {\"2026-3-31\": 0},"},
      {"\"targets\": { \"revenue\": 1000000,", "\"targets\": { \"revenue\": null,"},
      {
        "\"targets\": { \"revenue\": 1000000,", "\"targets\": { \"bogus\": 1, \"revenue\": 1000000,"
      },
      {"\"targets\": { \"revenue\": 1000000, \"margin\": 30, \"csat\": 100 }", "\"targets\": null"},
      {"\"targets\": { \"revenue\": 1000000, \"margin\": 30, \"csat\": 100 }", "\"targets\": []"},
      {"\"targets\": { \"revenue\": 1000000, \"margin\": 30, \"csat\": 100 }", "\"targets\": 3"},
      {"\"to\": \"2026-12-31\"", "\"to\": \"2025-12-31\""},
      {"\"to\": \"2026-12-31\"", "\"to\": null"},
      {"\"plan\": \"KAM-SCORECARD\", \"from\"", "\"plan\": \"NOPE\", \"from\""},
      {"\"formatVersion\": \"1\"", "\"formatVersion\": 1"},
      {"\"formatVersion\": \"1\"", "\"formatVersion\": \"9\""},
      {"\"formatVersion\": \"1\"", "\"formatVersion\": \"1\", \"formatVersion\": \"2\""},
      {"\"formatVersion\": \"1\"", "\"formatVersion\": \"1\", \"fiscalYearStartMonth\": 4"},
      {"\"formatVersion\": \"1\"", "\"formatVersion\": \"1\", \"fiscalYearStartMonth\": 13"},
      {"\"formatVersion\": \"1\"", "\"formatVersion\": \"1\", \"fiscalYearStartMonth\": \"4\""},
      {"\"formatVersion\": \"1\"", "\"formatVersion\": \"1\", \"fiscalYearStartMonth\": 4.0"},
      {"\"formatVersion\": \"1\"", "\"formatVersion\": \"1\", \"fiscalYearStartMonth\": 1e10"},
      {"\"formatVersion\": \"1\"", "\"formatVersion\": \"1\", \"unknown\": []"},
      {"\"formatVersion\": \"1\"", "\"formatVersion\": \"1\", \"teams\": null, \"deals\": null"},
      {"\"formatVersion\": \"1\"", "\"formatVersion\": \"1\", \"releasedWindfalls\": [1]"},
      {"\"formatVersion\": \"1\"", "\"formatVersion\": \"1\", \"releasedWindfalls\": [null]"},
      {"\"participants\": [", "\"participants\": null, \"x\": ["},
      {"\"actuals\": [", "\"actuals\": {}, \"y\": ["},
      {"\"period\": { \"start\": \"2026-01-01\", \"end\": \"2026-03-31\" }", "\"period\": null"},
      {"\"period\": { \"start\": \"2026-01-01\", \"end\": \"2026-03-31\" }", "\"period\": 5"},
      {"\"end\": \"2026-03-31\"", "\"end\": \"2026-03-30\""},
      {"\"weightPercent\": 40", "\"weightPercent\": \"forty\""},
    };
    for (String[] edit : edits) {
      assertTrue(base.contains(edit[0]), edit[0]);
      same(base.replace(edit[0], edit[1]));
    }
    for (String whole :
        List.of("", "null", "[]", "5", "\"x\"", "{}", "{\"period\": {}}", "{ } x")) {
      same(whole);
    }
  }

  @Test
  void aDocumentCutAnywhereGivesTheSameProblem() throws Exception {
    String base = CalculatorTest.read("year-with-advances-and-draws.json");
    for (int i = 0; i < base.length(); i += 3) {
      same(base.substring(0, i));
    }
  }

  // --- random scenarios ------------------------------------------------------------------------

  private static final String[] IDS = {
    "p-1",
    "p-2",
    "p-10",
    "a,b",
    "q\"uote",
    "back\\slash",
    "über-ß",
    "tab\tx",
    "ctl\u0001",
    "emoji\uD83D\uDE00",
    "lone\uD800",
    "new\nline",
    " ",
    ""
  };

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static String day(Random r) {
    int month = 1 + r.nextInt(12);
    int day = 1 + r.nextInt(28);
    if (r.nextInt(4) == 0) {
      day = java.time.YearMonth.of(2026, month).lengthOfMonth();
    }
    return String.format("2026-%02d-%02d", month, day);
  }

  /** A scenario over 2026 on two plans (a year of quarters, and a year), at random. */
  static String scenario(Random r, int people, boolean clean) {
    String measures =
        "[{ \"code\": \"revenue\", \"name\": \"Revenue, \\\"net\\\"\", \"weightPercent\": 40,"
            + " \"direction\": \"HIGHER_IS_BETTER\", \"curve\": { \"type\": \"LINEAR\", \"points\":"
            + " [[0.8, 0.5], [1.0, 1.0], [1.2, 2.0]], \"cap\": 2.0 } },"
            + " { \"code\": \"cost\", \"name\": \"Cost\", \"weightPercent\": 30,"
            + " \"direction\": \"LOWER_IS_BETTER\", \"data\": \"GIVEN_LATEST\", \"curve\": { \"type\":"
            + " \"LINEAR\", \"points\": [[0.8, 0.5], [1.0, 1.0], [1.2, 2.0]] } },"
            + " { \"code\": \"rating\", \"name\": \"Rating\", \"weightPercent\": 30, \"rated\": true,"
            + " \"curve\": { \"type\": \"STEP\", \"points\": [[1, 0], [3, 1.0], [5, 2.0]] } }]";
    StringBuilder b = new StringBuilder();
    b.append(
        "{ \"formatVersion\": \"2\", \"period\": { \"start\": \"2026-01-01\", \"end\":"
            + " \"2026-12-31\" },\n \"plans\": [");
    b.append(
            "{ \"code\": \"Q\", \"currency\": \"EUR\", \"performancePeriodMonths\": 3,"
                + " \"targetIncentive\": { \"kind\": \"PERCENT_OF_BASE\", \"value\": 15 }, \"measures\": ")
        .append(measures)
        .append(
            ", \"gates\": [{ \"measure\": \"rating\", \"minimumAttainment\": 2 }],"
                + " \"planCapMultiple\": 2 },\n");
    b.append(
            "{ \"code\": \"Y\", \"currency\": \"JPY\", \"targetIncentive\": { \"kind\": \"AMOUNT\","
                + " \"value\": 1200000 }, \"measures\": ")
        .append(measures)
        .append(
            ", \"modifier\": { \"measure\": \"revenue\", \"points\": [[0.9, 0.9], [1.1, 1.1]] } }");
    b.append("],\n \"participants\": [");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      String id =
          clean || r.nextInt(3) > 0 ? "p-" + r.nextInt(people * 3) : IDS[r.nextInt(IDS.length)];
      if (clean && ids.contains(id)) {
        continue;
      }
      ids.add(id);
      b.append(ids.size() > 1 ? ",\n" : "").append("{ \"id\": ").append(quote(id));
      if (clean || r.nextInt(8) > 0) {
        b.append(", \"baseSalary\": ")
            .append(clean || r.nextInt(20) > 0 ? 40000 + r.nextInt(90000) : -1);
      }
      b.append(" }");
    }
    b.append("],\n \"assignments\": [");
    int n = 0;
    for (String id : ids) {
      int count = clean ? 1 + r.nextInt(2) : r.nextInt(4);
      int month = 1;
      for (int k = 0; k < count; k++) {
        String who = clean || r.nextInt(15) > 0 ? id : "nobody";
        String plan = r.nextBoolean() ? "Q" : clean || r.nextInt(15) > 0 ? "Y" : "NOPE";
        String from;
        String to;
        if (clean) {
          // one assignment over the year, or two: to the end of a month, and from the next day
          int end = count == 1 ? 12 : k == 0 ? 1 + r.nextInt(11) : 12;
          from = String.format("2026-%02d-01", month);
          to =
              String.format(
                  "2026-%02d-%02d", end, java.time.YearMonth.of(2026, end).lengthOfMonth());
          month = end + 1;
        } else {
          from = day(r);
          to = r.nextInt(10) == 0 ? "2026-02-30" : day(r);
        }
        b.append(n++ > 0 ? ",\n" : "")
            .append("{ \"participant\": ")
            .append(quote(who))
            .append(", \"plan\": \"")
            .append(plan)
            .append("\", \"from\": \"")
            .append(from)
            .append("\", \"to\": \"")
            .append(to)
            .append("\", \"targets\": {");
        String sep = "";
        for (String m : List.of("revenue", "cost", "rating", "bogus")) {
          boolean give =
              m.equals("rating") || m.equals("bogus")
                  ? !clean && r.nextInt(10) == 0
                  : clean || r.nextInt(12) > 0;
          if (give) {
            String value =
                clean || r.nextInt(10) > 0
                    ? String.valueOf(1 + r.nextInt(1000))
                    : List.of("0", "-3", "\"x\"", "{\"2026-03-31\": 5}", "{}", "1.5")
                        .get(r.nextInt(6));
            b.append(sep).append('"').append(m).append("\": ").append(value);
            sep = ", ";
          }
        }
        b.append("} }");
      }
    }
    b.append("],\n \"actuals\": [");
    n = 0;
    if (clean) {
      // each participant's actuals on days of their own: a rating a quarter (some missing)
      for (String id : ids) {
        for (int q = 0; q < 4; q++) {
          for (String m : List.of("revenue", "cost", "rating")) {
            if (m.equals("rating") && r.nextInt(10) == 0) {
              continue;
            }
            String value =
                m.equals("rating")
                    ? String.valueOf(1 + r.nextInt(5))
                    : r.nextInt(2000) + "." + r.nextInt(100);
            b.append(n++ > 0 ? ",\n" : "")
                .append("{ \"participant\": ")
                .append(quote(id))
                .append(", \"measure\": \"")
                .append(m)
                .append("\", \"value\": ")
                .append(value)
                .append(", \"date\": \"")
                .append(
                    String.format("2026-%02d-%02d", 3 * q + 1 + r.nextInt(3), 1 + r.nextInt(28)))
                .append("\" }");
          }
        }
      }
    }
    int actuals = clean ? 0 : people * 5;
    for (int k = 0; k < actuals && !ids.isEmpty(); k++) {
      String who = clean || r.nextInt(20) > 0 ? ids.get(r.nextInt(ids.size())) : "ghost";
      String m = List.of("revenue", "cost", "rating", "bogus").get(r.nextInt(clean ? 3 : 4));
      String value =
          m.equals("rating")
              ? String.valueOf(clean ? 1 + r.nextInt(5) : r.nextInt(7))
              : String.valueOf(r.nextInt(2000)) + (r.nextBoolean() ? "." + r.nextInt(100) : "");
      b.append(n++ > 0 ? ",\n" : "")
          .append("{ \"participant\": ")
          .append(quote(who))
          .append(", \"measure\": \"")
          .append(m)
          .append("\", \"value\": ")
          .append(value);
      if (clean || r.nextInt(8) > 0) {
        b.append(", \"date\": \"")
            .append(r.nextInt(30) == 0 && !clean ? "2027-01-05" : day(r))
            .append('"');
      }
      b.append(" }");
    }
    b.append("]\n}\n");
    return b.toString();
  }

  @Test
  void randomScenariosGiveTheSameProblemsOrTheSameBytes() {
    Random r = new Random(20261201);
    int calculated = 0;
    for (int i = 0; i < 400; i++) {
      String json = scenario(r, 1 + r.nextInt(14), i % 3 == 0);
      String before = before(json);
      assertEquals(before, now(json), json);
      if (!before.startsWith("problems") && !before.startsWith("thrown")) {
        calculated++;
      }
    }
    assertTrue(calculated > 50, calculated + " calculated");
  }

  @Test
  void aLargeScenarioIsWrittenInChunksOnThreadsAsItWasWritten(@TempDir Path out) throws Exception {
    // a scenario whose first participants by id have no statement (assignments after the period)
    Random r = new Random(7);
    StringBuilder none = new StringBuilder();
    StringBuilder later = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      none.append(String.format("{ \"id\": \"a-%03d\", \"baseSalary\": 50000 },%n", i));
      later.append(
          String.format(
              "{ \"participant\": \"a-%03d\", \"plan\": \"Q\", \"from\": \"2027-01-01\","
                  + " \"to\": \"2027-03-31\", \"targets\": { \"revenue\": 5, \"cost\": 5 } },%n",
              i));
    }
    String json =
        scenario(r, 900, true)
            .replace("\"participants\": [", "\"participants\": [" + none)
            .replace("\"assignments\": [", "\"assignments\": [" + later);
    Scenario reference = ReferenceCalculator.read(json);
    var statements = ReferenceRun.calculate(reference).statements();
    for (int threads : new int[] {1, 3}) {
      Path folder = out.resolve("t" + threads);
      Files.writeString(out.resolve("s.json"), json);
      System.setProperty("kam.calculator.threads", String.valueOf(threads));
      int exit =
          Calculator.run(
              new String[] {out.resolve("s.json").toString(), folder.toString()},
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              System.err);
      System.clearProperty("kam.calculator.threads");
      assertEquals(0, exit);
      assertEquals(
          ReferenceCalculator.json(reference, statements),
          Files.readString(folder.resolve("statements.json")));
      assertEquals(
          ReferenceCalculator.csv(statements), Files.readString(folder.resolve("statements.csv")));
      assertEquals(
          ReferenceCalculator.payoutsCsv(statements),
          Files.readString(folder.resolve("payouts.csv")));
      ScenarioRun.Checked checked = ScenarioRun.check(Calculator.read(json));
      Path again = out.resolve("again" + threads);
      Files.createDirectories(again);
      long[] written = Calculator.write(checked, again, threads);
      assertEquals(statements.size(), written[0]);
      assertEquals(
          Files.readString(folder.resolve("statements.json")),
          Files.readString(again.resolve("statements.json")));
    }
    assertTrue(statements.size() > 500, statements.size() + " statements");
  }
}
