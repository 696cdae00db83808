package org.kamcomp.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.kamcomp.launcher.DemoData;
import org.kamcomp.launcher.Platform;

/**
 * Keycloak's admin API for tests: its administrator's token (genuinely signed, by another realm),
 * and tokens that expire, made for real by a test client of the kam realm whose access tokens live
 * a few seconds (the platform's own clients keep their settings).
 */
final class KeycloakAdmin {

  private static final String CLIENT = "kam-it-short-lived";
  static final int LIFESPAN_SECONDS = 4;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private KeycloakAdmin() {}

  /** A token that expires {@link #LIFESPAN_SECONDS} after it is issued. */
  static String shortLivedToken(String username) throws Exception {
    String kc = TestPlatform.keycloakUrl();
    String admin = adminToken();
    String client =
        "{\"clientId\":\""
            + CLIENT
            + "\",\"publicClient\":true,\"directAccessGrantsEnabled\":true,"
            + "\"standardFlowEnabled\":false,\"attributes\":{\"access.token.lifespan\":\""
            + LIFESPAN_SECONDS
            + "\"}}";
    HttpResponse<String> created =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(kc + "/admin/realms/kam/clients"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201 && created.statusCode() != 409) {
      throw new AssertionError(
          "creating the test client: " + created.statusCode() + created.body());
    }
    return new DemoData(Platform.APP_URL, kc).tokenFor(username, CLIENT);
  }

  /** A token of Keycloak's own administrator, from the master realm. */
  static String adminToken() throws Exception {
    return Api.JSON
        .readTree(
            send(
                HttpRequest.newBuilder(
                        URI.create(
                            TestPlatform.keycloakUrl()
                                + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                    .build(),
                200))
        .get("access_token")
        .asText();
  }

  private static String send(HttpRequest request, int expected) throws Exception {
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new AssertionError(request.uri() + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }
}
