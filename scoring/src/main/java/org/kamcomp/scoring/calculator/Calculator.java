package org.kamcomp.scoring.calculator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.kamcomp.scoring.PayoutStatement;

/**
 * The offline calculator: {@code java -jar kam-calculator.jar scenario.json [output-folder]} writes
 * {@code statements.json}, {@code statements.csv} and {@code payouts.csv}. The same scenario gives
 * the same files, byte for byte. Exit code 0 when calculated, 2 when the scenario has problems
 * (each printed with the path of its field), 1 when a file cannot be read or written.
 */
public final class Calculator {

  static final ObjectMapper JSON =
      new ObjectMapper(
              JsonFactory.builder().enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER).build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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
      long t0 = System.nanoTime();
      Scenario scenario = read(scenarioFile);
      long t1 = System.nanoTime();
      ScenarioRun.Checked checked = ScenarioRun.check(scenario);
      long t2 = System.nanoTime();
      Files.createDirectories(folder);
      long[] written = write(checked, folder, threads());
      if (Boolean.getBoolean("kam.calculator.timings")) {
        err.printf(
            "read %.3f s, check %.3f s, calculate and write %.3f s (%d threads)%n",
            (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9, threads());
      }
      out.println(
          written[0]
              + " statements"
              + (written[1] == 0 ? "" : " (" + written[1] + " held)")
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

  /** The threads that calculate: the machine's cores ({@code kam.calculator.threads} to choose). */
  static int threads() {
    Integer chosen = Integer.getInteger("kam.calculator.threads");
    return Math.max(1, chosen != null ? chosen : Runtime.getRuntime().availableProcessors());
  }

  private static ExecutorService pool(int threads) {
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, "calculator");
          t.setDaemon(true);
          return t;
        });
  }

  /** Participants calculated and written together: a unit of work for a thread. */
  private static final int CHUNK = 128;

  /** One chunk's part of each output, and how many statements (and held ones) it holds. */
  private static final class Chunk {
    final Bytes json = new Bytes(1 << 20);
    final Bytes csv = new Bytes(1 << 18);
    final Bytes payouts = new Bytes(1 << 15);
    long statements;
    long held;

    Chunk calculate(ScenarioRun.Checked checked, int from, int to) {
      json.clear();
      csv.clear();
      payouts.clear();
      statements = 0;
      held = 0;
      for (int k = from; k < to; k++) {
        for (PayoutStatement s : checked.statements(k)) {
          StatementWriter.json(s, json);
          StatementWriter.csv(s, csv);
          StatementWriter.payout(s, payouts);
          statements++;
          if (s.isHeld()) {
            held++;
          }
        }
      }
      return this;
    }
  }

  /**
   * Calculates the checked scenario participant by participant and writes the three files as it
   * goes: chunks of participants are calculated and written into bytes on {@code threads} threads,
   * and put into the files in order, so that only the chunks under way are held (memory does not
   * grow with the scenario's statements). The same scenario gives the same bytes, whatever the
   * number of threads.
   *
   * @return the statements written, and how many of them are held
   */
  static long[] write(ScenarioRun.Checked checked, Path folder, int threads) throws IOException {
    Path[] files = {
      folder.resolve("statements.json"),
      folder.resolve("statements.csv"),
      folder.resolve("payouts.csv")
    };
    int n = checked.size();
    ExecutorService pool = threads > 1 ? pool(threads) : null;
    ConcurrentLinkedQueue<Chunk> free = new ConcurrentLinkedQueue<>();
    long statements = 0;
    long held = 0;
    boolean done = false;
    try (OutputStream json = Files.newOutputStream(files[0]);
        OutputStream csv = Files.newOutputStream(files[1]);
        OutputStream payouts = Files.newOutputStream(files[2])) {
      Bytes head = new Bytes(256);
      StatementWriter.jsonHead(checked.scenario(), head);
      head.writeTo(json, 0);
      csv.write(StatementWriter.CSV_HEADER.getBytes(StandardCharsets.US_ASCII));
      payouts.write(StatementWriter.PAYOUTS_HEADER.getBytes(StandardCharsets.US_ASCII));
      ArrayDeque<Future<Chunk>> ahead = new ArrayDeque<>();
      int next = 0;
      int window = threads * 3;
      while (next < n || !ahead.isEmpty()) {
        while (next < n && ahead.size() < window) {
          int from = next;
          int to = Math.min(n, next + CHUNK);
          next = to;
          Chunk c = free.poll();
          Chunk chunk = c == null ? new Chunk() : c;
          Callable<Chunk> work = () -> chunk.calculate(checked, from, to);
          if (pool == null) {
            FutureTask<Chunk> task = new FutureTask<>(work);
            task.run();
            ahead.add(task);
          } else {
            ahead.add(pool.submit(work));
          }
        }
        Chunk c = result(ahead.poll());
        // the document's first statement comes without the comma before it
        c.json.writeTo(json, statements == 0 && c.statements > 0 ? 1 : 0);
        c.csv.writeTo(csv, 0);
        c.payouts.writeTo(payouts, 0);
        statements += c.statements;
        held += c.held;
        free.add(c);
      }
      Bytes tail = new Bytes(16);
      StatementWriter.jsonTail(statements, tail);
      tail.writeTo(json, 0);
      done = true;
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      if (!done) {
        for (Path f : files) {
          Files.deleteIfExists(f);
        }
      }
    }
    return new long[] {statements, held};
  }

  private static Chunk result(Future<Chunk> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Reads a scenario; malformed JSON is a problem at the path where it was found. */
  public static Scenario read(String json) {
    try {
      return read(() -> JSON.createParser(json), () -> JSON.readValue(json, Scenario.class));
    } catch (IOException e) {
      throw new IllegalStateException("a string is always readable", e);
    }
  }

  /** Reads a scenario file; malformed JSON is a problem at the path where it was found. */
  static Scenario read(Path file) throws IOException {
    return read(
        () -> JSON.createParser(Files.newInputStream(file)),
        () -> {
          try (InputStream in = Files.newInputStream(file)) {
            return JSON.readValue(in, Scenario.class);
          }
        });
  }

  private interface Source<T> {
    T open() throws IOException;
  }

  /**
   * Reads the scenario as a stream ({@link ScenarioReader}: the large lists into compact columns);
   * a document that reader does not read as binding would is bound whole instead, with the problems
   * binding names, as the calculator always did.
   */
  private static Scenario read(Source<JsonParser> stream, Source<Scenario> bound)
      throws IOException {
    try (JsonParser p = stream.open()) {
      return ScenarioReader.read(p, JSON);
    } catch (ScenarioReader.NotPlain | JsonProcessingException | RuntimeException e) {
      // bound below
    }
    try {
      return bound.open();
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

  // --- the outputs as strings -----------------------------------------------------------------

  /** The statements as JSON: the same statements give the same bytes. */
  public static String json(Scenario scenario, List<PayoutStatement> statements) {
    Bytes b = new Bytes(1 << 12);
    StatementWriter.jsonHead(scenario, b);
    int first = b.length();
    for (PayoutStatement s : statements) {
      StatementWriter.json(s, b);
    }
    String text = b.toString();
    if (!statements.isEmpty()) {
      // the first statement comes without the comma before it
      text = text.substring(0, first) + text.substring(first + 1);
    }
    Bytes tail = new Bytes(16);
    StatementWriter.jsonTail(statements.size(), tail);
    return text + tail;
  }

  /** The statements as CSV: a row per scorecard line, then its payout and what is due. */
  public static String csv(List<PayoutStatement> statements) {
    Bytes b = new Bytes(1 << 12).ascii(StatementWriter.CSV_HEADER);
    for (PayoutStatement s : statements) {
      StatementWriter.csv(s, b);
    }
    return b.toString();
  }

  /**
   * What each statement pays: a period's payout (after a draw; {@code balance}: the recoverable
   * draw balance), an advance or the true-up ({@code balance}: what an overpaid true-up leaves
   * owed), or HELD; and the windfall deals held.
   */
  public static String payoutsCsv(List<PayoutStatement> statements) {
    Bytes b = new Bytes(1 << 12).ascii(StatementWriter.PAYOUTS_HEADER);
    for (PayoutStatement s : statements) {
      StatementWriter.payout(s, b);
    }
    return b.toString();
  }
}
