package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plan assignments of the demo company: a participant sees their own plan, a manager their
 * reporting line's, nobody anyone else's; sales operations assigns plans and sets targets.
 */
class AssignmentApiIT {

  /** The id of a demo participant's assignment in the current year. */
  static long assignmentOf(String username) {
    for (JsonNode a : Api.get("/assignments", "alice").json()) {
      if (a.get("username").asText().equals(username)
          && a.get("validFrom").asText().startsWith("2026")) {
        return a.get("id").asLong();
      }
    }
    throw new AssertionError("no 2026 assignment of " + username);
  }

  @Test
  void aParticipantSeesTheirOwnPlanAndTargets() {
    JsonNode mine = Api.get("/assignments", "kate").json();
    Set<String> whose = new TreeSet<>();
    mine.forEach(a -> whose.add(a.get("username").asText() + " " + a.get("planCode").asText()));
    assertEquals(Set.of("kate KAM-SCORECARD"), whose);
    assertEquals(2, mine.size(), "last year and this year");
    JsonNode plan = Api.get("/assignments/" + assignmentOf("kate") + "/plan", "kate").json();
    assertEquals("KAM-SCORECARD", plan.get("planCode").asText());
    assertEquals(5, plan.get("scorecard").get("measures").size());
    JsonNode current = Api.get("/assignments/" + assignmentOf("kate"), "kate").json();
    assertTrue(current.get("targets").size() >= 16, current.toString());
  }

  @ParameterizedTest(name = "{0} cannot open the assignment of {1}")
  @CsvSource({"kate, kai", "kai, jonas", "mona, anna", "nils, kate", "fiona, kate"})
  void nobodyReachesAnAssignmentOutsideTheirScope(String user, String other) {
    long id = assignmentOf(other);
    assertEquals(404, Api.get("/assignments/" + id, user).status());
    assertEquals(404, Api.get("/assignments/" + id + "/plan", user).status());
  }

  @ParameterizedTest(name = "{0} opens the assignment of {1}")
  @CsvSource({"mona, kate", "victor, anna", "otto, kai", "alice, aaron"})
  void managersSeeTheirLineAndAuditEveryone(String user, String other) {
    assertEquals(200, Api.get("/assignments/" + assignmentOf(other), user).status());
  }

  @Test
  void aManagerListsTheirLineOnly() {
    Set<String> seen = new TreeSet<>();
    Api.get("/assignments?plan=AM-QUOTA", "mona")
        .json()
        .forEach(a -> seen.add(a.get("username").asText()));
    assertEquals(Set.of(), seen, "mona's line has no account managers");
    Api.get("/assignments", "nils").json().forEach(a -> seen.add(a.get("username").asText()));
    assertTrue(seen.contains("anna"), seen.toString());
    assertTrue(!seen.contains("kate"), seen.toString());
  }

  @Test
  void aDraftCannotBeAssignedAndTheMessageSaysWhy() {
    String code = PlanApiIT.createDraftPlan("ASSIGN");
    Api.Reply r =
        Api.post(
            "/assignments",
            "alice",
            "{\"username\":\"otto\",\"planCode\":\""
                + code
                + "\",\"planVersion\":1,\"validFrom\":\"2026-01-01\",\"validTo\":\"2026-12-31\"}");
    assertEquals(400, r.status(), r.body());
    assertEquals("planVersion", r.json().get("errors").get(0).get("field").asText());
    assertTrue(r.json().get("errors").get(0).get("message").asText().contains("is a draft"));
  }

  @Test
  void targetsSetOnAStaleReadAreAConflict() {
    long id = assignmentOf("jonas");
    long version = Api.get("/assignments/" + id, "alice").json().get("version").asLong();
    String body =
        "{\"version\":%d,\"targets\":[{\"measureCode\":\"csat\",\"periodEnd\":\"2026-12-31\",\"value\":%s}]}";
    Api.Reply first =
        Api.put("/assignments/" + id + "/targets", "alice", body.formatted(version, 81));
    assertEquals(200, first.status(), first.body());
    Api.Reply second =
        Api.put("/assignments/" + id + "/targets", "alice", body.formatted(version, 82));
    assertEquals(409, second.status(), second.body());
    Api.Reply bad =
        Api.put(
            "/assignments/" + id + "/targets",
            "alice",
            body.formatted(first.json().get("version").asLong(), 0));
    assertEquals(400, bad.status());
    assertEquals("targets[0].target", bad.json().get("errors").get(0).get("field").asText());
  }
}
