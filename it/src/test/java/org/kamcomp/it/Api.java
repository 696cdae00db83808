package org.kamcomp.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kamcomp.launcher.DemoData;
import org.kamcomp.launcher.Platform;

/** Calls the running platform's API as a demo user, with real tokens from the real Keycloak. */
final class Api {

  static final String BASE = Platform.APP_URL + "/api";
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private Api() {}

  /** A fresh-enough access token for a demo login (cached for the run; tokens live 5 minutes). */
  static String token(String username) {
    return TOKENS.computeIfAbsent(
        username,
        u -> {
          try {
            return new DemoData(Platform.APP_URL, TestPlatform.keycloakUrl()).tokenFor(u);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        });
  }

  record Reply(int status, String contentType, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }
  }

  /** Sends a request; {@code bearer} is the raw token or null for none. */
  static Reply call(String method, String path, String bearer, String jsonBody) {
    return call(method, path, bearer, jsonBody, "application/json");
  }

  /** Posts a CSV file as a user. */
  static Reply postCsv(String path, String user, String csv) {
    return call("POST", path, token(user), csv, "text/csv");
  }

  /** Posts raw bytes (a file in any encoding, or a large one) as a user. */
  static Reply postBytes(String path, String user, byte[] body, String contentType) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(BASE + path))
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", "Bearer " + token(user))
            .header("Accept", "application/json")
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Reply put(String path, String user, String body) {
    return call("PUT", path, token(user), body);
  }

  private static Reply call(
      String method, String path, String bearer, String body, String contentType) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofMinutes(5));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    b.header("Accept", "application/json, text/csv;q=0.5, */*;q=0.1");
    if (body != null) {
      b.header("Content-Type", contentType);
      b.method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Reply get(String path, String user) {
    return call("GET", path, user == null ? null : token(user), null);
  }

  static Reply post(String path, String user, String body) {
    return call("POST", path, user == null ? null : token(user), body);
  }

  /** The id of a demo participant, read as the comp admin. */
  static long participantId(String username) {
    for (JsonNode p : get("/participants", "alice").json()) {
      if (p.get("username").asText().equals(username)) {
        return p.get("id").asLong();
      }
    }
    throw new AssertionError("no participant " + username);
  }
}
