package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A dispute: kate asks about a line of her Q1 2025 statement; nobody else may raise it; sales
 * operations resolves it with an adjustment that her Q2 2025 statement pays; kate reads the
 * outcome.
 */
class InquiryApiIT {

  static final String Q1 = "{\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-03-31\"}";
  static final String Q2 = "{\"periodStart\":\"2025-04-01\",\"periodEnd\":\"2025-06-30\"}";

  @Test
  void aParticipantsInquiryIsResolvedWithAnAdjustmentPaidInTheNextPeriod() {
    long statement =
        RunApiIT.byParticipant(RunApiIT.publishedRun(Q1)).get("kate").get("id").asLong();
    String question =
        "{\"statementId\":"
            + statement
            + ",\"line\":\"Booked revenue\",\"question\":\"The Nordbank renewal is missing.\"}";

    // Only kate raises an inquiry on her statement.
    assertEquals(404, Api.post("/inquiries", "kai", question).status(), "a peer");
    assertEquals(404, Api.post("/inquiries", "mona", question).status(), "her manager reads only");
    assertEquals(403, Api.post("/inquiries", "alice", question).status(), "sales ops answers");
    Api.Reply blank =
        Api.post(
            "/inquiries",
            "kate",
            "{\"statementId\":" + statement + ",\"line\":\"Booked revenue\",\"question\":\" \"}");
    assertEquals(400, blank.status(), blank.body());
    assertTrue(blank.body().contains("question"), blank.body());

    Api.Reply raised = Api.post("/inquiries", "kate", question);
    assertEquals(201, raised.status(), raised.body());
    long id = raised.json().get("id").asLong();
    long version = raised.json().get("version").asLong();
    assertEquals("OPEN", raised.json().get("status").asText());

    // Read in scope: kate, her manager, sales ops; not a peer.
    assertTrue(Api.get("/inquiries?statement=" + statement, "kate").body().contains("Nordbank"));
    assertTrue(Api.get("/inquiries?open=true", "alice").body().contains("Nordbank"));
    assertTrue(Api.get("/inquiries", "mona").body().contains("Nordbank"));
    assertTrue(!Api.get("/inquiries", "kai").body().contains("\"id\":" + id + ","), "a peer");

    String path = "/inquiries/" + id + "/resolution";
    Api.Reply fine = Api.post(path, "alice", decision(version, "Credited.", "120.005"));
    assertEquals(400, fine.status(), fine.body());
    assertTrue(fine.body().contains("amount") && fine.body().contains("2 decimals"), fine.body());
    assertEquals(409, Api.post(path, "alice", decision(version + 1, "x", "10")).status(), "stale");
    assertEquals(403, Api.post(path, "kate", decision(version, "x", "10")).status());
    Api.Reply resolved =
        Api.post(path, "alice", decision(version, "The renewal is credited now.", "250.00"));
    assertEquals(200, resolved.status(), resolved.body());
    assertEquals("RESOLVED", resolved.json().get("status").asText());
    assertEquals(
        409,
        Api.post(
                "/inquiries/" + id + "/answer",
                "alice",
                decision(resolved.json().get("version").asLong(), "again", null))
            .status(),
        "decided once");

    JsonNode adjustment = null;
    for (JsonNode a : Api.get("/adjustments", "alice").json()) {
      if (a.get("reason").asText().startsWith("Inquiry " + id + " ")) {
        adjustment = a;
      }
    }
    assertTrue(adjustment != null && !adjustment.hasNonNull("paidWithStatement"), "waiting");

    // Q2 pays it as a line of its own.
    JsonNode q2 = RunApiIT.byParticipant(RunApiIT.publishedRun(Q2)).get("kate");
    JsonNode document = Api.get("/statements/" + q2.get("id").asLong(), "kate").json();
    assertTrue(
        document.get("adjustments").toString().contains("Inquiry " + id + " on"),
        document.toString());
    BigDecimal carried = q2.get("adjustments").decimalValue();
    assertEquals(0, carried.compareTo(new BigDecimal("250")), q2.toString());
    for (JsonNode a : Api.get("/adjustments", "alice").json()) {
      if (a.get("id").asLong() == adjustment.get("id").asLong()) {
        assertEquals(q2.get("id").asLong(), a.get("paidWithStatement").asLong());
      }
    }
    JsonNode outcome = Api.get("/inquiries?statement=" + statement, "kate").json().get(0);
    assertEquals("The renewal is credited now.", outcome.get("answer").asText());
    assertEquals(0, outcome.get("adjustment").decimalValue().compareTo(new BigDecimal("250")));
  }

  static String decision(long version, String answer, String amount) {
    return "{\"version\":"
        + version
        + ",\"answer\":\""
        + answer
        + "\""
        + (amount == null ? "" : ",\"amount\":" + amount)
        + "}";
  }
}
