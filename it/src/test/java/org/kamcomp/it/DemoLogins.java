package org.kamcomp.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The demo logins and their roles, read from the realm the platform imports into Keycloak. */
final class DemoLogins {

  /** User name to the platform roles it holds. */
  static final Map<String, Set<String>> ROLES = read();

  private DemoLogins() {}

  private static Map<String, Set<String>> read() {
    Path realm =
        Path.of(System.getProperty("kam.root", ".."), "server/src/main/keycloak/kam-realm.json");
    try {
      JsonNode users = Api.JSON.readTree(realm.toFile()).get("users");
      Map<String, Set<String>> roles = new LinkedHashMap<>();
      for (JsonNode u : users) {
        Set<String> r = new TreeSet<>();
        u.get("realmRoles").forEach(n -> r.add(n.asText()));
        r.remove("default-roles-kam");
        roles.put(u.get("username").asText(), r);
      }
      return roles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
