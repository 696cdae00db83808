package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kamcomp.launcher.DemoData;

/**
 * Data scope over the API, with the demo company: sales operations and audit see everyone, a
 * manager their whole reporting line (themself included), a participant themself, an approver
 * nobody; one outside the scope is not found, as if it did not exist.
 */
class ParticipantScopeIT {

  static Set<String> visibleTo(String user) {
    Set<String> names = new TreeSet<>();
    for (JsonNode p : Api.get("/participants", user).json()) {
      names.add(p.get("username").asText());
    }
    return names;
  }

  @ParameterizedTest(name = "{0} sees {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mona   | ines jonas kai kate mona",
        "nils   | aaron anna bruno clara nils",
        "victor | aaron anna bruno clara ines jonas kai kate mona nils victor",
        "kate   | kate",
        "anna   | anna",
        "fiona  | ",
        "hank   | "
      })
  void aManagerSeesTheReportingLineAndAParticipantThemself(String user, String expected) {
    Set<String> want = new TreeSet<>();
    if (expected != null) {
      want.addAll(Set.of(expected.trim().split("\\s+")));
    }
    // Other tests add participants of their own; the demo company is what this scope is about.
    Set<String> seen = new TreeSet<>(visibleTo(user));
    seen.retainAll(DemoData.PEOPLE.stream().map(DemoData.Person::username).toList());
    assertEquals(want, seen);
  }

  @ParameterizedTest(name = "{0} and {1} see everyone")
  @CsvSource({"alice", "otto"})
  void salesOperationsAndAuditSeeEveryone(String user) {
    Set<String> all = visibleTo(user);
    for (String demo : DemoLogins.ROLES.keySet()) {
      assertEquals(true, all.contains(demo), user + " sees " + demo);
    }
  }

  @ParameterizedTest(name = "{0} cannot open {1}")
  @CsvSource({
    "mona, anna", // a manager outside their reporting line
    "mona, victor", // a manager reaching up, to their own manager
    "nils, kate",
    "kate, kai", // a participant reaching a peer
    "kai, mona", // a participant reaching their manager
    "fiona, kate" // an approver has no participant scope
  })
  void someoneOutsideTheScopeIsNotFound(String user, String other) {
    Api.Reply r = Api.get("/participants/" + Api.participantId(other), user);
    assertEquals(404, r.status());
    assertEquals("application/problem+json", r.contentType());
  }

  @ParameterizedTest(name = "{0} opens {1}")
  @CsvSource({"mona, kate", "mona, mona", "victor, kai", "kate, kate", "otto, anna", "alice, nils"})
  void someoneInsideTheScopeIsFound(String user, String other) {
    Api.Reply r = Api.get("/participants/" + Api.participantId(other), user);
    assertEquals(200, r.status());
    assertEquals(other, r.json().get("username").asText());
  }
}
