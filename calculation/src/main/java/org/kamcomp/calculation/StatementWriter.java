package org.kamcomp.calculation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.kamcomp.scoring.Adjustments;
import org.kamcomp.scoring.PayoutStatement;
import org.kamcomp.scoring.Statement;
import org.kamcomp.scoring.Step;

/**
 * Writes a run's statements as typed rows, in the caller's transaction: a statement row, a row a
 * line, a row a held windfall, a row a carried adjustment. On PostgreSQL the statements and their
 * lines go in with COPY, everything else (and every other database) with batched inserts. Before
 * writing a chunk it deletes what the same run already wrote for the same participants, so a chunk
 * redone after a crash never leaves a statement twice. Ids come in blocks of 1,000 from the
 * sequence {@code statement_block_seq}.
 */
@ApplicationScoped
public class StatementWriter {

  private static final int BLOCK = 1000;

  @Resource(lookup = "java:jboss/datasources/KamDS")
  DataSource dataSource;

  /** A statement to write: for whom, and the published one it recalculates (or null). */
  public record Item(
      long participantId, PayoutStatement statement, RunInputs.Published recalculates) {}

  private static final List<String> STATEMENT_COLUMNS =
      List.of(
          "id",
          "run_id",
          "participant_id",
          "assignment_id",
          "plan_code",
          "plan_version",
          "currency",
          "kind",
          "status",
          "exception_text",
          "scorecard_start",
          "scorecard_end",
          "assigned_from",
          "assigned_to",
          "target_incentive",
          "rounding_line",
          "multiplier",
          "modifier_line",
          "cap_line",
          "earned",
          "advance_rate_percent",
          "paid_before",
          "advance_amount",
          "true_up_overpaid",
          "own_due",
          "overpaid_recovered",
          "overpaid_balance",
          "draw_kind",
          "draw_amount",
          "draw_recovered",
          "draw_balance_before",
          "draw_balance",
          "draw_forgiven",
          "adjustments",
          "amount_due",
          "previous_due",
          "supersedes_id",
          "explanation",
          "notes");

  private static final List<String> LINE_COLUMNS =
      List.of(
          "statement_id",
          "position",
          "measure_code",
          "measure_name",
          "weight_percent",
          "target",
          "actual",
          "attainment_percent",
          "payout_percent",
          "gated_by",
          "amount",
          "trail");

  /** Writes the items of one chunk of participants for run {@code runId}. */
  public void write(long runId, List<Long> participants, List<Item> items) {
    try (Connection c = dataSource.getConnection()) {
      boolean postgres =
          c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
      delete(c, runId, participants);
      List<Object[]> statements = new ArrayList<>(items.size());
      List<Object[]> lines = new ArrayList<>(items.size() * 8);
      List<Object[]> windfalls = new ArrayList<>();
      List<Object[]> carried = new ArrayList<>();
      long next = 0;
      long last = -1;
      for (Item item : items) {
        if (next > last) {
          next = nextBlock(c, postgres);
          last = next + BLOCK - 1;
        }
        long id = next++;
        rows(id, runId, item, statements, lines, windfalls, carried);
      }
      if (postgres) {
        copy(c, "statement", STATEMENT_COLUMNS, statements);
        copy(c, "statement_line", LINE_COLUMNS, lines);
      } else {
        insert(c, "statement", STATEMENT_COLUMNS, statements);
        insert(c, "statement_line", LINE_COLUMNS, lines);
      }
      insert(
          c,
          "statement_held_windfall",
          List.of("statement_id", "position", "deal_id", "measure_code", "credit", "threshold"),
          windfalls);
      insert(c, "statement_adjustment", List.of("statement_id", "adjustment_id"), carried);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Writing the statements of run " + runId + " failed", e);
    }
  }

