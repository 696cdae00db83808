package org.kamcomp.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo company, loaded through the platform's own API as the demo comp admin, so it passes the
 * same validation as any user's data. Loading is idempotent: people already there are kept.
 */
public final class DemoData {

  /** A demo person; the demo logins are among them, in the places the product brief gives. */
  public record Person(String username, String fullName, String title, String manager) {}

  public static final List<Person> PEOPLE =
      List.of(
          new Person("victor", "Victor Vance", "Head of Sales", null),
          new Person("mona", "Mona Maier", "Manager, Key Accounts North", "victor"),
          new Person("nils", "Nils Nyberg", "Manager, Accounts South", "victor"),
          new Person("kate", "Kate Keller", "Key Account Manager", "mona"),
          new Person("kai", "Kai Kruger", "Key Account Manager", "mona"),
          new Person("ines", "Ines Ibarra", "Key Account Manager", "mona"),
          new Person("jonas", "Jonas Jansen", "Key Account Manager", "mona"),
          new Person("anna", "Anna Albers", "Account Manager", "nils"),
          new Person("aaron", "Aaron Achterberg", "Account Manager", "nils"),
          new Person("bruno", "Bruno Berger", "Account Manager", "nils"),
          new Person("clara", "Clara Conti", "Account Manager", "nils"),
          new Person("alice", "Alice Adler", "Sales Operations Analyst", null),
          new Person("fiona", "Fiona Fischer", "Finance Controller", null),
          new Person("hank", "Hank Hofmann", "HR Business Partner", null),
          new Person("otto", "Otto Olsen", "Internal Auditor", null));

  /** The demo logins (password = user name) with what each may do. */
  public static final List<String> LOGINS =
      List.of(
          "alice   comp-admin (sales operations)",
          "victor  approver-sales, manager, participant (head of sales)",
          "fiona   approver-finance",
          "hank    approver-hr",
          "mona    manager, participant (key accounts North: kate, kai, ...)",
          "nils    manager, participant (accounts South: anna, aaron, ...)",
          "kate    participant (KAM)        kai    participant (KAM)",
          "anna    participant (AM)         aaron  participant (AM)",
          "otto    auditor");

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String appUrl;
  private final String keycloakUrl;

  public DemoData(String appUrl, String keycloakUrl) {
    this.appUrl = appUrl;
    this.keycloakUrl = keycloakUrl;
  }

  /** Adds every demo person not yet there; returns how many were added. */
  public int load() throws IOException, InterruptedException {
    String token = tokenFor("alice");
    int added = 0;
    for (Person p : PEOPLE) {
      String body =
          "{\"username\":\""
              + p.username()
              + "\",\"fullName\":\""
              + p.fullName()
              + "\",\"title\":\""
              + p.title()
              + "\",\"email\":\""
              + p.username()
              + "@demo.kamcomp.org\",\"currency\":\"EUR\",\"startDate\":\"2022-01-01\""
              + (p.manager() == null ? "" : ",\"managerUsername\":\"" + p.manager() + "\"")
              + "}";
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(appUrl + "/api/participants"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 201) {
        added++;
      } else if (r.statusCode() != 409) {
        throw new IllegalStateException(
            "Loading demo participant "
                + p.username()
                + " failed: "
                + r.statusCode()
                + " "
                + r.body());
      }
    }
    return added;
  }

  /** An access token for a demo login, from the API's public client (password = user name). */
  public String tokenFor(String username) throws IOException, InterruptedException {
    return tokenFor(username, "kam-api");
  }

  /** An access token for a demo login from a public client with direct access grants. */
  public String tokenFor(String username, String clientId)
      throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(username, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(keycloakUrl + "/realms/kam/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = ACCESS_TOKEN.matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException(
          "No token for " + username + " from Keycloak: " + r.statusCode() + " " + r.body());
    }
    return m.group(1);
  }
}
