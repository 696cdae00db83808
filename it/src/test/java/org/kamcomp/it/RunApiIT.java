package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Calculation runs on the demo company, whose quarters are published up to the last one ended:
 * sales operations recalculates a quarter, reviews it, publishes it; each reader then sees the
 * statements in their scope and no others; a recalculation shows what changed and pays the
 * difference once, with the next period not yet published.
 */
class RunApiIT {

  @Test
  void aRunIsCalculatedReviewedPublishedAndReadInScope() {
    JsonNode before = Runs.current("kate", "2026-07-01");
    JsonNode started = Runs.calculated(Runs.Q3_2026);
    long run = started.get("id").asLong();
    assertTrue(started.get("statements").asLong() >= 160, started.toString());
    assertFalse(started.get("estimate").asBoolean(), "Q3 has ended");

    Map<String, JsonNode> statements = Runs.byParticipant(run);
    JsonNode kate = statements.get("kate");
    assertEquals("ADVANCE", kate.get("kind").asText(), kate.toString());
    assertEquals("CALCULATED", kate.get("status").asText(), kate.toString());
    assertFalse(kate.get("published").asBoolean());
    JsonNode anna = statements.get("anna");
    assertEquals("PERIOD", anna.get("kind").asText(), anna.toString());

    // Not visible before publishing: kate still reads the version published before.
    long fresh = kate.get("id").asLong();
    assertEquals(404, Api.get("/statements/" + fresh, "kate").status());
    assertEquals(before.get("id"), Runs.current("kate", "2026-07-01").get("id"));
    JsonNode review = Api.get("/statements/" + fresh, "alice").json();
    assertFalse(review.get("published").asBoolean(), "sales operations reviews it, marked");

    Runs.publish(run);
    assertEquals(409, Api.post("/runs/" + run + "/publication", "alice", "{}").status());

    JsonNode mine = Api.get("/statements", "kate").json();
    mine.get("items").forEach(s -> assertEquals("kate", s.get("participant").asText()));
    assertEquals(fresh, Runs.current("kate", "2026-07-01").get("id").asLong(), "the new version");
    JsonNode versions = Api.get("/statements/" + fresh + "/versions", "kate").json();
    assertTrue(versions.size() >= 2, versions.toString());
    assertEquals(fresh, versions.get(versions.size() - 1).get("id").asLong(), "oldest first");
    assertTrue(versions.toString().contains("\"id\":" + before.get("id").asLong() + ","), "kept");
    JsonNode replaced = Api.get("/statements/" + before.get("id").asLong(), "kate").json();
    assertTrue(replaced.get("superseded").asBoolean(), replaced.toString());

    long kaiId = statements.get("kai").get("id").asLong();
    JsonNode document = Api.get("/statements/" + fresh, "kate").json();
    assertEquals(5, document.get("lines").size(), document.toString());
    assertTrue(
        document.get("lines").get(0).get("trail").toString().contains("Attainment = actual"),
        document.toString());
    assertEquals(404, Api.get("/statements/" + kaiId, "kate").status(), "a peer's statement");
    Api.Reply pdf = Api.get("/statements/" + fresh + "/pdf", "kate");
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.contentType());
    assertTrue(pdf.body().startsWith("%PDF"));
    assertEquals(404, Api.get("/statements/" + kaiId + "/pdf", "kate").status(), "a peer's PDF");
    assertEquals(404, Api.get("/statements/" + fresh + "/pdf", "nils").status(), "outside");
    assertEquals(200, Api.get("/statements/" + fresh + "/pdf", "mona").status(), "her manager");
    JsonNode kais = Api.get("/statements/" + kaiId, "mona").json();
    kais.get("notes")
        .forEach(
            note ->
                assertTrue(
                    !note.asText().contains("on \"Gross margin %\""),
                    "a ratio measure has no windfalls: " + note.asText()));
    assertEquals(404, Api.get("/statements/" + fresh, "nils").status(), "outside nils's line");
    assertEquals(200, Api.get("/statements/" + fresh, "otto").status(), "audit reads all");
    assertEquals(
        404, Api.get("/statements/" + fresh, "fiona").status(), "an approver has no scope");
  }

  @Test
  void theSameInputsGiveTheSameAmountsInALaterRun() {
    Map<String, JsonNode> a = Runs.byParticipant(Runs.run(Runs.Q3_2026));
    JsonNode again = Runs.calculated(Runs.Q3_2026);
    assertTrue(again.get("number").asInt() >= 2);
    Map<String, JsonNode> b = Runs.byParticipant(again.get("id").asLong());
    assertEquals(a.keySet(), b.keySet());
    for (String who : a.keySet()) {
      assertEquals(a.get(who).get("amountDue"), b.get(who).get("amountDue"), who);
    }
    // Once published, a later run shows what changed against it: nothing, for everyone.
    Runs.publish(again.get("id").asLong());
    Map<String, JsonNode> third = Runs.byParticipant(Runs.run(Runs.Q3_2026));
    third.forEach(
        (who, s) -> {
          if (s.hasNonNull("difference")) {
            assertEquals(0, s.get("difference").decimalValue().signum(), s.toString());
          }
        });
    // kate's Q3 carried her resolved inquiry (the demo's history): restated, it carries it again,
    // and nothing changes.
    JsonNode kate = third.get("kate");
    assertEquals(0, kate.get("adjustments").decimalValue().compareTo(new BigDecimal("1250")));
    assertEquals(
        0, kate.get("amountDue").decimalValue().compareTo(kate.get("previousDue").decimalValue()));
  }

  @Test
  void aRecalculatedAdvanceCountsAsAdvancePaidAndIsPaidWithTheNextOpenPeriod() {
    BigDecimal paidBefore =
        Runs.document(Runs.current("jonas", "2026-07-01"))
            .get("advance")
            .get("paidBefore")
            .decimalValue();

    // A late deal on one of jonas's accounts: Q2 recalculated and published again.
    Runs.lateDeal("jonas", "2026-05-15", "150000");
    long second = Runs.run(Runs.Q2_2026);
    JsonNode recalculated = Runs.byParticipant(second).get("jonas");
    BigDecimal difference = recalculated.get("difference").decimalValue();
    assertTrue(difference.signum() > 0, recalculated.toString());
    Runs.publish(second);

    // Q3's advance nets what Q2 paid and what its recalculation pays as an adjustment: never
    // twice. Q3 is published, so the adjustment waits for Q4, the next period not yet published.
    JsonNode q3 = Runs.document(Runs.byParticipant(Runs.run(Runs.Q3_2026)).get("jonas"));
    assertEquals(
        0,
        q3.get("advance").get("paidBefore").decimalValue().compareTo(paidBefore.add(difference)),
        q3.toString());
    String notes = q3.get("notes").toString();
    assertTrue(notes.contains("Advances paid include " + difference.setScale(2)), notes);
    assertEquals(0, q3.get("adjustmentsTotal").decimalValue().signum(), "not paid with Q3");

    JsonNode q4 = Runs.byParticipant(Runs.run(Runs.Q4_2026)).get("jonas");
    assertEquals(0, q4.get("adjustments").decimalValue().compareTo(difference), q4.toString());
  }

  @Test
  void aRecalculatedPeriodsDifferenceIsPaidWithTheNextOpenPeriodAndStaleRunsAreRefused() {
    String q3 = Runs.period("2025-07-01", "2025-09-30");
    String q4 = Runs.period("2025-10-01", "2025-12-31");
    // The account manager who was paid least: a late deal surely raises their payout.
    String am =
        Runs.byParticipant(Runs.run(q3)).values().stream()
            .filter(x -> x.get("plan").asText().equals("AM-QUOTA"))
            .filter(x -> x.get("status").asText().equals("CALCULATED"))
            .min(java.util.Comparator.comparing(x -> x.get("amountDue").decimalValue()))
            .orElseThrow()
            .get("participant")
            .asText();
    Runs.lateDeal(am, "2025-08-20", "200000");
    long again = Runs.run(q3);
    JsonNode recalculated = Runs.byParticipant(again).get(am);
    BigDecimal difference = recalculated.get("difference").decimalValue();
    assertTrue(difference.signum() > 0, recalculated.toString());
    // Calculated before the recalculation was published: stale, and refused.
    long early = Runs.run(q4);
    Runs.publish(again);
    Api.Reply stale = Api.post("/runs/" + early + "/publication", "alice", "{}");
    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.body().contains("start this run again"), stale.body());

    // Q4 2025 was published: restated, it carries nothing new. The difference is paid with the
    // first period not yet published, Q4 2026, as a line of its own.
    JsonNode restated = Runs.byParticipant(Runs.run(q4)).get(am);
    assertEquals(0, restated.get("adjustments").decimalValue().signum(), restated.toString());
    JsonNode next = Runs.byParticipant(Runs.run(Runs.Q4_2026)).get(am);
    JsonNode document = Runs.document(next);
    JsonNode line = document.get("adjustments").get(0);
    assertTrue(
        line.get("reason").asText().startsWith("Recalculation of 2025-07-01 to 2025-09-30 (run "),
        line.toString());
    assertEquals(0, line.get("amount").decimalValue().compareTo(difference), line.toString());
    assertEquals(
        0,
        document
            .get("due")
            .decimalValue()
            .compareTo(document.get("ownDue").decimalValue().add(difference)),
        document.toString());
  }

  @Test
  void anEstimateOfAPeriodUnderWayIsReviewedButNeverPublished() {
    JsonNode estimate = Runs.calculated(Runs.Q4_2026);
    assertTrue(estimate.get("estimate").asBoolean(), estimate.toString());
    Api.Reply refused =
        Api.post("/runs/" + estimate.get("id").asLong() + "/publication", "alice", "{}");
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.body().contains("estimate"), refused.body());
  }

  @Test
  void aRunNotPublishedIsDiscardedAndItsStatementsAreGone() {
    long run = Runs.run(Runs.Q1_2026);
    long kate = Runs.byParticipant(run).get("kate").get("id").asLong();
    assertEquals(403, Api.call("DELETE", "/runs/" + run, Api.token("otto"), null).status());
    Api.Reply discarded = Api.call("DELETE", "/runs/" + run, Api.token("alice"), null);
    assertEquals(200, discarded.status(), discarded.body());
    assertEquals("DISCARDED", discarded.json().get("status").asText());
    assertEquals(404, Api.get("/statements/" + kate, "alice").status());
    assertEquals(0, Api.get("/runs/" + run + "/statements", "alice").json().get("total").asLong());
    assertEquals(409, Api.post("/runs/" + run + "/publication", "alice", "{}").status());
    long published = Runs.current("kate", "2025-01-01").get("id").asLong();
    assertNotEquals(published, kate);
  }

  @Test
  void aPublishedRunIsNotDiscarded() {
    JsonNode published = null;
    for (JsonNode r : Api.get("/runs", "alice").json()) {
      if (r.get("status").asText().equals("PUBLISHED")) {
        published = r;
      }
    }
    assertTrue(published != null, "the demo's history is published");
    Api.Reply refused =
        Api.call("DELETE", "/runs/" + published.get("id").asLong(), Api.token("alice"), null);
    assertEquals(409, refused.status(), refused.body());
  }

  @Test
  void aRunForASelectionCalculatesOnlyThoseNamed() {
    JsonNode some =
        Runs.calculated(
            "{\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\","
                + "\"participants\":[\"kate\",\"anna\"]}");
    assertEquals(2, some.get("statements").asLong());
    assertEquals("anna, kate", some.get("selection").asText(), "the run says whom it is for");
    assertEquals(Set.of("kate", "anna"), Runs.byParticipant(some.get("id").asLong()).keySet());
    Api.Reply unknown =
        Api.post(
            "/runs",
            "alice",
            "{\"periodStart\":\"2026-07-01\",\"periodEnd\":\"2026-09-30\","
                + "\"participants\":[\"kate\",\"nobody\"]}");
    assertEquals(400, unknown.status(), unknown.body());
    assertTrue(unknown.body().contains("participants") && unknown.body().contains("nobody"));
  }

  @Test
  void twoRunsStartedAtOnceOneCalculatesAndTheOtherIsAConflict() throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.Callable<Api.Reply> start =
        () -> {
          go.await();
          return Api.post("/runs", "alice", Runs.Q2_2026);
        };
    try {
      var first = pool.submit(start);
      var second = pool.submit(start);
      go.countDown();
      Api.Reply a = first.get();
      Api.Reply b = second.get();
      java.util.List<Integer> statuses =
          java.util.stream.Stream.of(a.status(), b.status()).sorted().toList();
      assertEquals(java.util.List.of(201, 409), statuses, a.body() + "\n" + b.body());
      Api.Reply started = a.status() == 201 ? a : b;
      Api.Reply refused = a.status() == 201 ? b : a;
      assertTrue(refused.body().contains("wait for it to finish"), refused.body());
      JsonNode done =
          Api.get("/runs/" + started.json().get("id").asLong() + "?wait=300", "alice").json();
      assertEquals("CALCULATED", done.get("status").asText(), done.toString());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aMonthPaysOnlyThePlansThatPayMonthly() {
    // The demo's plans pay quarterly: a month's run calculates and has nobody to pay.
    JsonNode month = Runs.calculated(Runs.period("2026-08-01", "2026-08-31"));
    assertEquals(0, month.get("statements").asLong(), month.toString());
  }

  @Test
  void aRunIsForOneWholePeriodThatHasBegunAndHasData() {
    assertRefused(Runs.period("2026-08-02", "2026-08-31"), "periodEnd", "one whole period");
    assertRefused(Runs.period("2026-07-01", "2026-08-31"), "periodEnd", "one whole period");
    assertRefused(Runs.period("2027-01-01", "2027-03-31"), "periodStart", "future");
    assertRefused(Runs.period("2019-01-01", "2019-03-31"), "periodStart", "No data");
    assertRefused("{\"periodStart\":\"2026-07-01\"}", "periodEnd", "required");
    Api.Reply unreadable = Api.post("/runs", "alice", "{\"periodStart\":\"1 July\"}");
    assertEquals(400, unreadable.status(), unreadable.body());
  }

  private static void assertRefused(String body, String field, String says) {
    Api.Reply r = Api.post("/runs", "alice", body);
    assertEquals(400, r.status(), r.body());
    JsonNode error = r.json().get("errors").get(0);
    assertEquals(field, error.get("field").asText(), r.body());
    assertTrue(error.get("message").asText().contains(says), r.body());
  }

  @Test
  void progressAndAFinishedRunAreReadWhileOthersCalculate() {
    JsonNode run = Runs.calculated(Runs.Q2_2026);
    JsonNode read = Api.get("/runs/" + run.get("id").asLong(), "otto").json();
    assertEquals(run.get("participants"), read.get("participantsDone"), read.toString());
    assertTrue(Api.get("/runs/progress", "alice").json().isArray());
    assertEquals(404, Api.get("/runs/999999", "alice").status());
  }
}
