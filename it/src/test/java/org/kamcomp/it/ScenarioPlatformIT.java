package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kamcomp.launcher.Platform;

/**
 * The documented example scenarios through the platform: loaded through the plan API and the
 * imports, each payout period run (for the scenario's participants) and published in turn, and
 * every figure, trail and note of every statement compared with what the offline calculator wrote
 * for the same scenario (docs/scenarios/*.statements.json, which CalculatorTest keeps equal to the
 * calculator's output). One pipeline: the two must agree to the cent and to the word.
 */
class ScenarioPlatformIT {

  /** Where the calculator's JSON and the API's DTO name the same thing differently. */
  private static final Map<String, String> API_NAMES = Map.of("draw.draw", "draw.amount");

  @ParameterizedTest
  @ValueSource(strings = {"worked-example", "year-with-advances-and-draws", "precise-readings"})
  void theDocumentedScenarioGivesTheCalculatorsStatementsToTheCent(String name) throws IOException {
    Path docs =
        Path.of(System.getProperty("kam.root", ".."))
            .toAbsolutePath()
            .normalize()
            .resolve("docs/scenarios");
    ScenarioLoad load = new ScenarioLoad(Api.JSON.readTree(docs.resolve(name + ".json").toFile()));
    JsonNode expected =
        Api.JSON.readTree(docs.resolve(name + ".statements.json").toFile()).get("statements");

    Map<String, JsonNode> platform = new TreeMap<>();
    for (LocalDate[] period : load.load()) {
      StringBuilder body =
          new StringBuilder("{\"periodStart\":\"")
              .append(period[0])
              .append("\",\"periodEnd\":\"")
              .append(period[1])
              .append("\",\"participants\":[");
      List<String> users = load.usernames();
      for (int i = 0; i < users.size(); i++) {
        body.append(i == 0 ? "\"" : ",\"").append(users.get(i)).append('"');
      }
      JsonNode run = Runs.calculated(body.append("]}").toString());
      long id = run.get("id").asLong();
      for (JsonNode brief :
          Api.get("/runs/" + id + "/statements?limit=500", "alice").json().get("items")) {
        JsonNode document = Runs.document(brief);
        platform.put(
            key(document.get("participant").asText(), document.get("plan").asText(), document),
            document);
      }
      // A period not yet ended is an estimate: compared, never published.
      if (!run.get("estimate").asBoolean()) {
        Runs.publish(id);
      }
    }

    List<String> differences = new ArrayList<>();
    int matched = 0;
    for (JsonNode e : expected) {
      String key =
          key(load.username(e.get("participant").asText()), load.plan(e.get("plan").asText()), e);
      JsonNode actual = platform.remove(key);
      if (actual == null) {
        differences.add(key + ": no statement on the platform");
        continue;
      }
      compare(key, "", e, actual, load, differences);
      matched++;
    }
    platform.keySet().forEach(k -> differences.add(k + ": the calculator made no such statement"));
    if (!differences.isEmpty()) {
      fail(differences.size() + " differences:\n" + String.join("\n", differences));
    }
    assertEquals(expected.size(), matched);
    assertTrue(matched > 0);
  }

  @Test
  void aDrawIsShownWithWhatItRecoveredAndTheBalanceOnThePageInThePdfAndInTheApi() throws Exception {
    Path docs =
        Path.of(System.getProperty("kam.root", ".."))
            .toAbsolutePath()
            .normalize()
            .resolve("docs/scenarios");
    ScenarioLoad load =
        new ScenarioLoad(
            Api.JSON.readTree(docs.resolve("year-with-advances-and-draws.json").toFile()));
    load.load();
    String am = load.username("am-1");
    long run =
        Runs.published(
            "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-03-31\",\"participants\":[\""
                + am
                + "\"]}");
    JsonNode brief = Runs.byParticipant(run).get(am);
    JsonNode draw = Runs.document(brief).get("draw");
    assertEquals("RECOVERABLE", draw.get("kind").asText());
    assertEquals(0, draw.get("paid").decimalValue().compareTo(new java.math.BigDecimal("3000")));
    assertEquals(0, draw.get("balance").decimalValue().compareTo(new java.math.BigDecimal("3000")));

    try (Browser alice = new Browser()) {
      alice.open(Platform.APP_URL + "/kam/");
      alice.signIn("alice", "alice");
      alice.open(Platform.APP_URL + "/kam/statement.xhtml?id=" + brief.get("id").asLong());
      String sentence = alice.textOf("draw");
      assertTrue(
          sentence.contains(
              "Recoverable draw 3,000.00 EUR; balance before 0.00, recovered 0.00, balance after"
                  + " 3,000.00"),
          sentence);
      String lines = alice.textOf("lines");
      assertTrue(lines.contains("tops the payout up to the draw of 3,000.00"), lines);
      assertTrue(lines.contains("+3,000.00"), lines);
      alice.screenshotWholePage("24-draw-statement");
      String pdf =
          StatementPagesIT.pdfText(
                  alice.fetch(
                      Platform.APP_URL + "/kam/statement.pdf?id=" + brief.get("id").asLong()))
              .replace("\n", " ");
      assertTrue(
          pdf.contains("Recoverable draw 3,000.00 EUR; balance before 0.00, recovered 0.00,"), pdf);
      assertTrue(pdf.contains("balance after 3,000.00"), pdf);
    }
  }

  private static String key(String participant, String plan, JsonNode statement) {
    return participant + " " + plan + " " + statement.get("periodEnd").asText();
  }

  /** Every field the calculator wrote, against the same field of the API's statement. */
  private static void compare(
      String key,
      String path,
      JsonNode expected,
      JsonNode actual,
      ScenarioLoad load,
      List<String> differences) {
    if (expected.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        String at = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
        if (at.equals("participant") || at.equals("plan")) {
          continue; // the names the load gave them, compared through the key
        }
        String apiName = API_NAMES.getOrDefault(at, at);
        JsonNode other =
            actual == null ? null : actual.get(apiName.substring(apiName.lastIndexOf('.') + 1));
        compare(key, at, f.getValue(), other, load, differences);
      }
    } else if (expected.isArray()) {
      if (actual == null || !actual.isArray() || actual.size() != expected.size()) {
        differences.add(key + " " + path + ": expected " + expected + ", the platform " + actual);
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(key, path + "[" + i + "]", expected.get(i), actual.get(i), load, differences);
      }
    } else if (expected.isNull()) {
      if (actual != null && !actual.isNull()) {
        differences.add(key + " " + path + ": expected none, the platform " + actual);
      }
    } else if (expected.isNumber()) {
      if (actual == null
          || !actual.isNumber()
          || expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        differences.add(key + " " + path + ": expected " + expected + ", the platform " + actual);
      }
    } else {
      String text = actual == null ? null : unprefixed(actual.asText(), load);
      if (!expected.asText().equals(text)) {
        differences.add(
            key + " " + path + ":\n  expected " + expected.asText() + "\n  platform " + text);
      }
    }
  }

  /** The platform's text with the load's prefixes taken out of names, plans and deals. */
  private static String unprefixed(String text, ScenarioLoad load) {
    return text.replace(load.prefix.toUpperCase() + "-", "").replace(load.prefix + "-", "");
  }
}
