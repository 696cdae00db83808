package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Only a valid token from the kam realm opens the API; everything else is a 401. */
class ApiAuthenticationIT {

  @Test
  void healthIsPublicAndReportsTheDatabase() {
    Api.Reply r = Api.get("/health", null);
    assertEquals(200, r.status());
    assertEquals("UP", r.json().get("database").asText());
  }

  @Test
  void aCallWithoutATokenIs401() {
    assertEquals(401, Api.get("/participants", null).status());
    assertEquals(401, Api.get("/me", null).status());
  }

  @Test
  void aTokenWithATamperedPayloadIs401() {
    String[] parts = Api.token("kate").split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged =
        payload.replace("\"preferred_username\":\"kate\"", "\"preferred_username\":\"alice\"");
    assertTrue(!forged.equals(payload), "the forged payload differs");
    String token =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertEquals(401, Api.call("GET", "/participants", token, null).status());
  }

  @Test
  void aTokenSignedWithoutAKeyIs401() {
    String header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = Api.token("alice").split("\\.")[1];
    assertEquals(401, Api.call("GET", "/me", header + "." + payload + ".", null).status());
  }

  @Test
  void aGarbageTokenIs401() {
    assertEquals(401, Api.call("GET", "/me", "not-a-token", null).status());
  }

  @Test
  void aTokenOfAnotherRealmIs401() throws Exception {
    // Keycloak's own admin token is genuinely signed, but by the master realm.
    String token = KeycloakAdmin.adminToken();
    assertEquals(401, Api.call("GET", "/me", token, null).status());
  }

  @Test
  void anExpiredTokenIs401() throws Exception {
    String token = KeycloakAdmin.shortLivedToken("kate");
    assertEquals(200, Api.call("GET", "/me", token, null).status(), "accepted while valid");
    Thread.sleep((KeycloakAdmin.LIFESPAN_SECONDS + 2) * 1000L);
    assertEquals(401, Api.call("GET", "/me", token, null).status(), "refused once expired");
  }

  @Test
  void aValidTokenNamesTheUserAndTheirRoles() {
    var me = Api.get("/me", "victor").json();
    assertEquals("victor", me.get("username").asText());
    assertEquals("Victor Vance", me.get("fullName").asText());
    assertEquals("[\"approver-sales\",\"manager\",\"participant\"]", me.get("roles").toString());
  }
}
