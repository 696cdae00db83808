package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A windfall: a huge deal on kate's account is held by the run and said so on her statement; sales
 * operations releases it with a reason, and the next run credits it in full.
 */
class WindfallApiIT {

  static final String Q3 =
      "{\"periodStart\":\"2025-07-01\",\"periodEnd\":\"2025-09-30\",\"participants\":[\"kate\"]}";

  static JsonNode kateIn(long run) {
    return Runs.byParticipant(run).get("kate");
  }

  @Test
  void aHeldWindfallIsReleasedAndThenCredited() {
    String deal = "WF-" + System.nanoTime();
    String csv =
        "id,account,booking_date,amount,currency,margin\n"
            + deal
            + ","
            + Runs.accountOf("kate", "2025-08-10")
            + ",2025-08-10,8000000,EUR,2400000\n";
    assertEquals(200, Api.postCsv("/imports/transactions", "alice", csv).status());

    long first = Runs.run(Q3);
    JsonNode held = kateIn(first);
    BigDecimal before = held.get("earned").decimalValue();
    Runs.publish(first);
    JsonNode statement = Api.get("/statements/" + held.get("id").asLong(), "kate").json();
    String notes = statement.get("notes").toString();
    assertTrue(notes.contains("Deal " + deal + " is a windfall"), "held, and said so: " + notes);
    assertTrue(statement.get("heldWindfalls").toString().contains(deal), statement.toString());
    JsonNode queued = null;
    for (JsonNode h : Api.get("/windfalls", "otto").json()) {
      if (h.get("deal").asText().equals(deal)) {
        queued = h;
      }
    }
    assertTrue(queued != null, "in the queue to review");
    assertEquals("kate", queued.get("participant").asText());
    assertEquals(held.get("id").asLong(), queued.get("statementId").asLong());
    long stale = Runs.run(Q3);

    Api.Reply anonymous =
        Api.post("/windfalls", "kate", "{\"deal\":\"" + deal + "\",\"reason\":\"x\"}");
    assertEquals(403, anonymous.status(), "a participant does not release windfalls");
    Api.Reply noReason =
        Api.post("/windfalls", "alice", "{\"deal\":\"" + deal + "\",\"reason\":\"\"}");
    assertEquals(400, noReason.status());
    Api.Reply unknown = Api.post("/windfalls", "alice", "{\"deal\":\"NO-SUCH\",\"reason\":\"x\"}");
    assertEquals(400, unknown.status());
    assertTrue(unknown.body().contains("deal"), unknown.body());

    Api.Reply released =
        Api.post(
            "/windfalls",
            "alice",
            "{\"deal\":\""
                + deal
                + "\",\"reason\":\"Signed multi-year frame agreement, approved by the VP\"}");
    assertEquals(201, released.status(), released.body());
    assertEquals(
        409,
        Api.post("/windfalls", "alice", "{\"deal\":\"" + deal + "\",\"reason\":\"again\"}")
            .status(),
        "released once");
    assertTrue(
        Api.get("/windfalls/released", "otto").body().contains(deal), "audit reads releases");
    assertFalse(Api.get("/windfalls", "alice").body().contains(deal), "out of the queue");

    assertEquals(
        409,
        Api.post("/runs/" + stale + "/publication", "alice", "{}").status(),
        "a run calculated before the release cannot be published");
    JsonNode credited = kateIn(Runs.run(Q3));
    assertTrue(
        credited.get("earned").decimalValue().compareTo(before) > 0,
        "released, the deal counts: " + before + " -> " + credited.get("earned"));
    assertTrue(credited.hasNonNull("difference"), "a new version of the published statement");
  }
}
