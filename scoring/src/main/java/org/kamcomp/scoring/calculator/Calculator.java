package org.kamcomp.scoring.calculator;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import org.kamcomp.scoring.Statement;
import org.kamcomp.scoring.Step;

/**
 * The offline calculator: {@code java -jar kam-calculator.jar scenario.json [output-folder]} writes
 * {@code statements.json} and {@code statements.csv}. The same scenario gives the same files, byte
 * for byte. Exit code 0 when calculated, 2 when the scenario has problems (each printed with the
 * path of its field), 1 when a file cannot be read or written.
 */
public final class Calculator {

  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .addMixIn(Step.class, StepAsText.class);

  /** A step is written as its sentence. */
  abstract static class StepAsText {
    @JsonValue
    abstract String text();
  }

  /** The output document: the period, its statements, and what each payout date pays. */
  public record Output(
      Scenario.Period period, List<Statement> statements, List<ScenarioRun.Payout> payouts) {}

  private Calculator() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 1 || args.length > 2) {
      err.println("usage: java -jar kam-calculator.jar scenario.json [output-folder]");
      return 2;
    }
    Path scenarioFile = Path.of(args[0]);
    Path folder = Path.of(args.length == 2 ? args[1] : ".");
    try {
      Scenario scenario = read(Files.readString(scenarioFile, StandardCharsets.UTF_8));
      ScenarioRun.Result result = ScenarioRun.calculate(scenario);
      List<Statement> statements = result.statements();
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("statements.json"), json(scenario, result));
      Files.writeString(folder.resolve("statements.csv"), csv(statements));
      Files.writeString(folder.resolve("payouts.csv"), payoutsCsv(result.payouts()));
      long held = statements.stream().filter(s -> s.status() == Statement.Status.HELD).count();
      out.println(
          statements.size()
              + " statements"
              + (held == 0 ? "" : " (" + held + " held)")
              + " written to "
              + folder.resolve("statements.json")
              + ", statements.csv and payouts.csv");
      return 0;
    } catch (ScenarioException e) {
      err.println(scenarioFile + " cannot be calculated:");
      e.problems().forEach(p -> err.println("  " + p));
      return 2;
    } catch (IOException e) {
      err.println(scenarioFile + ": " + e.getMessage());
      return 1;
    }
  }

  /** Reads a scenario; malformed JSON is a problem at the path where it was found. */
  public static Scenario read(String json) {
    try {
      return JSON.readValue(json, Scenario.class);
    } catch (MismatchedInputException e) {
      throw new ScenarioException(List.of(path(e) + ": " + e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new ScenarioException(
          List.of(
              "$ (line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + "): "
                  + e.getOriginalMessage()));
    }
  }

  private static String path(MismatchedInputException e) {
    StringBuilder path = new StringBuilder("$");
    for (var ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The statements as JSON: the same statements give the same bytes. */
  public static String json(Scenario scenario, ScenarioRun.Result result) {
    try {
      return JSON.writeValueAsString(
              new Output(scenario.period(), result.statements(), result.payouts()))
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("statements are always writable", e);
    }
  }

  /** The statements as CSV: a row per statement line, then its payout. */
  public static String csv(List<Statement> statements) {
    StringBuilder csv =
        new StringBuilder(
            "participant,plan,period_start,period_end,status,line,measure,weight_percent,target,"
                + "actual,attainment_percent,payout_percent,gated_by,amount,currency\n");
    for (Statement s : statements) {
      if (s.status() == Statement.Status.HELD) {
        row(csv, s, "HELD", s.heldBecause(), null, null, null, null, null, null, null);
        continue;
      }
      for (Statement.Line l : s.lines()) {
        row(
            csv,
            s,
            "MEASURE",
            l.measureCode(),
            l.weightPercent(),
            l.target(),
            l.actual(),
            l.attainmentPercent(),
            l.payoutPercent(),
            l.gatedBy(),
            l.amount());
      }
      row(csv, s, "ROUNDING", null, null, null, null, null, null, null, s.roundingLine());
      row(csv, s, "MODIFIER", null, null, null, null, null, null, null, s.modifierLine());
      row(csv, s, "CAP", null, null, null, null, null, null, null, s.capLine());
      row(csv, s, "PAYOUT", null, null, null, null, null, null, null, s.payout());
    }
    return csv.toString();
  }

  /** What each payout date pays: a period's payout after a draw, an advance or the true-up. */
  public static String payoutsCsv(List<ScenarioRun.Payout> payouts) {
    StringBuilder csv =
        new StringBuilder("participant,plan,date,kind,earned,amount,balance,held_windfalls\n");
    for (ScenarioRun.Payout p : payouts) {
      StringJoiner r = new StringJoiner(",");
      r.add(text(p.participant()))
          .add(text(p.plan()))
          .add(p.date())
          .add(p.kind())
          .add(p.earned() == null ? "" : p.earned().toPlainString())
          .add(p.amount() == null ? "" : p.amount().toPlainString())
          .add(p.balance() == null ? "" : p.balance().toPlainString())
          .add(text(String.join(" ", p.heldWindfalls())));
      csv.append(r).append('\n');
    }
    return csv.toString();
  }

  private static void row(
      StringBuilder csv,
      Statement s,
      String line,
      String measure,
      BigDecimal weight,
      BigDecimal target,
      BigDecimal actual,
      BigDecimal attainment,
      BigDecimal payoutPercent,
      String gatedBy,
      BigDecimal amount) {
    StringJoiner r = new StringJoiner(",");
    r.add(text(s.participant()))
        .add(text(s.plan()))
        .add(s.periodStart())
        .add(s.periodEnd())
        .add(s.status().name())
        .add(line)
        .add(text(measure))
        .add(number(weight))
        .add(number(target))
        .add(number(actual))
        .add(number(attainment))
        .add(number(payoutPercent))
        .add(text(gatedBy))
        .add(amount == null ? "" : amount.toPlainString())
        .add(s.currency());
    csv.append(r).append('\n');
  }

  private static String number(BigDecimal x) {
    return x == null ? "" : x.stripTrailingZeros().toPlainString();
  }

  private static String text(String x) {
    if (x == null) {
      return "";
    }
    return x.contains(",") || x.contains("\"") || x.contains("\n")
        ? "\"" + x.replace("\"", "\"\"") + "\""
        : x;
  }
}
