package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Calculation runs through the API as sales operations starts and reads them. The demo company's
 * history is published up to the last quarter that has ended, so a run of a past quarter is a
 * recalculation of what was published.
 */
final class Runs {

  static final String Q1_2026 = period("2026-01-01", "2026-03-31");
  static final String Q2_2026 = period("2026-04-01", "2026-06-30");
  static final String Q3_2026 = period("2026-07-01", "2026-09-30");

  /** The quarter under way (the demo's today is the platform's): a run of it is an estimate. */
  static final String Q4_2026 = period("2026-10-01", "2026-12-31");

  private Runs() {}

  static String period(String start, String end) {
    return "{\"periodStart\":\"" + start + "\",\"periodEnd\":\"" + end + "\"}";
  }

  /** A run of the period (a JSON body), waited for until it is calculated. */
  static JsonNode calculated(String body) {
    Api.Reply started = Api.post("/runs?wait=300", "alice", body);
    assertEquals(201, started.status(), started.body());
    assertEquals("CALCULATED", started.json().get("status").asText(), started.body());
    return started.json();
  }

  static long run(String body) {
    return calculated(body).get("id").asLong();
  }

  static void publish(long run) {
    Api.Reply published = Api.post("/runs/" + run + "/publication", "alice", "{}");
    assertEquals(200, published.status(), published.body());
  }

  static long published(String body) {
    long run = run(body);
    publish(run);
    return run;
  }

  /** Every statement of a run, by participant, read a page at a time. */
  static Map<String, JsonNode> byParticipant(long run) {
    Map<String, JsonNode> statements = new HashMap<>();
    for (int offset = 0; ; offset += 200) {
      JsonNode page =
          Api.get("/runs/" + run + "/statements?limit=200&offset=" + offset, "alice").json();
      page.get("items").forEach(s -> statements.put(s.get("participant").asText(), s));
      if (offset + 200 >= page.get("total").asLong()) {
        return statements;
      }
    }
  }

  /** The current published statement of a participant for the period starting on a day. */
  static JsonNode current(String who, String periodStart) {
    JsonNode items =
        Api.get("/statements?participant=" + who + "&periodStart=" + periodStart, "alice")
            .json()
            .get("items");
    assertEquals(1, items.size(), who + " on " + periodStart + ": " + items);
    return items.get(0);
  }

  /** The whole statement, as sales operations reads it. */
  static JsonNode document(JsonNode brief) {
    return Api.get("/statements/" + brief.get("id").asLong(), "alice").json();
  }

  /** An account of {@code who}'s team on {@code day}. */
  static String accountOf(String who, String day) {
    for (JsonNode a : Api.get("/accounts", "alice").json()) {
      for (JsonNode m : a.get("team")) {
        if (m.get("username").asText().equals(who)
            && !"OVERLAY".equals(m.path("role").asText())
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

  /** A deal booked late on one of {@code who}'s accounts, imported by sales operations. */
  static String lateDeal(String who, String day, String amount) {
    String id = "LATE-" + System.nanoTime();
    String csv =
        "id,account,booking_date,amount,currency,margin\n"
            + id
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
    return id;
  }
}
