package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan version's history: every change with who and when, read back from the audit. */
class PlanHistoryIT {

  @Test
  void everyChangeIsKeptWithWhoAndWhen() {
    String code = PlanApiIT.createDraftPlan("HIST");
    String path = "/plans/" + code + "/versions/1";
    long version = Api.get(path, "alice").json().get("version").asLong();
    Api.Reply revised =
        Api.put(
            path,
            "alice",
            "{\"version\":"
                + version
                + ",\"terms\":"
                + PlanApiIT.TERMS
                + ",\"scorecard\":"
                + PlanApiIT.scorecard("70", "30")
                + "}");
    assertEquals(200, revised.status(), revised.body());
    Api.Reply approved =
        Api.post(
            path + "/approval",
            "alice",
            "{\"version\":" + revised.json().get("version").asLong() + "}");
    assertEquals(200, approved.status(), approved.body());

    JsonNode history = Api.get(path + "/history", "otto").json();
    List<String> lines = new ArrayList<>();
    for (JsonNode h : history) {
      StringBuilder line =
          new StringBuilder(h.get("kind").asText() + " by " + h.get("changedBy").asText());
      for (JsonNode c : h.get("changes")) {
        line.append("; ")
            .append(c.get("element").asText())
            .append(": ")
            .append(c.get("before").asText())
            .append(" -> ")
            .append(c.get("after").asText());
      }
      lines.add(line.toString());
    }
    assertEquals(
        List.of(
            "CREATED by alice",
            "CHANGED by alice; measure revenue weight: 60 % -> 70 %; measure csat weight: 40 % ->"
                + " 30 %",
            "CHANGED by alice; status: DRAFT -> APPROVED"),
        lines);
    assertEquals(403, Api.get(path + "/history", "kate").status());
  }
}
