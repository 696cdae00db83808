package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepTest {

  @Test
  void aStepReadsAsItsPhraseWithItsValues() {
    Step s =
        Step.of(
            Phrase.ADVANCE,
            Step.plain(new BigDecimal("75.0")),
            Step.money(Rational.of(80001, 3), 2),
            new BigDecimal("100.00"),
            new BigDecimal("19900.25"));
    assertEquals(
        "Advance = max(0, 75 % x earned to date 26667.00 - advances paid 100.00) = 19900.25",
        s.text());
    assertEquals(
        "Weight 0 %: the measure only feeds a gate or the modifier",
        Step.of(Phrase.WEIGHT_ZERO).text());
  }

  @Test
  void storedStepsReadBackAsTheSameSentences() {
    List<Step> steps =
        List.of(
            Step.of(
                Phrase.ATTAINMENT,
                Step.plain(Rational.of(27)),
                Step.plain(new BigDecimal("30")),
                Step.percent(Rational.of(9, 10))),
            Step.of(
                Phrase.CLAWBACK, "D-1", LocalDate.of(2026, 3, 1), 6, Step.money(Rational.of(5), 2)),
            Step.of(Phrase.HELD, "no rating yet for \"Account plan\"\u0007"));
    List<Step> back = Step.decode(Step.encode(steps));
    assertEquals(
        List.of(
            "Attainment = actual 27 / target 30 = 90.00 %",
            "Deal D-1 cancelled on 2026-03-01, within the 6-month clawback window: -5.00",
            "Held: no rating yet for \"Account plan\" "),
        back.stream().map(Step::text).toList());
    assertEquals(List.of(), Step.decode(null));
    assertEquals(null, Step.encode(List.of()));
  }

  @Test
  void aPhraseTakesExactlyItsValues() {
    assertThrows(IllegalArgumentException.class, () -> Step.of(Phrase.HELD));
    assertThrows(IllegalArgumentException.class, () -> Step.of(Phrase.HELD, "a", "b"));
    assertThrows(IllegalArgumentException.class, () -> Step.of(Phrase.HELD, 0.5));
  }
}
