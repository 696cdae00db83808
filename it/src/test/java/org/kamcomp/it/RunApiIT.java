package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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

  @Test
  void anAdvanceNetsWhatWasPaidNotALaterVersionOfAnEarlierQuarter() {
    String q2 = "{\"periodStart\":\"2026-04-01\",\"periodEnd\":\"2026-06-30\"}";
    long first = Api.post("/runs", "alice", q2).json().get("id").asLong();
    assertEquals(200, Api.post("/runs/" + first + "/publication", "alice", "{}").status());
    java.math.BigDecimal paid = byParticipant(first).get("jonas").get("amountDue").decimalValue();

    // A late deal on one of jonas's accounts: Q2 recalculated and published again.
    String account = null;
    for (JsonNode a : Api.get("/accounts", "alice").json()) {
      for (JsonNode m : a.get("team")) {
        if (m.get("username").asText().equals("jonas") && account == null) {
          account = a.get("code").asText();
        }
      }
    }
    assertEquals(
        200,
        Api.postCsv(
                "/imports/transactions",
                "alice",
                "id,account,booking_date,amount,currency,margin\nLATE-Q2-"
                    + System.nanoTime()
                    + ","
                    + account
                    + ",2026-05-15,150000,EUR,45000\n")
            .status());
    Api.Reply again = Api.post("/runs", "alice", q2);
    long second = again.json().get("id").asLong();
    JsonNode recalculated = byParticipant(second).get("jonas");
    assertTrue(recalculated.get("difference").decimalValue().signum() > 0, recalculated.toString());
    assertEquals(200, Api.post("/runs/" + second + "/publication", "alice", "{}").status());

    // Q3's advance nets what Q1/Q2 paid: Q2's first version, not its later one.
    long q3 = Api.post("/runs", "alice", Q3).json().get("id").asLong();
    long statement = byParticipant(q3).get("jonas").get("id").asLong();
    assertEquals(200, Api.post("/runs/" + q3 + "/publication", "alice", "{}").status());
    String notes = Api.get("/statements/" + statement, "alice").json().get("notes").toString();
    assertTrue(notes.contains("advances paid " + paid.setScale(2)), notes);
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
