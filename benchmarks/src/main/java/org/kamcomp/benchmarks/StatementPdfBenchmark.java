package org.kamcomp.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.kamcomp.domain.statement.StatementRecord.Kind;
import org.kamcomp.domain.statement.StatementRecord.Status;
import org.kamcomp.reporting.StatementPdf;
import org.kamcomp.reporting.StatementView;
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
 * Statement PDFs per second on two threads (the machine's two cores): a published statement's JSON
 * document read into a {@link StatementView} and rendered by {@link StatementPdf} ({@link
 * #statement}), next to the floor of a plain JasperReports fill and PDF export of a one-page report
 * with about as many fields, the same embedded font and nothing else ({@link #floor}). {@link
 * #view} and {@link #floorFillOnly} show where the time goes: reading the document, and filling
 * against exporting.
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

  private final StatementPdf pdf = new StatementPdf();
  private final List<StatementView.Header> headers = new ArrayList<>();
  private final List<String> documents = new ArrayList<>();
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
      BigDecimal payout = BigDecimal.valueOf(1_000_000 + 7_919L * i, 2);
      headers.add(
          new StatementView.Header(
              "Participant " + i,
              "p" + i,
              "KAM-2026",
              3,
              LocalDate.of(2026, 4, 1),
              LocalDate.of(2026, 6, 30),
              Kind.PERIOD,
              Status.CALCULATED,
              null,
              "EUR",
              payout,
              payout,
              null));
      documents.add(document(i, payout));
    }
    byte[] first = pdf.render(StatementView.of(headers.get(0), documents.get(0)));
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

  /** Ours: the document read into the view model, filled and exported by StatementPdf. */
  @Benchmark
  public byte[] statement(Cursor c) {
    int i = c.advance();
    return pdf.render(StatementView.of(headers.get(i), documents.get(i)));
  }

  /** Reading the JSON document into the view model alone. */
  @Benchmark
  public StatementView view(Cursor c) {
    int i = c.advance();
    return StatementView.of(headers.get(i), documents.get(i));
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

  /** A realistic Q2 statement: 6 measures with their trails, a gated line, a modifier, a note. */
  private static String document(int i, BigDecimal payout) {
    JsonArrayBuilder lines = Json.createArrayBuilder();
    String[][] measures = {
      {"REV", "Revenue", "40", "1200000", "1350000", "112.50", "162.50", "7800.00"},
      {"GM", "Gross margin %", "20", "32.5", "27.3", "84.00", "60.00", "1440.00"},
      {"PIPE", "Qualified pipeline", "15", "3600000", "4140000", "115.00", "0.00", "0.00"},
      {"SOW", "Share of wallet", "15", "40", "38", "95.00", "87.50", "1575.00"},
      {"AP", "Account plan", "10", null, "4", "4.00", "150.00", "1800.00"},
      {"CSAT", "Customer satisfaction", "0", "80", "86", "107.50", "137.50", "0.00"}
    };
    for (String[] m : measures) {
      JsonObjectBuilder l =
          Json.createObjectBuilder()
              .add("measureCode", m[0])
              .add("measureName", m[1])
              .add("weightPercent", new BigDecimal(m[2]));
      if (m[3] == null) {
        l.addNull("target");
      } else {
        l.add("target", new BigDecimal(m[3]));
      }
      l.add("actual", new BigDecimal(m[4]).add(BigDecimal.valueOf(i)))
          .add("attainmentPercent", new BigDecimal(m[5]))
          .add("payoutPercent", new BigDecimal(m[6]));
      if (m[0].equals("PIPE")) {
        l.add("gatedBy", "GM");
      } else {
        l.addNull("gatedBy");
      }
      l.add("amount", new BigDecimal(m[7]))
          .add(
              "trail",
              Json.createArrayBuilder()
                  .add("Attainment = actual " + m[4] + " / target " + m[3] + " = " + m[5] + " %")
                  .add("LINEAR curve between (1, 1) and (1.2, 2): 1.625")
                  .add(
                      "Payout = target incentive 12000.00 x weight "
                          + m[2]
                          + " % x 1.625 = "
                          + m[7]));
      lines.add(l);
    }
    return Json.createObjectBuilder()
        .add("participant", "p" + i)
        .add("plan", "KAM-2026")
        .add("currency", "EUR")
        .add("periodStart", "2026-04-01")
        .add("periodEnd", "2026-06-30")
        .add("status", "CALCULATED")
        .addNull("heldBecause")
        .add("targetIncentive", new BigDecimal("12000.00"))
        .add("lines", lines)
        .add("roundingLine", new BigDecimal("0.00"))
        .add("multiplier", new BigDecimal("1.0375"))
        .add("modifierLine", new BigDecimal("473.06"))
        .add("capLine", new BigDecimal("0.00"))
        .add("payout", payout)
        .add(
            "explanation",
            Json.createArrayBuilder()
                .add("Target incentive = annual 48000 x 3/12 = 12000.00")
                .add("Raw total = sum of the measure payouts = 12615.00")
                .add("Modifier on CSAT at 107.50 % attainment: x 1.0375")
                .add("Plan cap 2 x target incentive = 24000.00 does not bind")
                .add("Payout = " + payout + " EUR"))
        .add(
            "notes",
            Json.createArrayBuilder()
                .add("Deal D-2026-0412 is a windfall on \"Revenue\", held for review"))
        .build()
        .toString();
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
