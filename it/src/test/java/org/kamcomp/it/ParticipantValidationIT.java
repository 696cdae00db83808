package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Bad input gets problem details with a message per field, and changes nothing. */
class ParticipantValidationIT {

  private static String unique(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36);
  }

  private static Map<String, String> fieldErrors(Api.Reply r) {
    Map<String, String> errors = new TreeMap<>();
    for (JsonNode e : r.json().get("errors")) {
      errors.put(e.get("field").asText(), e.get("message").asText());
    }
    return errors;
  }

  @Test
  void everyInvalidFieldIsNamed() {
    Api.Reply r =
        Api.post(
            "/participants",
            "alice",
            "{\"username\":\"Not Valid\",\"fullName\":\" \",\"email\":\"nope\",\"currency\":\"\"}");
    assertEquals(400, r.status());
    assertEquals("application/problem+json", r.contentType());
    assertEquals(400, r.json().get("status").asInt());
    assertEquals(
        Map.of(
            "currency", "is required",
            "email", "must be an e-mail address",
            "fullName", "is required",
            "startDate", "is required",
            "username", "may hold lower-case letters, digits and . _ @ - only"),
        fieldErrors(r));
  }

  @Test
  void anUnknownManagerOrCurrencyIsNamedAndNothingIsSaved() {
    String username = unique("orphan");
    Api.Reply r =
        Api.post(
            "/participants",
            "alice",
            "{\"username\":\""
                + username
                + "\",\"fullName\":\"Orphan\",\"currency\":\"EUR\",\"startDate\":\"2024-01-01\","
                + "\"managerUsername\":\"nobody-here\"}");
    assertEquals(400, r.status());
    assertEquals(
        Map.of("managerUsername", "No participant has the user name nobody-here"), fieldErrors(r));

    Api.Reply badCurrency =
        Api.post(
            "/participants",
            "alice",
            "{\"username\":\""
                + username
                + "\",\"fullName\":\"Orphan\",\"currency\":\"EUX\",\"startDate\":\"2024-01-01\"}");
    assertEquals(400, badCurrency.status());
    assertEquals(
        Map.of("currency", "EUX is not an ISO 4217 currency code"), fieldErrors(badCurrency));

    for (JsonNode p : Api.get("/participants", "alice").json()) {
      assertEquals(false, p.get("username").asText().equals(username), "nothing was saved");
    }
  }

  @Test
  void aDuplicateUserNameIsAConflict() {
    String username = unique("dup");
    String body =
        "{\"username\":\""
            + username
            + "\",\"fullName\":\"Dee Uplicate\",\"currency\":\"EUR\",\"startDate\":\"2024-01-01\"}";
    Api.Reply created = Api.post("/participants", "alice", body);
    assertEquals(201, created.status(), created.body());
    assertEquals(username, created.json().get("username").asText());
    Api.Reply again = Api.post("/participants", "alice", body);
    assertEquals(409, again.status());
    assertEquals("application/problem+json", again.contentType());
  }

  @Test
  void unreadableJsonIsA400ProblemNotAServerError() {
    Api.Reply r = Api.post("/participants", "alice", "{\"username\": ");
    assertEquals(400, r.status());
    assertEquals("application/problem+json", r.contentType());
  }

  @Test
  void aNewParticipantUnderAManagerJoinsTheirReportingLine() {
    String username = unique("kam");
    Api.Reply created =
        Api.post(
            "/participants",
            "alice",
            "{\"username\":\""
                + username
                + "\",\"fullName\":\"New KAM\",\"currency\":\"EUR\",\"startDate\":\"2024-01-01\","
                + "\"managerUsername\":\"ines\"}");
    assertEquals(201, created.status(), created.body());
    long id = created.json().get("id").asLong();
    assertEquals(200, Api.get("/participants/" + id, "mona").status(), "mona's line, via ines");
    assertEquals(200, Api.get("/participants/" + id, "victor").status(), "victor's line");
    assertEquals(404, Api.get("/participants/" + id, "nils").status(), "not nils's line");
  }
}
