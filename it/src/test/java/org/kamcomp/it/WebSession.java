package org.kamcomp.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kamcomp.launcher.Platform;

/**
 * A browser session without the browser: follows the platform's redirect to Keycloak's login page,
 * posts the login form, and keeps the cookies, so pages can be requested as a signed-in user.
 */
final class WebSession {

  private static final Pattern LOGIN_FORM =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new LocalhostCookies())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /**
   * Keycloak marks its cookies Secure; browsers send those to http://localhost (a secure context),
   * Java's cookie manager does not. This jar keeps them, as a browser would on localhost.
   */
  private static final class LocalhostCookies extends CookieManager {
    LocalhostCookies() {
      super(null, CookiePolicy.ACCEPT_ALL);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> headers) throws IOException {
      Map<String, List<String>> relaxed = new HashMap<>();
      headers.forEach(
          (name, values) ->
              relaxed.put(
                  name,
                  name != null && name.equalsIgnoreCase("Set-Cookie")
                      ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList()
                      : values));
      super.put(uri, relaxed);
    }
  }

  record Page(int status, URI uri, String body) {
    boolean onThePlatform() {
      return uri.getPort() == Platform.HTTP_PORT;
    }
  }

  static WebSession signIn(String username) throws Exception {
    WebSession s = new WebSession();
    Page login = s.get("/kam/");
    Matcher form = LOGIN_FORM.matcher(login.body());
    if (!form.find()) {
      throw new AssertionError("no Keycloak login form at " + login.uri());
    }
    String action = form.group(1).replace("&amp;", "&");
    String credentials =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&credentialId=";
    HttpResponse<String> landed =
        s.http.send(
            HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (landed.uri().getPort() != Platform.HTTP_PORT || landed.statusCode() != 200) {
      throw new AssertionError(
          username
              + " did not get back to the platform: "
              + landed.statusCode()
              + " "
              + landed.uri());
    }
    return s;
  }

  static WebSession anonymous() {
    return new WebSession();
  }

  Page get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(Platform.APP_URL + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    return new Page(r.statusCode(), r.uri(), r.body());
  }
}