  private static void rows(
      long id,
      long runId,
      Item item,
      List<Object[]> statements,
      List<Object[]> lines,
      List<Object[]> windfalls,
      List<Object[]> carried) {
    PayoutStatement s = item.statement();
    Statement card = s.scorecard();
    BigDecimal recovered = s.overpaid() == null ? null : s.overpaid().recovered();
    statements.add(
        new Object[] {
          id,
          runId,
          item.participantId(),
          Long.parseLong(s.assignment()),
          s.plan(),
          s.planVersion(),
          s.currency(),
          s.kind().name(),
          s.status().name(),
          s.heldBecause(),
          s.scorecardStart(),
          s.scorecardEnd(),
          s.assignedFrom(),
          s.assignedTo(),
          card == null ? null : card.targetIncentive(),
          card == null ? null : card.roundingLine(),
          card == null ? null : card.multiplier(),
          card == null ? null : card.modifierLine(),
          card == null ? null : card.capLine(),
          s.earned(),
          s.advance() == null ? null : s.advance().ratePercent(),
          s.advance() == null ? null : s.advance().paidBefore(),
          s.advance() == null ? null : s.advance().amount(),
          s.advance() == null ? null : s.advance().overpaid(),
          s.ownDue(),
          recovered,
          s.overpaid() == null ? null : s.overpaid().balance(),
          s.draw() == null ? null : s.draw().kind().name(),
          s.draw() == null ? null : s.draw().draw(),
          s.draw() == null ? null : s.draw().recovered(),
          s.draw() == null ? null : s.draw().balanceBefore(),
          s.draw() == null ? null : s.draw().balance(),
          s.draw() == null ? null : s.draw().forgiven(),
          s.adjustmentsTotal(),
          s.due(),
          item.recalculates() == null ? null : item.recalculates().amountDue(),
          item.recalculates() == null ? null : item.recalculates().statementId(),
          card == null ? null : Step.encode(card.explanation()),
          Step.encode(s.notes())
        });
    if (card != null) {
      List<Statement.Line> l = card.lines();
      for (int i = 0; i < l.size(); i++) {
        Statement.Line x = l.get(i);
        lines.add(
            new Object[] {
              id,
              i,
              x.measureCode(),
              x.measureName(),
              x.weightPercent(),
              x.target(),
              x.actual(),
              x.attainmentPercent(),
              x.payoutPercent(),
              x.gatedBy(),
              x.amount(),
              Step.encode(x.trail())
            });
      }
    }
    List<PayoutStatement.HeldWindfall> held = s.heldWindfalls();
    for (int i = 0; i < held.size(); i++) {
      PayoutStatement.HeldWindfall w = held.get(i);
      windfalls.add(new Object[] {id, i, w.deal(), w.measureCode(), w.credit(), w.threshold()});
    }
    for (Adjustments.Carried a : s.adjustments()) {
      carried.add(new Object[] {id, Long.parseLong(a.ref())});
    }
  }

  private static void delete(Connection c, long runId, List<Long> participants)
      throws SQLException {
    for (int i = 0; i < participants.size(); i += BLOCK) {
      List<Long> part = participants.subList(i, Math.min(participants.size(), i + BLOCK));
      StringBuilder in = new StringBuilder();
      for (int k = 0; k < part.size(); k++) {
        in.append(k == 0 ? "?" : ",?");
      }
      try (PreparedStatement d =
          c.prepareStatement(
              "DELETE FROM statement WHERE run_id = ? AND participant_id IN (" + in + ")")) {
        d.setLong(1, runId);
        for (int k = 0; k < part.size(); k++) {
          d.setLong(k + 2, part.get(k));
        }
        d.executeUpdate();
      }
    }
  }

  private static long nextBlock(Connection c, boolean postgres) throws SQLException {
    String sql =
        postgres
            ? "SELECT nextval('statement_block_seq')"
            : "SELECT NEXT VALUE FOR statement_block_seq";
    try (PreparedStatement p = c.prepareStatement(sql);
        ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void insert(Connection c, String table, List<String> columns, List<Object[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", columns)
            + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
            + ")";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int n = 0;
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          bind(p, i + 1, row[i]);
        }
        p.addBatch();
        if (++n % 500 == 0) {
          p.executeBatch();
        }
      }
      p.executeBatch();
    }
  }

  private static void bind(PreparedStatement p, int i, Object v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.NULL);
    } else if (v instanceof LocalDate d) {
      p.setObject(i, d);
    } else if (v instanceof BigDecimal b) {
      p.setBigDecimal(i, b);
    } else if (v instanceof Long l) {
      p.setLong(i, l);
    } else if (v instanceof Integer n) {
      p.setInt(i, n);
    } else {
      p.setString(i, v.toString());
    }
  }

  /** PostgreSQL's COPY, through the pooled connection's driver, in the same transaction. */
  private static void copy(Connection c, String table, List<String> columns, List<Object[]> rows)
      throws SQLException, IOException {
    if (rows.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder(rows.size() * 160);
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        copyValue(text, row[i]);
      }
      text.append('\n');
    }
    org.postgresql.PGConnection pg = c.unwrap(org.postgresql.PGConnection.class);
    try (Reader in = new StringReader(text.toString())) {
      pg.getCopyAPI()
          .copyIn(
              "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN", in, 1 << 16);
    }
  }

  /** A value in COPY's text format: \N for null; backslash, tab and line breaks escaped. */
  private static void copyValue(StringBuilder b, Object v) {
    if (v == null) {
      b.append("\\N");
      return;
    }
    String s = v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(ch);
      }
    }
  }
}
