package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.kamcomp.launcher.Platform;

/** The OpenAPI document describes every endpoint the role matrix finds, and the bearer scheme. */
class OpenApiIT {

  @Test
  void theDocumentListsEveryEndpoint() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Platform.APP_URL + "/openapi?format=JSON"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    JsonNode doc = Api.JSON.readTree(r.body());
    assertEquals("KAM Comp API", doc.at("/info/title").asText());
    assertEquals("bearer", doc.at("/components/securitySchemes/bearer/scheme").asText());
    for (EndpointRoleMatrixIT.Endpoint e : EndpointRoleMatrixIT.discover()) {
      JsonNode operation = doc.path("paths").path("/api" + e.path()).path(e.method().toLowerCase());
      assertTrue(!operation.isMissingNode(), e.key() + " is documented");
    }
  }
}
