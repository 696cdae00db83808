package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * What-if on the demo: the KAMs over 2025 on the AM quota plan and on the KAM scorecard, beside
 * their current plans; nothing is written.
 */
class WhatIfApiIT {

  static JsonNode rowOf(JsonNode model, String who) {
    for (JsonNode r : model.get("rows")) {
      if (r.get("participant").asText().equals(who)) {
        return r;
      }
    }
    throw new AssertionError(who + " not in " + model.get("label"));
  }

  @Test
  void theKamsOnTheQuotaPlanAndOnTheScorecardSideBySide() {
    int runs = Api.get("/runs", "alice").json().size();
    Api.Reply reply =
        Api.post(
            "/what-if",
            "alice",
            "{\"role\":\"KAM\",\"year\":2025,\"versions\":[\"AM-QUOTA/1\",\"KAM-SCORECARD/1\"]}");
    assertEquals(200, reply.status(), reply.body());
    JsonNode models = reply.json();
    assertEquals(3, models.size());
    JsonNode current = models.get(0);
    JsonNode quota = models.get(1);
    JsonNode scorecard = models.get(2);
    assertEquals("Current plans", current.get("label").asText());
    assertTrue(quota.get("label").asText().startsWith("AM-QUOTA v1"));
    assertTrue(current.get("participants").asInt() >= 40, current.toString());

    // Kate's current plan is the scorecard: modeled on it, she is paid exactly the same.
    BigDecimal kateNow = rowOf(current, "kate").get("payout").decimalValue();
    assertEquals(0, kateNow.compareTo(rowOf(scorecard, "kate").get("payout").decimalValue()));
    BigDecimal kateOnQuota = rowOf(quota, "kate").get("payout").decimalValue();
    assertNotEquals(0, kateNow.compareTo(kateOnQuota), "a different plan pays differently");

    for (JsonNode m : models) {
      int counted = 0;
      for (var band :
          (Iterable<java.util.Map.Entry<String, JsonNode>>) m.get("distribution")::fields) {
        counted += band.getValue().asInt();
      }
      assertEquals(m.get("participants").asInt() + m.get("excluded").asInt(), counted);
      BigDecimal sum = BigDecimal.ZERO;
      for (JsonNode r : m.get("rows")) {
        if (r.hasNonNull("payout")) {
          sum = sum.add(r.get("payout").decimalValue());
        }
      }
      assertEquals(0, sum.compareTo(m.get("cost").decimalValue()), "the cost adds up");
      for (String share : new String[] {"shareAtThreshold", "shareAtTarget"}) {
        BigDecimal s = m.get(share).decimalValue();
        assertTrue(s.signum() >= 0 && s.compareTo(BigDecimal.valueOf(100)) <= 0, share);
      }
    }
    assertEquals(
        0,
        quota
            .get("costVsCurrent")
            .decimalValue()
            .compareTo(
                quota.get("cost").decimalValue().subtract(current.get("cost").decimalValue())));
    assertTrue(
        quota
                .get("shareAtTarget")
                .decimalValue()
                .compareTo(quota.get("shareAtThreshold").decimalValue())
            <= 0);
    assertEquals(runs, Api.get("/runs", "alice").json().size(), "nothing written");
  }

  @Test
  void aBadQuestionIsRefusedByField() {
    Api.Reply unknown =
        Api.post("/what-if", "alice", "{\"role\":\"KAM\",\"year\":2025,\"versions\":[\"NOPE/1\"]}");
    assertEquals(400, unknown.status(), unknown.body());
    assertTrue(unknown.body().contains("versions"), unknown.body());
    Api.Reply empty =
        Api.post("/what-if", "alice", "{\"role\":\"KAM\",\"year\":2025,\"versions\":[]}");
    assertEquals(400, empty.status(), empty.body());
  }
}
