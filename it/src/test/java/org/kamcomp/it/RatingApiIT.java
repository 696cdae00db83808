package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Managers rate the qualitative measures of their reporting line, on the measure's scale. */
class RatingApiIT {

  static Api.Reply rate(String manager, String who, String measure, String end, String rating) {
    return Api.put(
        "/results/rating",
        manager,
        "{\"username\":\"%s\",\"measureCode\":\"%s\",\"periodEnd\":\"%s\",\"rating\":%s,\"comment\":\"review\"}"
            .formatted(who, measure, end, rating));
  }

  static String field(Api.Reply r) {
    assertEquals(400, r.status(), r.body());
    return r.json().get("errors").get(0).get("field").asText();
  }

  @Test
  void aManagerRatesSomeoneInTheirLineAndTheParticipantSeesIt() {
    Api.Reply r = rate("mona", "kai", "account-plan", "2026-12-31", "4");
    assertEquals(200, r.status(), r.body());
    assertEquals("mona", r.json().get("recordedBy").asText());
    boolean seen = false;
    for (JsonNode x : Api.get("/results?username=kai", "kai").json()) {
      seen |=
          x.get("measureCode").asText().equals("account-plan")
              && x.get("periodEnd").asText().equals("2026-12-31");
    }
    assertTrue(seen, "kai reads his rating");
    assertEquals(0, Api.get("/results?username=kai", "kate").json().size(), "kate does not");
  }

  @Test
  void ratingsOutsideTheLineOnTheWrongMeasureOrScaleAreRefused() {
    assertEquals(404, rate("mona", "anna", "account-plan", "2026-12-31", "3").status());
    assertEquals(404, rate("nils", "kate", "account-plan", "2026-12-31", "3").status());
    assertEquals("username", field(rate("victor", "victor", "account-plan", "2026-12-31", "3")));
    assertEquals("measureCode", field(rate("mona", "kate", "revenue", "2026-12-31", "3")));
    assertEquals("rating", field(rate("mona", "kate", "account-plan", "2026-12-31", "6")));
    assertEquals("periodEnd", field(rate("mona", "kate", "account-plan", "2026-11-30", "3")));
    assertEquals(403, rate("kate", "kate", "account-plan", "2026-12-31", "5").status());
  }
}
