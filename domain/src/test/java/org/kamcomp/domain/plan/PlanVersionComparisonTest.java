package org.kamcomp.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.plan.PlanVersionComparison.Difference;

class PlanVersionComparisonTest {

  private static PlanVersionSnapshot snapshot(int number, PlanTerms terms, ScorecardDefinition s) {
    return new PlanVersionSnapshot(
        "KAM", "KAM plan", "KAM", "EUR", number, PlanVersionStatus.DRAFT, 0, terms, s, null, null);
  }

  @Test
  void sameContentHasNoDifferencesEvenWithOtherScales() {
    ScorecardDefinition s = Scorecards.kamScorecard();
    List<MeasureDefinition> rescaled = new ArrayList<>();
    for (MeasureDefinition m : s.measures()) {
      rescaled.add(
          new MeasureDefinition(
              m.code(),
              m.name(),
              m.perspective(),
              m.source(),
              m.direction(),
              m.data(),
              m.weightPercent().setScale(4),
              m.curve()));
    }
    var a = snapshot(1, Scorecards.annualWithQuarterlyAdvances(), s);
    var b =
        snapshot(
            2,
            Scorecards.annualWithQuarterlyAdvances(),
            new ScorecardDefinition(rescaled, s.gates(), s.modifier()));
    assertEquals(List.of(), PlanVersionComparison.compare(a, b));
  }

  @Test
  void changedTermsAndMeasuresAreListedSideBySide() {
    ScorecardDefinition s = Scorecards.kamScorecard();
    List<MeasureDefinition> measures = new ArrayList<>(s.measures());
    measures.set(0, Scorecards.measure("revenue", Perspective.FINANCIAL, "30"));
    measures.set(1, Scorecards.measure("margin", Perspective.FINANCIAL, "40"));
    measures.remove(3);
    measures.add(Scorecards.measure("nps", Perspective.CUSTOMER, "0"));
    PlanTerms t = Scorecards.annualWithQuarterlyAdvances();
    PlanTerms changed =
        new PlanTerms(
            t.effectiveFrom(),
            t.targetIncentive(),
            t.performancePeriod(),
            t.payoutFrequency(),
            new BigDecimal("80"),
            false,
            t.planCapMultiple(),
            t.creditingRule(),
            true,
            t.windfallThresholdPercent(),
            t.draw(),
            t.clawbackWindowMonths());
    var a = snapshot(1, t, s);
    var b =
        snapshot(
            2,
            changed,
            new ScorecardDefinition(
                measures, s.gates(), new ModifierDefinition("nps", s.modifier().points())));
    assertEquals(
        List.of(
            new Difference("advanceRatePercent", "75", "80"),
            new Difference("measure revenue weight", "40 %", "30 %"),
            new Difference("measure margin weight", "30 %", "40 %"),
            new Difference(
                "measure csat",
                "csat name, CUSTOMER, 0 %, LINEAR (0.8, 0.5) (1, 1) (1.2, 2) cap 2",
                "-"),
            new Difference(
                "measure nps",
                "-",
                "nps name, CUSTOMER, 0 %, LINEAR (0.8, 0.5) (1, 1) (1.2, 2) cap 2"),
            new Difference(
                "modifier",
                "on csat: (0.9, 0.9) (1, 1) (1.1, 1.1)",
                "on nps: (0.9, 0.9) (1, 1) (1.1, 1.1)")),
        PlanVersionComparison.compare(a, b));
  }
}
