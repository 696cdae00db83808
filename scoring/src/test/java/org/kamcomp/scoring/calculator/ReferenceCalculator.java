package org.kamcomp.scoring.calculator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kamcomp.scoring.Adjustments;
import org.kamcomp.scoring.PayoutStatement;
import org.kamcomp.scoring.Statement;
import org.kamcomp.scoring.Step;

/**
 * The offline calculator: {@code java -jar kam-calculator.jar scenario.json [output-folder]} writes
 * {@code statements.json}, {@code statements.csv} and {@code payouts.csv}. The same scenario gives
 * the same files, byte for byte. Exit code 0 when calculated, 2 when the scenario has problems
 * (each printed with the path of its field), 1 when a file cannot be read or written.
 */
final class ReferenceCalculator {

  static final ObjectMapper JSON =
      new ObjectMapper(
              JsonFactory.builder().enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER).build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ReferenceCalculator() {}

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
      Scenario scenario;
      try (InputStream in = Files.newInputStream(scenarioFile)) {
        scenario = read(in);
      }
      ReferenceRun.Result result = ReferenceRun.calculate(scenario);
      List<PayoutStatement> statements = result.statements();
      Files.createDirectories(folder);
      try (Writer w = writer(folder.resolve("statements.json"))) {
        json(scenario, statements, w);
      }
      try (Writer w = writer(folder.resolve("statements.csv"))) {
        csv(statements, w);
      }
      try (Writer w = writer(folder.resolve("payouts.csv"))) {
        payoutsCsv(statements, w);
      }
      long held = statements.stream().filter(PayoutStatement::isHeld).count();
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

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(
        new java.io.OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
        1 << 16);
  }

  /** Reads a scenario; malformed JSON is a problem at the path where it was found. */
  public static Scenario read(String json) {
    try {
      return JSON.readValue(json, Scenario.class);
    } catch (MismatchedInputException e) {
      throw new ScenarioException(List.of(path(e) + ": " + e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw unreadable(e);
    }
  }

  static Scenario read(InputStream in) throws IOException {
    try {
      return JSON.readValue(in, Scenario.class);
    } catch (MismatchedInputException e) {
      throw new ScenarioException(List.of(path(e) + ": " + e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw unreadable(e);
    }
  }

  private static ScenarioException unreadable(JsonProcessingException e) {
    return new ScenarioException(
        List.of(
            "$ (line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + "): "
                + e.getOriginalMessage()));
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

  // --- statements.json -----------------------------------------------------------------------

  /** The statements as JSON: the same statements give the same bytes. */
  public static String json(Scenario scenario, List<PayoutStatement> statements) {
    StringWriter w = new StringWriter();
    try {
      json(scenario, statements, w);
    } catch (IOException e) {
      throw new IllegalStateException("a string is always writable", e);
    }
    return w.toString();
  }

  static void json(Scenario scenario, List<PayoutStatement> statements, Writer out)
      throws IOException {
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeObjectFieldStart("period");
      g.writeStringField("start", scenario.period().start());
      g.writeStringField("end", scenario.period().end());
      g.writeEndObject();
      g.writeNumberField(
          "fiscalYearStartMonth",
          scenario.fiscalYearStartMonth() == null ? 1 : scenario.fiscalYearStartMonth());
      g.writeArrayFieldStart("statements");
      for (PayoutStatement s : statements) {
        statement(g, s);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void statement(JsonGenerator g, PayoutStatement s) throws IOException {
    g.writeStartObject();
    g.writeStringField("participant", s.participant());
    g.writeStringField("plan", s.plan());
    g.writeStringField("currency", s.currency());
    g.writeStringField("kind", s.kind().name());
    g.writeStringField("periodStart", s.periodStart().toString());
    g.writeStringField("periodEnd", s.periodEnd().toString());
    g.writeStringField("scorecardStart", s.scorecardStart().toString());
    g.writeStringField("scorecardEnd", s.scorecardEnd().toString());
    g.writeStringField("assignedFrom", s.assignedFrom().toString());
    g.writeStringField("assignedTo", s.assignedTo().toString());
    g.writeStringField("status", s.status().name());
    if (s.heldBecause() != null) {
      g.writeStringField("heldBecause", s.heldBecause());
    }
    Statement card = s.scorecard();
    if (card != null) {
      number(g, "targetIncentive", card.targetIncentive());
      g.writeArrayFieldStart("lines");
      for (Statement.Line l : card.lines()) {
        g.writeStartObject();
        g.writeStringField("measureCode", l.measureCode());
        g.writeStringField("measureName", l.measureName());
        number(g, "weightPercent", plain(l.weightPercent()));
        number(g, "target", plain(l.target()));
        number(g, "actual", l.actual());
        number(g, "attainmentPercent", l.attainmentPercent());
        number(g, "payoutPercent", l.payoutPercent());
        if (l.gatedBy() != null) {
          g.writeStringField("gatedBy", l.gatedBy());
        }
        number(g, "amount", l.amount());
        steps(g, "trail", l.trail());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (card.payout() != null) {
        number(g, "roundingLine", card.roundingLine());
        number(g, "multiplier", card.multiplier());
        number(g, "modifierLine", card.modifierLine());
        number(g, "capLine", card.capLine());
      }
      steps(g, "explanation", card.explanation());
    }
    if (s.earned() != null) {
      number(g, "earned", s.earned());
    }
    if (s.advance() != null) {
      g.writeObjectFieldStart("advance");
      if (s.advance().ratePercent() != null) {
        number(g, "ratePercent", plain(s.advance().ratePercent()));
      }
      number(g, "paidBefore", s.advance().paidBefore());
      number(g, "amount", s.advance().amount());
      number(g, "overpaid", s.advance().overpaid());
      g.writeEndObject();
    }
    if (s.draw() != null) {
      g.writeObjectFieldStart("draw");
      g.writeStringField("kind", s.draw().kind().name());
      number(g, "draw", s.draw().draw());
      number(g, "paid", s.draw().paid());
      number(g, "recovered", s.draw().recovered());
      number(g, "balanceBefore", s.draw().balanceBefore());
      number(g, "balance", s.draw().balance());
      number(g, "forgiven", s.draw().forgiven());
      g.writeEndObject();
    }
    if (s.overpaid() != null) {
      g.writeObjectFieldStart("overpaid");
      number(g, "recovered", s.overpaid().recovered());
      number(g, "balance", s.overpaid().balance());
      g.writeEndObject();
    }
    if (!s.adjustments().isEmpty()) {
      g.writeArrayFieldStart("adjustments");
      for (Adjustments.Carried a : s.adjustments()) {
        g.writeStartObject();
        g.writeStringField("reason", a.reason());
        number(g, "amount", a.amount());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (s.due() != null) {
      number(g, "due", s.due());
    }
    if (!s.heldWindfalls().isEmpty()) {
      g.writeArrayFieldStart("heldWindfalls");
      for (PayoutStatement.HeldWindfall w : s.heldWindfalls()) {
        g.writeStartObject();
        g.writeStringField("deal", w.deal());
        g.writeStringField("measure", w.measureCode());
        number(g, "credit", w.credit());
        number(g, "threshold", w.threshold());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    steps(g, "notes", s.notes());
    g.writeEndObject();
  }

  private static void steps(JsonGenerator g, String name, List<Step> steps) throws IOException {
    g.writeArrayFieldStart(name);
    for (Step step : steps) {
      g.writeString(step.text());
    }
    g.writeEndArray();
  }

  private static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }

  /** An input as entered: 40.0000 from a database is 40. */
  private static BigDecimal plain(BigDecimal x) {
    return x == null ? null : new BigDecimal(x.stripTrailingZeros().toPlainString());
  }

  // --- statements.csv and payouts.csv --------------------------------------------------------

  /** The statements as CSV: a row per scorecard line, then its payout and what is due. */
  public static String csv(List<PayoutStatement> statements) {
    StringWriter w = new StringWriter();
    try {
      csv(statements, w);
    } catch (IOException e) {
      throw new IllegalStateException("a string is always writable", e);
    }
    return w.toString();
  }

  static void csv(List<PayoutStatement> statements, Writer csv) throws IOException {
    csv.write(
        "participant,plan,period_start,period_end,kind,status,line,measure,weight_percent,target,"
            + "actual,attainment_percent,payout_percent,gated_by,amount,currency\n");
    StringBuilder b = new StringBuilder(256);
    for (PayoutStatement s : statements) {
      Statement card = s.scorecard();
      if (s.isHeld()) {
        row(b, s, "HELD", s.heldBecause(), null, null, null, null, null, null, null);
      } else {
        for (Statement.Line l : card.lines()) {
          row(
              b,
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
        row(b, s, "ROUNDING", null, null, null, null, null, null, null, card.roundingLine());
        row(b, s, "MODIFIER", null, null, null, null, null, null, null, card.modifierLine());
        row(b, s, "CAP", null, null, null, null, null, null, null, card.capLine());
        row(b, s, "PAYOUT", null, null, null, null, null, null, null, card.payout());
        row(b, s, "DUE", null, null, null, null, null, null, null, s.due());
      }
      csv.append(b);
      b.setLength(0);
    }
  }

  /**
   * What each statement pays: a period's payout (after a draw; {@code balance}: the recoverable
   * draw balance), an advance or the true-up ({@code balance}: what an overpaid true-up leaves
   * owed), or HELD; and the windfall deals held.
   */
  public static String payoutsCsv(List<PayoutStatement> statements) {
    StringWriter w = new StringWriter();
    try {
      payoutsCsv(statements, w);
    } catch (IOException e) {
      throw new IllegalStateException("a string is always writable", e);
    }
    return w.toString();
  }

  static void payoutsCsv(List<PayoutStatement> statements, Writer csv) throws IOException {
    csv.write("participant,plan,date,kind,earned,amount,balance,held_windfalls\n");
    StringBuilder b = new StringBuilder(128);
    for (PayoutStatement s : statements) {
      BigDecimal balance =
          s.draw() != null
              ? s.draw().balance()
              : s.overpaid() != null
                  ? s.overpaid().balance()
                  : s.due() == null ? null : BigDecimal.ZERO.setScale(s.due().scale());
      b.append(text(s.participant()))
          .append(',')
          .append(text(s.plan()))
          .append(',')
          .append(s.periodEnd())
          .append(',')
          .append(s.isHeld() ? "HELD" : s.kind().name())
          .append(',')
          .append(s.earned() == null ? "" : s.earned().toPlainString())
          .append(',')
          .append(s.due() == null ? "" : s.due().toPlainString())
          .append(',')
          .append(balance == null ? "" : balance.toPlainString())
          .append(',')
          .append(
              text(
                  String.join(
                      " ",
                      s.heldWindfalls().stream().map(PayoutStatement.HeldWindfall::deal).toList())))
          .append('\n');
      csv.append(b);
      b.setLength(0);
    }
  }

  private static void row(
      StringBuilder b,
      PayoutStatement s,
      String line,
      String measure,
      BigDecimal weight,
      BigDecimal target,
      BigDecimal actual,
      BigDecimal attainment,
      BigDecimal payoutPercent,
      String gatedBy,
      BigDecimal amount) {
    b.append(text(s.participant()))
        .append(',')
        .append(text(s.plan()))
        .append(',')
        .append(s.periodStart())
        .append(',')
        .append(s.periodEnd())
        .append(',')
        .append(s.kind().name())
        .append(',')
        .append(s.status().name())
        .append(',')
        .append(line)
        .append(',')
        .append(text(measure))
        .append(',')
        .append(number(weight))
        .append(',')
        .append(number(target))
        .append(',')
        .append(number(actual))
        .append(',')
        .append(number(attainment))
        .append(',')
        .append(number(payoutPercent))
        .append(',')
        .append(text(gatedBy))
        .append(',')
        .append(amount == null ? "" : amount.toPlainString())
        .append(',')
        .append(s.currency())
        .append('\n');
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
