package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A calculation run on the demo company: sales operations runs Q3, reviews, publishes; each reader
 * then sees the published statements in their scope and no others; a second run of the same period
 * gives the same amounts.
 */
class RunApiIT {

  static final String Q3 = "{\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\"}";

  static Map<String, JsonNode> byParticipant(long run) {
    Map<String, JsonNode> statements = new HashMap<>();
    for (JsonNode s : Api.get("/runs/" + run + "/statements", "alice").json()) {
      statements.put(s.get("participant").asText(), s);
    }
    return statements;
  }

  @Test
  void aRunIsCalculatedReviewedPublishedAndReadInScope() {
    Api.Reply started = Api.post("/runs", "alice", Q3);
    assertEquals(201, started.status(), started.body());
    long run = started.json().get("id").asLong();
    assertTrue(started.json().get("statements").asLong() >= 160, started.body());

    Map<String, JsonNode> statements = byParticipant(run);
    JsonNode kate = statements.get("kate");
    assertEquals("ADVANCE", kate.get("kind").asText(), kate.toString());
    assertEquals("CALCULATED", kate.get("status").asText(), kate.toString());
    JsonNode anna = statements.get("anna");
    assertEquals("PERIOD", anna.get("kind").asText(), anna.toString());
    assertEquals("CALCULATED", anna.get("status").asText(), anna.toString());

    // Not visible before publishing (other tests may have published other runs).
    long kateStatement = kate.get("id").asLong();
    Api.get("/statements", "kate")
        .json()
        .forEach(
            s -> assertTrue(s.get("id").asLong() != kateStatement, "visible before publishing"));
    assertEquals(404, Api.get("/statements/" + kateStatement, "kate").status());
    assertEquals(200, Api.post("/runs/" + run + "/publication", "alice", "{}").status());
    assertEquals(409, Api.post("/runs/" + run + "/publication", "alice", "{}").status());

    JsonNode mine = Api.get("/statements", "kate").json();
    assertTrue(mine.size() >= 1);
    mine.forEach(s -> assertEquals("kate", s.get("participant").asText()));
    long kateId = kate.get("id").asLong();
    long kaiId = statements.get("kai").get("id").asLong();
    JsonNode document = Api.get("/statements/" + kateId, "kate").json();
    assertTrue(document.get("lines").size() == 5, document.toString());
    assertTrue(
        document
            .get("lines")
            .get(0)
            .get("trail")
            .get(0)
            .asText()
            .startsWith("Attainment = actual"));
    assertEquals(404, Api.get("/statements/" + kaiId, "kate").status(), "a peer's statement");
    Api.Reply pdf = Api.get("/statements/" + kateId + "/pdf", "kate");
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.contentType());
    assertTrue(pdf.body().startsWith("%PDF"));
    assertEquals(404, Api.get("/statements/" + kaiId + "/pdf", "kate").status(), "a peer's PDF");
    assertEquals(404, Api.get("/statements/" + kateId + "/pdf", "nils").status(), "outside");
    assertEquals(200, Api.get("/statements/" + kateId + "/pdf", "mona").status(), "her manager");
    JsonNode kais = Api.get("/statements/" + kaiId, "mona").json();
    kais.get("notes")
        .forEach(
            note ->
                assertTrue(
                    !note.asText().contains("on \"Gross margin %\""),
                    "a ratio measure has no windfalls: " + note.asText()));
    assertEquals(404, Api.get("/statements/" + kateId, "nils").status(), "outside nils's line");
    assertEquals(200, Api.get("/statements/" + kateId, "otto").status(), "audit reads all");
    assertEquals(
        404, Api.get("/statements/" + kateId, "fiona").status(), "an approver has no scope");
  }

  @Test
  void theSameInputsGiveTheSameAmountsInALaterRun() {
    long first = Api.post("/runs", "alice", Q3).json().get("id").asLong();
    Api.Reply again = Api.post("/runs", "alice", Q3);
    long second = again.json().get("id").asLong();
    assertTrue(again.json().get("number").asInt() >= 2);
    Map<String, JsonNode> a = byParticipant(first);
    Map<String, JsonNode> b = byParticipant(second);
    for (String who : new String[] {"kate", "kai", "anna", "aaron"}) {
      assertEquals(a.get(who).get("amountDue"), b.get(who).get("amountDue"), who);
    }
    // Once a run of the period is published, a later one shows what changed against it: nothing.
    assertEquals(200, Api.post("/runs/" + second + "/publication", "alice", "{}").status());
    Map<String, JsonNode> third =
        byParticipant(Api.post("/runs", "alice", Q3).json().get("id").asLong());
    assertEquals(
        0,
        third.get("kate").get("difference").decimalValue().signum(),
        third.get("kate").toString());
    assertEquals(
        third
            .get("kate")
            .get("amountDue")
            .decimalValue()
            .compareTo(third.get("kate").get("previousDue").decimalValue()),
        0);
  }

  /** An account of {@code who}'s team on {@code day}. */
  static String accountOf(String who, String day) {
    for (JsonNode a : Api.get("/accounts", "alice").json()) {
      for (JsonNode m : a.get("team")) {
        if (m.get("username").asText().equals(who)
            && m.get("validFrom").asText().compareTo(day) <= 0
            && (m.path("validTo").isNull()
                || m.path("validTo").isMissingNode()
                || m.get("validTo").asText().compareTo(day) >= 0)) {
          return a.get("code").asText();
        }
      }
    }
    throw new AssertionError(who + " has no account on " + day);
  }

  static void lateDeal(String who, String day, String amount) {
    String csv =
        "id,account,booking_date,amount,currency,margin\nLATE-"
            + System.nanoTime()
            + ","
            + accountOf(who, day)
            + ","
            + day
            + ","
            + amount
            + ",EUR,"
            + new BigDecimal(amount).multiply(new BigDecimal("0.3")).toPlainString()
            + "\n";
    Api.Reply imported = Api.postCsv("/imports/transactions", "alice", csv);
    assertEquals(200, imported.status(), imported.body());
  }

  static long publishedRun(String period) {
    long run = Api.post("/runs", "alice", period).json().get("id").asLong();
    Api.Reply published = Api.post("/runs/" + run + "/publication", "alice", "{}");
    assertEquals(200, published.status(), published.body());
    return run;
  }

  @Test
  void aRecalculatedAdvanceIsPaidAsAnAdjustmentAndCountsAsAdvancePaid() {
    String q2 = "{\"periodStart\":\"2026-04-01\",\"periodEnd\":\"2026-06-30\"}";
    long first = publishedRun(q2);
    BigDecimal paid = byParticipant(first).get("jonas").get("amountDue").decimalValue();

    // A late deal on one of jonas's accounts: Q2 recalculated and published again.
    lateDeal("jonas", "2026-05-15", "150000");
    long second = Api.post("/runs", "alice", q2).json().get("id").asLong();
    JsonNode recalculated = byParticipant(second).get("jonas");
    BigDecimal difference = recalculated.get("difference").decimalValue();
    assertTrue(difference.signum() > 0, recalculated.toString());
    assertEquals(200, Api.post("/runs/" + second + "/publication", "alice", "{}").status());

    // Q3's advance nets what Q2 paid and its recalculation pays as an adjustment on Q3 (or, when
    // Q3 was already published by another test, on the next open period): never twice.
    long q3 = Api.post("/runs", "alice", Q3).json().get("id").asLong();
    JsonNode jonas = byParticipant(q3).get("jonas");
    assertEquals(200, Api.post("/runs/" + q3 + "/publication", "alice", "{}").status());
    JsonNode document = Api.get("/statements/" + jonas.get("id").asLong(), "alice").json();
    String notes = document.get("notes").toString();
    assertTrue(
        notes.contains("advances paid " + paid.add(difference).setScale(2)),
        "Q2 as first published plus its recalculation: " + notes);
    assertTrue(
        notes.contains("Advances paid include " + difference.setScale(2)), "explained: " + notes);
  }

  @Test
  void aRecalculatedPeriodsDifferenceIsPaidOnceInTheNextPeriod() {
    String q3 = "{\"periodStart\":\"2025-07-01\",\"periodEnd\":\"2025-09-30\"}";
    String q4 = "{\"periodStart\":\"2025-10-01\",\"periodEnd\":\"2025-12-31\"}";
    // The account manager who earned least: a late deal surely raises their payout.
    String am =
        byParticipant(publishedRun(q3)).values().stream()
            .filter(x -> x.get("plan").asText().equals("AM-QUOTA"))
            .filter(x -> x.get("status").asText().equals("CALCULATED"))
            .min(java.util.Comparator.comparing(x -> x.get("amountDue").decimalValue()))
            .orElseThrow()
            .get("participant")
            .asText();
    lateDeal(am, "2025-08-20", "200000");
    long again = Api.post("/runs", "alice", q3).json().get("id").asLong();
    JsonNode recalculated = byParticipant(again).get(am);
    BigDecimal difference = recalculated.get("difference").decimalValue();
    assertTrue(difference.signum() > 0, recalculated.toString());
    // Calculated before the recalculation was published: stale, and refused.
    long early = Api.post("/runs", "alice", q4).json().get("id").asLong();
    assertEquals(200, Api.post("/runs/" + again + "/publication", "alice", "{}").status());
    Api.Reply stale = Api.post("/runs/" + early + "/publication", "alice", "{}");
    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.body().contains("start this run again"), stale.body());

    long next = publishedRun(q4);
    JsonNode anna = byParticipant(next).get(am);
    assertEquals(0, anna.get("adjustments").decimalValue().compareTo(difference), anna.toString());
    JsonNode document = Api.get("/statements/" + anna.get("id").asLong(), "alice").json();
    JsonNode line = document.get("adjustments").get(0);
    assertTrue(
        line.get("reason").asText().startsWith("Recalculation of 2025-07-01 to 2025-09-30 (run "),
        line.toString());
    assertEquals(0, line.get("amount").decimalValue().compareTo(difference), line.toString());
    assertEquals(
        0,
        document
            .get("due")
            .decimalValue()
            .compareTo(document.get("payout").decimalValue().add(difference)),
        document.toString());

    // Restating Q4 carries the same adjustment again and shows no difference; nothing is new.
    JsonNode restated = byParticipant(publishedRun(q4)).get(am);
    assertEquals(0, restated.get("adjustments").decimalValue().compareTo(difference));
    assertEquals(0, restated.get("difference").decimalValue().signum(), restated.toString());
    JsonNode nextYear =
        byParticipant(
                Api.post(
                        "/runs",
                        "alice",
                        "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-03-31\"}")
                    .json()
                    .get("id")
                    .asLong())
            .get(am);
    assertEquals(0, nextYear.get("adjustments").decimalValue().signum(), "paid once");
  }

  @Test
  void aRunForASelectionCalculatesOnlyThoseNamed() {
    Api.Reply some =
        Api.post(
            "/runs",
            "alice",
            "{\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\","
                + "\"participants\":[\"kate\",\"anna\"]}");
    assertEquals(201, some.status(), some.body());
    assertEquals(2, some.json().get("statements").asLong());
    assertEquals(
        "anna, kate", some.json().get("selection").asText(), "the run says whom it is for");
    assertEquals(
        java.util.Set.of("kate", "anna"), byParticipant(some.json().get("id").asLong()).keySet());
    Api.Reply unknown =
        Api.post(
            "/runs",
            "alice",
            "{\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\","
                + "\"participants\":[\"kate\",\"nobody\"]}");
    assertEquals(400, unknown.status(), unknown.body());
    assertTrue(unknown.body().contains("participants") && unknown.body().contains("nobody"));
  }

  @Test
  void aPeriodThatFitsNoPlanIsAnExceptionNotAGuess() {
    Api.Reply month =
        Api.post("/runs", "alice", "{\"periodStart\":\"2026-08-01\",\"periodEnd\":\"2026-08-31\"}");
    assertEquals(201, month.status(), month.body());
    JsonNode kate = byParticipant(month.json().get("id").asLong()).get("kate");
    assertEquals("HELD", kate.get("status").asText());
    assertTrue(
        kate.get("exception").asText().contains("is not a payout date of plan KAM-SCORECARD"));
    Api.Reply bad =
        Api.post("/runs", "alice", "{\"periodStart\":\"2026-08-02\",\"periodEnd\":\"2026-08-31\"}");
    assertEquals(400, bad.status());
  }
}
