package org.kamcomp.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class StatementPdfTest {

  private final StatementPdf pdf = new StatementPdf();

  private static StatementView q2() {
    return Statements.statement().view();
  }

  @Test
  void carriedAdjustmentsAreLinesOfTheirOwnWithTheDueTheyMake() {
    StatementView v =
        Statements.statement()
            .carrying("Recalculation of 2026-01-01 to 2026-03-31 (run 2)", "412.80")
            .carrying("Inquiry 3 on \"Revenue\" of 2026-01-01 to 2026-03-31", "-100.00")
            .view();
    assertEquals(2, v.getAdjustments().size());
    assertEquals("13,400.86", v.getAmountDueText());
    String t = Pdfs.read(pdf.render(v)).text;
    assertTrue(t.contains("Adjustments carried into this statement"), t);
    assertTrue(t.contains("Recalculation of 2026-01-01 to 2026-03-31 (run 2): +412.80 EUR"), t);
    assertTrue(t.contains("Due with adjustments: 13,400.86 EUR"), t);
    assertFalse(
        Pdfs.read(pdf.render(q2())).text.contains("Adjustments carried"), "none, no section");
  }

  @Test
  void aDrawShowsWhatItPaidRecoveredAndTheBalance() {
    org.kamcomp.scoring.PayoutStatement base = Statements.statement().build();
    org.kamcomp.scoring.PayoutStatement withDraw =
        new org.kamcomp.scoring.PayoutStatement(
            base.participant(),
            base.assignment(),
            base.plan(),
            base.planVersion(),
            base.currency(),
            base.kind(),
            base.periodStart(),
            base.periodEnd(),
            base.scorecardStart(),
            base.scorecardEnd(),
            base.assignedFrom(),
            base.assignedTo(),
            base.status(),
            base.heldBecause(),
            base.scorecard(),
            base.earned(),
            null,
            new org.kamcomp.scoring.Draws.Applied(
                org.kamcomp.scoring.Draws.Kind.RECOVERABLE,
                Statements.dec("5000.00"),
                Statements.dec("11088.06"),
                Statements.dec("2000.00"),
                Statements.dec("2000.00"),
                Statements.dec("0.00"),
                Statements.dec("0.00"),
                List.of()),
            null,
            Statements.dec("11088.06"),
            List.of(),
            Statements.dec("0.00"),
            Statements.dec("11088.06"),
            List.of(),
            base.notes());
    StatementView v =
        StatementView.of(
            new StatementView.Header(7, "Anna Schmidt", "aschmidt", 3, true, null, false),
            withDraw,
            org.kamcomp.scoring.FiscalCalendar.JANUARY);
    String t = Pdfs.read(pdf.render(v)).text;
    assertTrue(
        t.contains(
            "Recoverable draw 5,000.00 EUR; balance before 2,000.00, recovered 2,000.00, balance"
                + " after 0.00"),
        t);
    assertTrue(t.contains("11,088.06 EUR"), t);
  }

  @Test
  void aPeriodStatementIsOnePageWithEveryFigureLineAndTrail() {
    byte[] bytes = pdf.render(q2());
    Pdfs.keep("period.pdf", bytes);
    Pdfs read = Pdfs.read(bytes);

    assertEquals(1, read.pages);
    String t = read.text;
    assertTrue(t.contains("KAM Comp — Incentive statement"), t);
    assertTrue(t.contains("Anna Schmidt"), t);
    assertTrue(t.contains("1 Apr 2026 – 30 Jun 2026"), t);
    assertTrue(t.contains("KAM-2026 v3"), t);
    assertTrue(t.contains("Period payout"), t);
    assertTrue(t.contains("Calculated"), t);
    assertTrue(t.contains("13,088.06 EUR"), t);
    assertTrue(t.contains("12,000.00 EUR"), "target incentive tile\n" + t);
    for (String measure :
        List.of(
            "Revenue",
            "Gross margin %",
            "Qualified pipeline",
            "Share of wallet",
            "Account plan",
            "Customer satisfaction")) {
      assertTrue(t.contains(measure), measure + " missing\n" + t);
    }
    assertTrue(
        t.contains("Revenue 40 % 1,200,000 1,350,000 112.50 % 162.50 % 7,800.00"),
        "the revenue row, left to right\n" + t);
    assertTrue(t.contains("Account plan 10 % – 4 rating 4 150.00 % 1,800.00"), t);
    assertTrue(t.contains("Gated by GM: this measure pays 0"), t);
    assertTrue(
        t.contains("Gate: GM attained 84.00 %, below the minimum of 90.00 %: this measure pays 0"),
        t);
    assertTrue(t.contains("LINEAR curve between (0.8, 0.5) and (1, 1): 0.875"), t);
    assertTrue(t.contains("Weight 0 %: the measure only feeds a gate or the modifier"), t);
    assertTrue(t.contains("Rounding"), t);
    assertTrue(t.contains("× 1.0375"), t);
    assertTrue(t.contains("473.06"), t);
    assertTrue(t.contains("Plan cap"), t);
    assertTrue(t.contains("How it was calculated"), t);
    assertTrue(t.contains("• Modifier on CSAT at 107.50 % attainment: x 1.0375"), t);
    assertTrue(t.contains("• Payout = 13088.06 EUR"), t);
    assertTrue(t.contains("Deal D-2026-0412 is a windfall: its credit of 700000.00"), t);
    assertTrue(t.contains("Page 1 of 1"), t);
    assertFalse(t.contains("HELD"), "no held banner on a calculated statement");
    assertFalse(t.contains("Published before"), "no recalculation note on a first version");
    assertTrue(read.title.contains("Anna Schmidt"), read.title);
  }

  @Test
  void everyFontIsEmbeddedDejaVuInTwoFacesOnly() {
    Pdfs read = Pdfs.read(pdf.render(q2()));
    assertFalse(read.fonts.isEmpty());
    Set<String> faces = new TreeSet<>();
    for (PDFont f : read.fonts) {
      assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
      faces.add(f.getName().substring(f.getName().indexOf('+') + 1));
    }
    // Each embedded face is a font subset written and compressed into every PDF: a third face
    // (italic) cost about a third more export time.
    assertEquals(Set.of("DejaVuSans", "DejaVuSans-Bold"), faces);
  }

  @Test
  void aHeldStatementSaysSoAndWhy() {
    StatementView held =
        Statements.statement().held("no rating yet for \"Account plan\"", true).view();
    byte[] bytes = pdf.render(held);
    Pdfs.keep("held.pdf", bytes);
    Pdfs read = Pdfs.read(bytes);

    assertEquals(1, read.pages);
    String t = read.text;
    assertTrue(t.contains("HELD"), t);
    assertTrue(t.contains("no rating yet for \"Account plan\""), t);
    assertTrue(t.contains("nothing is due while it is held"), t);
    assertTrue(t.contains("12,000.00 EUR"), t);
    assertTrue(t.contains("No scorecard lines"), t);
    assertFalse(t.contains("Plan cap"), "no payout lines on a held statement\n" + t);
    assertTrue(t.contains("• Held: no rating yet for \"Account plan\"; a missing rating"), t);
  }

  @Test
  void aStatementHeldBeforeItsScorecardStillRenders() {
    StatementView held = Statements.statement().held("no base salary", false).view();
    String t = Pdfs.read(pdf.render(held)).text;
    assertTrue(t.contains("HELD"), t);
    assertTrue(t.contains("no base salary"), t);
  }

  @Test
  void aRecalculatedAdvanceShowsWhatWasPublishedBeforeAndTheDifference() {
    StatementView advance =
        Statements.statement().advance("13067.52", "6412.80").recalculates("6000.00").view();
    byte[] bytes = pdf.render(advance);
    Pdfs.keep("advance-recalculated.pdf", bytes);
    Pdfs read = Pdfs.read(bytes);

    assertEquals(1, read.pages);
    String t = read.text;
    assertTrue(t.contains("Advance"), t);
    assertTrue(t.contains("6,412.80 EUR"), t);
    assertTrue(t.contains("24,350.40 EUR"), t);
    assertTrue(t.contains("Year to date 1 Jan 2026 – 30 Jun 2026"), t);
    assertTrue(
        t.replace("\n", " ")
            .contains(
                "Advance rate (80 % of earned to date): 19,480.32; Advances paid (for 1 Jan – 31 Mar"
                    + " 2026): −13,067.52; Due for Q2 2026: 6,412.80 EUR"),
        t);
    assertTrue(t.contains("Published before: 6,000.00 EUR; difference: +412.80 EUR"), t);
    assertTrue(t.contains("Advance = max(0, 80 % x earned to date 24350.40"), t);
  }

  @Test
  void longTrailsFlowOntoASecondPageWithoutLosingALine() {
    StatementView v = Statements.statement().longTrails(8).view();
    byte[] bytes = pdf.render(v);
    Pdfs.keep("long-trails.pdf", bytes);
    Pdfs read = Pdfs.read(bytes);

    assertEquals(2, read.pages);
    assertTrue(read.pageTexts.get(0).contains("Page 1 of 2"), read.pageTexts.get(0));
    assertTrue(read.pageTexts.get(1).contains("Page 2 of 2"), read.pageTexts.get(1));
    assertTrue(read.pageTexts.get(1).contains("Measure"), "the table header repeats");
    String t = read.text;
    for (int deal = 1001; deal <= 1008; deal++) {
      int times = t.split("Deal D-2026-" + deal + " credited", -1).length - 1;
      assertEquals(6, times, "deal " + deal + " on every line's trail");
    }
    assertTrue(t.contains("TCV €100000 (24 months), first-year value €50000 – within"), t);
    assertTrue(t.contains("• Payout = 13088.06 EUR"), t);
  }

  @Test
  void rendersToAStreamAndFromManyThreadsAlike() throws Exception {
    byte[] once = pdf.render(q2());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.render(q2(), out);
    assertEquals(Pdfs.read(once).text, Pdfs.read(out.toByteArray()).text);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> done = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        done.add(pool.submit(() -> pdf.render(q2())));
      }
      for (Future<byte[]> f : done) {
        assertEquals(Pdfs.read(once).text, Pdfs.read(f.get()).text);
      }
    } finally {
      pool.shutdown();
    }
  }
}
