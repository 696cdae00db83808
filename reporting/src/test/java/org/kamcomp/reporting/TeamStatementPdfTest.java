package org.kamcomp.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.statement.StatementRecord.Kind;
import org.kamcomp.domain.statement.StatementRecord.Status;

class TeamStatementPdfTest {

  private static final ZonedDateTime GENERATED =
      ZonedDateTime.of(2026, 7, 3, 9, 15, 0, 0, ZoneId.of("Europe/Berlin"));
  private static final LocalDate START = Statements.Q2_START;
  private static final LocalDate END = Statements.Q2_END;

  private static TeamReport.Row row(
      String name, Kind kind, Status status, String earned, String due, String diff, String cur) {
    return new TeamReport.Row(
        name,
        name.toLowerCase().replace(' ', '.'),
        "KAM-2026",
        3,
        START,
        END,
        kind,
        status,
        status == Status.HELD ? "no rating yet for \"Account plan\"" : null,
        Statements.dec(earned),
        Statements.dec(due),
        Statements.dec(diff),
        cur);
  }

  private static TeamReport team() {
    return new TeamReport(
        "Martin Keller",
        "Published statements of Q2 2026 (1 Apr 2026 – 30 Jun 2026), all plans",
        GENERATED,
        List.of(
            row(
                "Anna Schmidt",
                Kind.PERIOD,
                Status.CALCULATED,
                "13088.06",
                "13088.06",
                null,
                "EUR"),
            row(
                "Ben Weber",
                Kind.ADVANCE,
                Status.CALCULATED,
                "24350.40",
                "6412.80",
                "412.80",
                "EUR"),
            row("Clara Novak", Kind.PERIOD, Status.HELD, null, null, null, "EUR"),
            row("David Brown", Kind.PERIOD, Status.CALCULATED, "9120.00", "9120.00", null, "GBP"),
            row(
                "Eva Lindqvist",
                Kind.TRUE_UP,
                Status.CALCULATED,
                "30100.00",
                "-250.00",
                "-80.50",
                "GBP"),
            row("Frank Ortiz", Kind.PERIOD, Status.HELD, null, null, null, "USD")));
  }

  @Test
  void totalsArePerCurrencyAndHeldOnesCounted() {
    TeamReport r = team();
    assertEquals(6, r.getCount());
    assertEquals(2, r.getHeldCount());
    assertEquals(3, r.getTotals().size());
    TeamReport.Total eur = r.getTotals().get(0);
    assertEquals("EUR", eur.getCurrency());
    assertEquals(3, eur.getCount());
    assertEquals(new BigDecimal("37438.46"), eur.getEarned());
    assertEquals(new BigDecimal("19500.86"), eur.getAmountDue());
    TeamReport.Total gbp = r.getTotals().get(1);
    assertEquals("8,870.00", gbp.getAmountDueText());
    TeamReport.Total usd = r.getTotals().get(2);
    assertEquals("0.00", usd.getAmountDueText(), "a held statement adds nothing");
    assertEquals("3 Jul 2026, 09:15 CEST", r.getGeneratedText());
  }

  @Test
  void theTeamStatementListsEveryRowWithTotals() {
    byte[] bytes = new TeamStatementPdf().render(team());
    Pdfs.keep("team.pdf", bytes);
    Pdfs read = Pdfs.read(bytes);

    assertEquals(1, read.pages);
    String t = read.text;
    assertTrue(t.contains("KAM Comp — Team statements"), t);
    assertTrue(t.contains("Team of Martin Keller"), t);
    assertTrue(t.contains("Published statements of Q2 2026"), t);
    assertTrue(t.contains("Generated 3 Jul 2026, 09:15 CEST"), t);
    assertTrue(t.contains("6 statements, 2 held"), t);
    assertTrue(
        t.contains(
            "Ben Weber KAM-2026 v3 1 Apr 2026 – 30 Jun 2026 Advance Calculated 24,350.40 6,412.80"
                + " +412.80 EUR"),
        t);
    assertTrue(t.contains("Eva Lindqvist"), t);
    assertTrue(t.contains("True-up Calculated 30,100.00 −250.00 −80.50 GBP"), t);
    assertTrue(t.contains("Held: no rating yet for \"Account plan\""), t);
    assertTrue(t.contains("Totals per currency"), t);
    assertTrue(t.contains("EUR 3 37,438.46 19,500.86"), t);
    assertTrue(t.contains("GBP 2 39,220.00 8,870.00"), t);
    assertTrue(t.contains("USD 1 0.00 0.00"), t);
    assertTrue(t.contains("Page 1 of 1"), t);
  }

  @Test
  void aLongTeamRunsOverPagesWithItsHeaderRepeated() {
    List<TeamReport.Row> rows = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      boolean held = i % 10 == 0;
      rows.add(
          row(
              "Person " + i,
              Kind.PERIOD,
              held ? Status.HELD : Status.CALCULATED,
              held ? null : "1000.00",
              held ? null : "1000.00",
              null,
              "EUR"));
    }
    TeamReport r = new TeamReport("Martin Keller", "Q2 2026", GENERATED, rows);
    byte[] bytes = new TeamStatementPdf().render(r);
    Pdfs.keep("team-long.pdf", bytes);
    Pdfs read = Pdfs.read(bytes);

    assertTrue(read.pages >= 2, "pages: " + read.pages);
    assertTrue(read.pageTexts.get(1).contains("vs. published"), "the header repeats");
    assertTrue(read.text.contains("Person 60"), read.text);
    assertTrue(read.text.contains("EUR 60 54,000.00 54,000.00"), read.text);
    assertTrue(read.text.contains("60 statements, 6 held"), read.text);
    assertTrue(read.text.contains("Page " + read.pages + " of " + read.pages), read.text);
  }
}
