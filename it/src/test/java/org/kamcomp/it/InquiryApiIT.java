package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A dispute: kate asks about a line of her last published statement; nobody else may raise it;
 * sales operations resolves it with an adjustment that waits for her next period not yet published;
 * kate reads the outcome. The demo's history holds one paid already.
 */
class InquiryApiIT {

  @Test
  void aParticipantsInquiryIsResolvedWithAnAdjustmentPaidWithTheNextOpenPeriod() {
    long statement = Runs.current("kate", "2026-07-01").get("id").asLong();
    String question =
        "{\"statementId\":"
            + statement
            + ",\"line\":\"Account revenue\",\"question\":\"The Nordbank renewal is missing.\"}";

    // Only kate raises an inquiry on her statement.
    assertEquals(404, Api.post("/inquiries", "kai", question).status(), "a peer");
    assertEquals(404, Api.post("/inquiries", "mona", question).status(), "her manager reads only");
    assertEquals(403, Api.post("/inquiries", "alice", question).status(), "sales ops answers");
    Api.Reply blank =
        Api.post(
            "/inquiries",
            "kate",
            "{\"statementId\":" + statement + ",\"line\":\"Account revenue\",\"question\":\" \"}");
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

    JsonNode adjustment = adjustment("Inquiry " + id + " ");
    assertTrue(!adjustment.hasNonNull("paidWithStatement"), "waiting: " + adjustment);

    // Q4, the period under way, carries it as a line of its own; an estimate pays nothing yet.
    JsonNode q4 = Runs.byParticipant(Runs.run(Runs.Q4_2026)).get("kate");
    JsonNode document = Api.get("/statements/" + q4.get("id").asLong(), "alice").json();
    JsonNode line = null;
    for (JsonNode a : document.get("adjustments")) {
      if (a.get("reason").asText().startsWith("Inquiry " + id + " on")) {
        line = a;
      }
    }
    assertTrue(line != null, document.toString());
    assertEquals(0, line.get("amount").decimalValue().compareTo(new BigDecimal("250")));
    assertTrue(!adjustment("Inquiry " + id + " ").hasNonNull("paidWithStatement"), "still waiting");

    JsonNode outcome = Api.get("/inquiries?statement=" + statement, "kate").json().get(0);
    assertEquals("The renewal is credited now.", outcome.get("answer").asText());
    assertEquals(0, outcome.get("adjustment").decimalValue().compareTo(new BigDecimal("250")));
  }

  @Test
  void theDemosResolvedInquiryWasPaidWithTheNextQuarter() {
    JsonNode paid = null;
    for (JsonNode a : Api.get("/adjustments", "alice").json()) {
      if (a.get("participant").asText().equals("kate")
          && a.get("reason").asText().endsWith("of 2026-04-01 to 2026-06-30")
          && a.get("source").asText().equals("INQUIRY")) {
        paid = a;
      }
    }
    assertTrue(paid != null, "the demo's inquiry on Q2 2026");
    assertEquals(0, paid.get("amount").decimalValue().compareTo(new BigDecimal("1250")));
    JsonNode q3 = Runs.current("kate", "2026-07-01");
    assertEquals(
        0, q3.get("adjustments").decimalValue().compareTo(new BigDecimal("1250")), q3.toString());
    assertTrue(paid.hasNonNull("paidWithStatement"), paid.toString());
  }

  private static JsonNode adjustment(String reasonStart) {
    for (JsonNode a : Api.get("/adjustments", "alice").json()) {
      if (a.get("reason").asText().startsWith(reasonStart)) {
        return a;
      }
    }
    throw new AssertionError("no adjustment " + reasonStart);
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
