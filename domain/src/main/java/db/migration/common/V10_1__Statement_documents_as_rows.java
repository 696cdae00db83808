package db.migration.common;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.kamcomp.scoring.Step;

/**
 * Statements calculated before statements were typed data kept everything in a JSON document: this
 * turns each document into the statement's typed columns, line rows and carried-adjustment rows,
 * its sentences kept as they were written. It then starts the sequence that blocks of new statement
 * ids are taken from above every id in use. Published statements keep every figure they showed.
 */
public class V10_1__Statement_documents_as_rows extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    long max = 0;
    List<Object[]> documents = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id, document, adjustments FROM statement")) {
      while (r.next()) {
        max = Math.max(max, r.getLong(1));
        documents.add(new Object[] {r.getLong(1), r.getString(2), r.getBigDecimal(3)});
      }
    }
    if (!documents.isEmpty()) {
      convert(c, documents);
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE SEQUENCE statement_block_seq START WITH " + (max + 1000) + " INCREMENT BY 1000");
    }
  }

  private static void convert(Connection c, List<Object[]> documents) throws Exception {
    var reader = jakarta.json.spi.JsonProvider.provider().createReaderFactory(java.util.Map.of());
    try (PreparedStatement head =
            c.prepareStatement(
                "UPDATE statement SET scorecard_start = ?, scorecard_end = ?, target_incentive = ?,"
                    + " rounding_line = ?, multiplier = ?, modifier_line = ?, cap_line = ?,"
                    + " own_due = amount_due - COALESCE(adjustments, 0), explanation = ?, notes = ?"
                    + " WHERE id = ?");
        PreparedStatement line =
            c.prepareStatement(
                "INSERT INTO statement_line (statement_id, position, measure_code, measure_name,"
                    + " weight_percent, target, actual, attainment_percent, payout_percent,"
                    + " gated_by, amount, trail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement carried =
            c.prepareStatement(
                "INSERT INTO statement_adjustment (statement_id, adjustment_id) VALUES (?, ?)")) {
      for (Object[] d : documents) {
        long id = (Long) d[0];
        if (d[1] == null) {
          continue;
        }
        JsonObject doc;
        try (var r = reader.createReader(new StringReader((String) d[1]))) {
          doc = r.readObject();
        }
        head.setObject(1, date(doc, "periodStart"));
        head.setObject(2, date(doc, "periodEnd"));
        head.setBigDecimal(3, number(doc, "targetIncentive"));
        head.setBigDecimal(4, number(doc, "roundingLine"));
        head.setBigDecimal(5, number(doc, "multiplier"));
        head.setBigDecimal(6, number(doc, "modifierLine"));
        head.setBigDecimal(7, number(doc, "capLine"));
        head.setString(8, literal(doc, "explanation"));
        head.setString(9, literal(doc, "notes"));
        head.setLong(10, id);
        head.addBatch();
        JsonValue lines = doc.get("lines");
        if (lines instanceof JsonArray array) {
          for (int i = 0; i < array.size(); i++) {
            JsonObject l = array.getJsonObject(i);
            line.setLong(1, id);
            line.setInt(2, i);
            line.setString(3, text(l, "measureCode"));
            String name = text(l, "measureName");
            line.setString(4, name == null ? text(l, "measureCode") : name);
            BigDecimal weight = number(l, "weightPercent");
            line.setBigDecimal(5, weight == null ? BigDecimal.ZERO : weight);
            line.setBigDecimal(6, number(l, "target"));
            line.setBigDecimal(7, number(l, "actual"));
            line.setBigDecimal(8, number(l, "attainmentPercent"));
            line.setBigDecimal(9, number(l, "payoutPercent"));
            line.setString(10, text(l, "gatedBy"));
            BigDecimal amount = number(l, "amount");
            line.setBigDecimal(11, amount == null ? BigDecimal.ZERO : amount);
            line.setString(12, literal(l, "trail"));
            line.addBatch();
          }
        }
        JsonValue adjustments = doc.get("adjustments");
        if (adjustments instanceof JsonArray array) {
          for (JsonValue a : array) {
            carried.setLong(1, id);
            carried.setLong(2, a.asJsonObject().getJsonNumber("id").longValue());
            carried.addBatch();
          }
        }
      }
      head.executeBatch();
      line.executeBatch();
      carried.executeBatch();
    }
  }

  private static String literal(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (!(v instanceof JsonArray array)) {
      return null;
    }
    List<Step> steps = new ArrayList<>();
    for (JsonValue s : array) {
      steps.add(Step.literal(s instanceof JsonString js ? js.getString() : s.toString()));
    }
    return Step.encode(steps);
  }

  private static String text(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v instanceof JsonString s ? s.getString() : null;
  }

  private static BigDecimal number(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v instanceof JsonNumber n ? n.bigDecimalValue() : null;
  }

  private static java.sql.Date date(JsonObject o, String name) {
    String t = text(o, name);
    return t == null ? null : java.sql.Date.valueOf(t);
  }
}
