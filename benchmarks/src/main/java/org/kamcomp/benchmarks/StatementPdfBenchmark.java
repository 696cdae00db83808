package org.kamcomp.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.kamcomp.reporting.StatementPdf;
import org.kamcomp.reporting.StatementView;
import org.kamcomp.scoring.FiscalCalendar;
import org.kamcomp.scoring.PayoutStatement;
import org.kamcomp.scoring.Rational;
import org.kamcomp.scoring.Scorecard;
import org.kamcomp.scoring.Scorecard.Curve;
import org.kamcomp.scoring.Scorecard.CurveKind;
import org.kamcomp.scoring.Scorecard.Direction;
import org.kamcomp.scoring.Scorecard.Measure;
import org.kamcomp.scoring.Scorecard.Point;
import org.kamcomp.scoring.ScorecardEngine;
import org.kamcomp.scoring.Statement;
import org.kamcomp.scoring.Step;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Statement PDFs per second on two threads (the machine's two cores): a published statement (as the
 * pipeline makes it and the database gives it back) read into a {@link StatementView} and rendered
 * by {@link StatementPdf} ({@link #statement}), next to the floor of a plain JasperReports fill and
 * PDF export of a one-page report with about as many fields, the same embedded font and nothing
 * else ({@link #floor}). {@link #view} and {@link #floorFillOnly} show where the time goes: making
 * the view model, and filling against exporting.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StatementPdfBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(2)
public class StatementPdfBenchmark {

  private static final int PEOPLE = 64;
  private static final LocalDate Q2_START = LocalDate.of(2026, 4, 1);
  private static final LocalDate Q2_END = LocalDate.of(2026, 6, 30);

  private final StatementPdf pdf = new StatementPdf();
  private final List<StatementView.Header> headers = new ArrayList<>();
  private final List<PayoutStatement> statements = new ArrayList<>();
  private JasperReport floorReport;
  private Map<String, Object> floorParameters;
  private List<Map<String, ?>> floorRows;

  /** A different participant's statement on each call, per thread. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    int advance() {
      next = (next + 1) % PEOPLE;
      return next;
    }
  }

  @Setup
  public void setUp() throws JRException, IOException {
    if (FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
            .getFontInfo("DejaVu Sans", Locale.UK)
        == null) {
      throw new IllegalStateException(
          "The DejaVu font extension is not registered: jasperreports_extension.properties was not"
              + " merged into the jar");
    }
    for (int i = 0; i < PEOPLE; i++) {
      headers.add(new StatementView.Header(i, "Participant " + i, "p" + i, 3, true, null, false));
      statements.add(statement(i));
    }
    byte[] first = pdf.render(view(0));
    String raw = new String(first, StandardCharsets.ISO_8859_1);
    if (!raw.contains("DejaVuSans")) {
      throw new IllegalStateException("The statement PDF does not embed DejaVu Sans");
    }

    try (InputStream in = StatementPdfBenchmark.class.getResourceAsStream("floor.jrxml")) {
      floorReport = JasperCompileManager.compileReport(in);
    }
    floorParameters = new HashMap<>();
    for (int h = 1; h <= 12; h++) {
      floorParameters.put("h" + h, "Header value " + h + " – 1 Apr 2026");
    }
    floorParameters.put("payout", "13,088.06 EUR");
    floorRows = new ArrayList<>();
    for (int r = 0; r < 6; r++) {
      Map<String, Object> row = new HashMap<>();
      row.put("c1", "Measure " + r);
      row.put("c2", "15 %");
      row.put("c3", "1,200,000");
      row.put("c4", "1,350,000");
      row.put("c5", "112.50 %");
      row.put("c6", "162.50 %");
      row.put("c7", "7,800.00");
      floorRows.add(row);
    }
    floor();
  }

  /** Ours: the statement made into the view model, filled and exported by StatementPdf. */
  @Benchmark
  public byte[] statement(Cursor c) {
    int i = c.advance();
    return pdf.render(view(i));
  }

  /** Making the view model alone (figures and sentences formatted for the page). */
  @Benchmark
  public StatementView view(Cursor c) {
    int i = c.advance();
    return view(i);
  }

  private StatementView view(int i) {
    return StatementView.of(headers.get(i), statements.get(i), FiscalCalendar.JANUARY);
  }

  /** The floor: a plain JasperReports fill and PDF export of a minimal one-page report. */
  @Benchmark
  public byte[] floor() throws JRException {
    JasperPrint print =
        JasperFillManager.fillReport(
            floorReport, new HashMap<>(floorParameters), new JRMapCollectionDataSource(floorRows));
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    exporter.exportReport();
    return out.toByteArray();
  }

  /** The floor's fill alone, without the PDF export. */
  @Benchmark
  public JasperPrint floorFillOnly() throws JRException {
    return JasperFillManager.fillReport(
        floorReport, new HashMap<>(floorParameters), new JRMapCollectionDataSource(floorRows));
  }

  private static final Curve LINEAR =
      new Curve(
          CurveKind.LINEAR,
          List.of(
              new Point(new BigDecimal("0.8"), new BigDecimal("0.5")),
              new Point(BigDecimal.ONE, BigDecimal.ONE),
              new Point(new BigDecimal("1.2"), new BigDecimal("2"))),
          new BigDecimal("2"));
  private static final Curve RATED =
      new Curve(
          CurveKind.STEP,
          List.of(
              new Point(BigDecimal.ONE, BigDecimal.ZERO),
              new Point(new BigDecimal("3"), BigDecimal.ONE),
              new Point(new BigDecimal("4"), new BigDecimal("1.5"))),
          null);

  /**
   * A realistic Q2 statement, calculated by the engine: 6 measures with their trails, a gated line,
   * a modifier, and a windfall note; each participant's revenue differs.
   */
  private static PayoutStatement statement(int i) {
    Scorecard card =
        new Scorecard(
            List.of(
                measure("REV", "Revenue", "40", "1200000", 1_350_000 + 97L * i, LINEAR),
                measure("GM", "Gross margin %", "20", "32.5", 27, LINEAR),
                measure("PIPE", "Qualified pipeline", "15", "3600000", 4_140_000, LINEAR),
                measure("SOW", "Share of wallet", "15", "40", 38, LINEAR),
                new Measure(
                    "AP", "Account plan", new BigDecimal("10"), null, null, Rational.of(4), RATED),
                measure("CSAT", "Customer satisfaction", "0", "80", 86, LINEAR)),
            List.of(new Scorecard.Gate("GM", new BigDecimal("0.9"), Set.of("PIPE"))),
            new Scorecard.Modifier(
                "CSAT",
                List.of(
                    new Point(new BigDecimal("0.9"), new BigDecimal("0.9")),
                    new Point(new BigDecimal("1.1"), new BigDecimal("1.1")))),
            new BigDecimal("2"));
    Statement scorecard =
        ScorecardEngine.calculate(
            new ScorecardEngine.Calculation(
                "p" + i,
                "KAM-2026",
                Currency.getInstance("EUR"),
                new BigDecimal("48000"),
                Q2_START,
                Q2_END,
                null,
                null,
                card));
    BigDecimal payout = scorecard.payout();
    return new PayoutStatement(
        "p" + i,
        String.valueOf(i),
        "KAM-2026",
        3,
        "EUR",
        PayoutStatement.Kind.PERIOD,
        Q2_START,
        Q2_END,
        Q2_START,
        Q2_END,
        Q2_START,
        Q2_END,
        PayoutStatement.Status.CALCULATED,
        null,
        scorecard,
        payout,
        null,
        null,
        null,
        payout,
        List.of(),
        payout.subtract(payout),
        payout,
        List.of(),
        List.of(
            Step.literal(
                "Deal D-2026-0412 is a windfall on \"Revenue\": its credit exceeds 50 % of the"
                    + " annual target; it is held for review")));
  }

  private static Measure measure(
      String code, String name, String weight, String target, long actual, Curve curve) {
    return new Measure(
        code,
        name,
        new BigDecimal(weight),
        Direction.HIGHER_IS_BETTER,
        new BigDecimal(target),
        Rational.of(actual),
        curve);
  }

  /** Writes one statement PDF from this jar to a file, to check fonts and layout by hand. */
  public static void main(String[] args) throws Exception {
    StatementPdfBenchmark b = new StatementPdfBenchmark();
    b.setUp();
    java.nio.file.Files.write(
        java.nio.file.Path.of(args.length > 0 ? args[0] : "statement.pdf"),
        b.statement(new Cursor()));
  }
}
