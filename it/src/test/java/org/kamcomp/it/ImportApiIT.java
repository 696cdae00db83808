package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Imports through the API as sales operations would run them: good files import, a file with bad
 * rows is rejected whole with every bad row named, and the same file twice changes nothing.
 */
class ImportApiIT {

  static String unique(String prefix) {
    return PlanApiIT.uniqueCode(prefix);
  }

  /** "row field: message" for each error of a rejected import. */
  static List<String> rowErrors(Api.Reply r) {
    assertEquals(422, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    List<String> errors = new ArrayList<>();
    for (JsonNode e : r.json().get("errors")) {
      errors.add(
          e.get("row").asInt() + " " + e.get("field").asText() + ": " + e.get("message").asText());
    }
    return errors;
  }

  static void assertCounts(Api.Reply r, int created, int updated, int unchanged) {
    assertEquals(200, r.status(), r.body());
    JsonNode j = r.json();
    assertEquals(
        List.of(created, updated, unchanged),
        List.of(j.get("created").asInt(), j.get("updated").asInt(), j.get("unchanged").asInt()),
        r.body());
  }

  @Test
  void aGoodFileImportsAndTheSameFileAgainChangesNothing() {
    String a = unique("ACC");
    String b = unique("ACC");
    String csv = "code,name,tier\n" + a + ",\"Acme, Inc.\",strategic\n" + b + ",Beta GmbH,core\n";
    assertCounts(Api.postCsv("/imports/accounts", "alice", csv), 2, 0, 0);
    assertCounts(Api.postCsv("/imports/accounts", "alice", csv), 0, 0, 2);
    assertCounts(
        Api.postCsv("/imports/accounts", "alice", csv.replace("Beta GmbH", "Beta AG")), 0, 1, 1);
    JsonNode acme = Api.get("/accounts/" + a, "otto").json();
    assertEquals("Acme, Inc.", acme.get("name").asText());
    assertEquals("STRATEGIC", acme.get("tier").asText());
    JsonNode batches = Api.get("/imports", "otto").json();
    assertEquals("accounts", batches.get(0).get("kind").asText());
    assertEquals("alice", batches.get(0).get("importedBy").asText());
    assertEquals(64, batches.get(0).get("sha256").asText().length());
  }

  @Test
  void aFileWithBadRowsIsRejectedWholeWithEveryBadRowNamed() {
    String good = unique("ACC");
    String dup = unique("ACC");
    String csv =
        "code,name,tier\n"
            + good
            + ",Good Corp,key\n"
            + dup
            + ",Dup One,key\n"
            + dup
            + ",Dup Two,key\n"
            + unique("ACC")
            + ",,platinum\n";
    assertEquals(
        List.of(
            "4 code: Account " + dup + " is already in row 3 of this import",
            "5 name: is required",
            "5 tier: \"platinum\" is not one of strategic, key, core"),
        rowErrors(Api.postCsv("/imports/accounts", "alice", csv)));
    assertEquals(404, Api.get("/accounts/" + good, "alice").status(), "nothing was imported");
  }

  @Test
  void unknownColumnsAndMalformedRowsAreReported() {
    assertEquals(
        List.of("2 colour: Unknown column \"colour\"; accounts have the columns code,name,tier"),
        rowErrors(
            Api.postCsv("/imports/accounts", "alice", "code,name,tier,colour\nX,Y,key,red\n")));
    assertEquals(
        List.of("3 row: The row has 2 fields but the header names 3 columns"),
        rowErrors(Api.postCsv("/imports/accounts", "alice", "code,name,tier\nA,B,key\nC,D\n")));
    assertEquals(404, Api.postCsv("/imports/planets", "alice", "a\n1\n").status());
    assertEquals("code,name,tier\n", Api.get("/imports/accounts/template", "alice").body());
  }

  @Test
  void jsonImportsTakeTheSameColumnsAndRowsCountFromOne() {
    String code = unique("ACC");
    String json = "[{\"code\":\"" + code + "\",\"name\":\"Json Ltd\",\"tier\":\"KEY\"}]";
    assertCounts(Api.post("/imports/accounts", "alice", json), 1, 0, 0);
    assertCounts(Api.post("/imports/accounts", "alice", json), 0, 0, 1);
    assertEquals(
        List.of("1 tier: is required"),
        rowErrors(Api.post("/imports/accounts", "alice", "[{\"code\":\"Z1\",\"name\":\"Z\"}]")));
    assertEquals(
        List.of("2 row: Each row is a JSON object"),
        rowErrors(
            Api.post("/imports/accounts", "alice", "[{\"code\":\"Z1\",\"name\":\"Z\"}, 42]")));
    assertEquals(
        List.of("0 body: An import is a JSON array of objects, one per row"),
        rowErrors(Api.post("/imports/accounts", "alice", "{}")));
  }

  @Test
  void transactionsAreCheckedRowByRowAndWrittenOnlyWhenAllAreGood() {
    String account = unique("ACC");
    assertCounts(
        Api.postCsv("/imports/accounts", "alice", "code,name,tier\n" + account + ",T Corp,key\n"),
        1,
        0,
        0);
    String t1 = unique("T");
    String header = "id,account,booking_date,amount,currency,margin,contract_term_months\n";
    String good = t1 + "," + account + ",2026-03-01,1200.50,EUR,300,36\n";
    String csv =
        header
            + good
            + unique("T")
            + ",NO-SUCH,2026-03-02,10,EUR,,\n"
            + unique("T")
            + ","
            + account
            + ",2026-02-30,1 000,EURO,,0\n";
    assertEquals(
        List.of(
            "3 account: No account has the code NO-SUCH",
            "4 amount: \"1 000\" is not a number (use digits, a point for decimals, no thousands"
                + " separator)",
            "4 booking_date: \"2026-02-30\" is not a date as YYYY-MM-DD",
            "4 currency: \"EURO\" is not an ISO 4217 currency code such as EUR"),
        rowErrors(Api.postCsv("/imports/transactions", "alice", csv)));
    // The good row was not kept: importing it alone creates it, and again changes nothing.
    assertCounts(Api.postCsv("/imports/transactions", "alice", header + good), 1, 0, 0);
    assertCounts(
        Api.postCsv("/imports/transactions", "alice", header + good.replace("1200.50", "1200.5")),
        0,
        0,
        1);
  }

  @Test
  void peopleAssignmentsAndTargetsImportInTheirOrder() {
    String boss = unique("boss").toLowerCase();
    String kam = unique("kam").toLowerCase();
    // The manager's row comes after the report's: the import orders them.
    String people =
        "username,full_name,manager,role_profile,base_salary,currency,start_date\n"
            + kam
            + ",Kim Kam,"
            + boss
            + ",KAM,100000,EUR,2024-01-01\n"
            + boss
            + ",Bo Boss,,,,EUR,2020-01-01\n";
    assertCounts(Api.postCsv("/imports/participants", "alice", people), 2, 0, 0);
    JsonNode kim = Api.get("/participants/" + Api.participantId(kam), "alice").json();
    assertEquals(boss, kim.get("managerUsername").asText());

    String assignments =
        "username,plan,plan_version,valid_from,valid_to\n"
            + kam
            + ",KAM-SCORECARD,1,2026-01-01,2026-12-31\n";
    assertCounts(Api.postCsv("/imports/assignments", "alice", assignments), 1, 0, 0);
    assertEquals(
        List.of(
            "2 valid_to: "
                + kam
                + " already has plan KAM-SCORECARD (version 1) from 2026-01-01 to 2026-12-31; a"
                + " participant has one plan on any day, so end that assignment first"),
        rowErrors(
            Api.postCsv(
                "/imports/assignments",
                "alice",
                assignments.replace("KAM-SCORECARD,1,2026-01-01", "AM-QUOTA,1,2026-07-01"))));

    String targets = "username,plan,measure,period_end,target\n";
    assertCounts(
        Api.postCsv(
            "/imports/targets",
            "alice",
            targets
                + kam
                + ",KAM-SCORECARD,revenue,2026-03-31,250000\n"
                + kam
                + ",KAM-SCORECARD,revenue,2026-12-31,1000000\n"),
        2,
        0,
        0);
    assertEquals(
        List.of(
            "2 target: A target is above 0 (attainment divides by it), not 0",
            "3 measure: \"Account plan execution\" is rated by the manager and has no target; its"
                + " curve reads the rating",
            "4 period_end: 2026-02-28 is not the end of a quarter within the assignment"
                + " (2026-01-01 to 2026-12-31)",
            "5 period_end: "
                + kam
                + " has no assignment to plan KAM-SCORECARD for the period ending 2025-12-31;"
                + " import the assignment first"),
        rowErrors(
            Api.postCsv(
                "/imports/targets",
                "alice",
                targets
                    + kam
                    + ",KAM-SCORECARD,margin,2026-12-31,0\n"
                    + kam
                    + ",KAM-SCORECARD,account-plan,2026-12-31,3\n"
                    + kam
                    + ",KAM-SCORECARD,revenue,2026-02-28,5\n"
                    + kam
                    + ",KAM-SCORECARD,revenue,2025-12-31,5\n")));
  }

  @Test
  void resultsAndRatingsMustBelongToThePersonsPlan() {
    String header = "username,measure,period_end,value,comment\n";
    assertEquals(
        List.of(
            "2 measure: Plan KAM-SCORECARD has no measure nps",
            "3 measure: \"Account revenue\" is computed from the credited transactions; import"
                + " those instead of a result",
            "4 value: A rating of \"Account plan execution\" lies between 1 and 5",
            "5 measure: There is no plan assignment on 2024-12-31 with a measure csat",
            "6 username: No participant has the user name nobody"),
        rowErrors(
            Api.postCsv(
                "/imports/results",
                "alice",
                header
                    + "kate,nps,2026-09-30,50,\n"
                    + "kate,revenue,2026-09-30,50,\n"
                    + "kate,account-plan,2026-09-30,7,\n"
                    + "kate,csat,2024-12-31,80,\n"
                    + "nobody,csat,2026-09-30,80,\n")));
    String good = header + "ines,csat,2026-12-31,88,survey\n";
    assertCounts(Api.postCsv("/imports/results", "alice", good), 1, 0, 0);
    assertCounts(Api.postCsv("/imports/results", "alice", good), 0, 0, 1);
  }

  @Test
  void onlySalesOperationsImports() {
    assertEquals(403, Api.postCsv("/imports/accounts", "mona", "code,name,tier\n").status());
    assertEquals(403, Api.postCsv("/imports/accounts", "otto", "code,name,tier\n").status());
  }

  private static JsonNode participant(String username) {
    return Api.get("/participants/" + Api.participantId(username), "alice").json();
  }

  @Test
  void aColumnAbsentFromAFileLeavesItsFieldAndAnEmptyCellClearsIt() {
    String who = unique("keep").toLowerCase();
    assertCounts(
        Api.postCsv(
            "/imports/participants",
            "alice",
            "username,full_name,currency,start_date,email,title,manager\n"
                + who
                + ",Kept Person,EUR,2026-01-01,kept@example.com,Key Account Manager,mona\n"),
        1,
        0,
        0);
    // A file with only the required columns: the name changes, nothing else is touched.
    assertCounts(
        Api.postCsv(
            "/imports/participants",
            "alice",
            "username,full_name,currency,start_date\n" + who + ",Kept Person II,EUR,2026-01-01\n"),
        0,
        1,
        0);
    JsonNode kept = participant(who);
    assertEquals("Kept Person II", kept.get("fullName").asText());
    assertEquals("kept@example.com", kept.get("email").asText());
    assertEquals("Key Account Manager", kept.get("title").asText());
    assertEquals("mona", kept.get("managerUsername").asText(), "still in mona's line");
    // The column present and the cell empty: the value is cleared.
    assertCounts(
        Api.postCsv(
            "/imports/participants",
            "alice",
            "username,full_name,currency,start_date,title\n"
                + who
                + ",Kept Person II,EUR,2026-01-01,\n"),
        0,
        1,
        0);
    JsonNode cleared = participant(who);
    assertTrue(!cleared.hasNonNull("title"), cleared.toString());
    assertEquals("mona", cleared.get("managerUsername").asText());
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedAtItsFirstBadByteAndAByteOrderMarkIsFine() {
    String code = unique("LATIN");
    byte[] latin1 =
        ("code,name,tier\n" + code + ",Caf\u00e9 M\u00fcller,core\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Api.Reply refused = Api.postBytes("/imports/accounts", "alice", latin1, "text/csv");
    List<String> errors = rowErrors(refused);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(
        errors.get(0).startsWith("2 name: The file is not UTF-8: byte 0xE9 at line 2"),
        errors.toString());
    assertEquals(404, Api.get("/accounts/" + code, "alice").status(), "nothing kept");

    byte[] bom =
        ("\uFEFFcode,name,tier\n" + code + ",Caf\u00e9 M\u00fcller,core\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertCounts(Api.postBytes("/imports/accounts", "alice", bom, "text/csv"), 1, 0, 0);
    assertEquals(
        "Caf\u00e9 M\u00fcller", Api.get("/accounts/" + code, "alice").json().get("name").asText());
  }

  @Test
  void aNumberBeyondWhatTheColumnHoldsIsNamedByRowAndField() {
    String deal = unique("BIG");
    String account = Runs.accountOf("kate", "2026-03-01");
    List<String> errors =
        rowErrors(
            Api.postCsv(
                "/imports/transactions",
                "alice",
                "id,account,booking_date,amount,currency,margin\n"
                    + deal
                    + ","
                    + account
                    + ",2026-03-01,1e30,EUR,1.23456\n"));
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("2 amount: "), errors.toString());
    assertTrue(errors.get(0).contains("15 digits"), errors.toString());
    assertTrue(errors.get(1).startsWith("2 margin: "), errors.toString());
    assertTrue(errors.get(1).contains("4 decimals"), errors.toString());
  }

  @Test
  void aFileOverTheLimitIsA413ThatStatesTheLimit() {
    byte[] big = new byte[51 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    Api.Reply r = Api.postBytes("/imports/accounts", "alice", big, "text/csv");
    assertEquals(413, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    assertTrue(r.json().get("detail").asText().contains("50.0 MB"), r.body());
  }
}
