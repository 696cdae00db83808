package org.kamcomp.calculation;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.List;
import org.kamcomp.scoring.Statement;
import org.kamcomp.scoring.Step;

/** A statement written as the JSON document kept with it: every line with its trail. */
final class StatementDocument {

  /**
   * One provider for every document: {@code Json.create...} looks the provider up on each call,
   * which costs more than building a statement.
   */
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  static final jakarta.json.JsonBuilderFactory JSON =
      PROVIDER.createBuilderFactory(java.util.Map.of());

  private static final jakarta.json.JsonReaderFactory READER =
      PROVIDER.createReaderFactory(java.util.Map.of());

  private StatementDocument() {}

  static jakarta.json.JsonObject read(String document) {
    try (jakarta.json.JsonReader r = READER.createReader(new java.io.StringReader(document))) {
      return r.readObject();
    }
  }

  static String of(Statement s, List<String> notes) {
    JsonObjectBuilder doc =
        JSON.createObjectBuilder()
            .add("participant", s.participant())
            .add("plan", s.plan())
            .add("currency", s.currency())
            .add("periodStart", s.periodStart())
            .add("periodEnd", s.periodEnd())
            .add("status", s.status().name());
    text(doc, "heldBecause", s.heldBecause());
    number(doc, "targetIncentive", s.targetIncentive());
    JsonArrayBuilder lines = JSON.createArrayBuilder();
    for (Statement.Line l : s.lines()) {
      JsonObjectBuilder line =
          JSON.createObjectBuilder()
              .add("measureCode", l.measureCode())
              .add("measureName", l.measureName());
      number(line, "weightPercent", plain(l.weightPercent()));
      number(line, "target", plain(l.target()));
      number(line, "actual", plain(l.actual()));
      number(line, "attainmentPercent", l.attainmentPercent());
      number(line, "payoutPercent", l.payoutPercent());
      text(line, "gatedBy", l.gatedBy());
      number(line, "amount", l.amount());
      line.add("trail", steps(l.trail()));
      lines.add(line);
    }
    doc.add("lines", lines);
    number(doc, "roundingLine", s.roundingLine());
    number(doc, "multiplier", s.multiplier());
    number(doc, "modifierLine", s.modifierLine());
    number(doc, "capLine", s.capLine());
    number(doc, "payout", s.payout());
    doc.add("explanation", steps(s.explanation()));
    JsonArrayBuilder noted = JSON.createArrayBuilder();
    notes.forEach(noted::add);
    doc.add("notes", noted);
    return doc.build().toString();
  }

  /**
   * The document with the adjustments a statement carries: one line each (what it corrects and the
   * amount), their sum, the statement's own amount and what it pays in all, and the steps.
   */
  static String withAdjustments(
      String document,
      List<org.kamcomp.domain.statement.Adjustment> carried,
      org.kamcomp.scoring.Adjustments.Carried sum) {
    jakarta.json.JsonObject doc = read(document);
    JsonArrayBuilder lines = JSON.createArrayBuilder();
    for (var a : carried) {
      lines.add(
          JSON.createObjectBuilder()
              .add("id", a.getId())
              .add("reason", a.getReason())
              .add("source", a.getSource().name())
              .add(
                  "amount",
                  a.getAmount()
                      .setScale(
                          java.util.Currency.getInstance(a.getCurrency())
                              .getDefaultFractionDigits(),
                          java.math.RoundingMode.UNNECESSARY)));
    }
    JsonArrayBuilder notes = JSON.createArrayBuilder();
    if (doc.containsKey("notes")) {
      doc.getJsonArray("notes").forEach(notes::add);
    }
    sum.explanation().forEach(step -> notes.add(step.text()));
    return JSON.createObjectBuilder(doc)
        .add("adjustments", lines)
        .add("adjustmentsTotal", sum.adjustments())
        .add("due", sum.total())
        .add("notes", notes)
        .build()
        .toString();
  }

  /** The ids of the adjustments a statement's document carries. */
  static List<Long> adjustmentIds(String document) {
    jakarta.json.JsonObject doc = read(document);
    if (!doc.containsKey("adjustments")) {
      return List.of();
    }
    return doc.getJsonArray("adjustments").getValuesAs(jakarta.json.JsonObject.class).stream()
        .map(a -> a.getJsonNumber("id").longValue())
        .toList();
  }

  /** An input as entered: 40.0000 from the database is 40. */
  private static BigDecimal plain(BigDecimal x) {
    return x == null ? null : new BigDecimal(x.stripTrailingZeros().toPlainString());
  }

  private static JsonArrayBuilder steps(List<Step> steps) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    steps.forEach(step -> a.add(step.text()));
    return a;
  }

  private static void number(JsonObjectBuilder b, String name, BigDecimal value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value);
    }
  }

  private static void text(JsonObjectBuilder b, String name, String value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value);
    }
  }
}
