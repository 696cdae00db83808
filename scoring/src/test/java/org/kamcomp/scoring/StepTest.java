package org.kamcomp.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StepTest {

  @Test
  void aStepReadsAsStringFormatWouldWriteIt() {
    Object[] values = {new BigDecimal("75"), "26640.55", null, 0.5};
    String template = "Advance = max(0, %s %% x earned to date %s - advances paid %s) = %s";
    assertEquals(String.format(template, values), Step.of(template, values).text());
    assertEquals("100 %", Step.of("100 %%").text());
  }

  @Test
  void aTemplateThatDoesNotFitItsValuesIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Step.of("%d", 1).text());
    assertThrows(IllegalArgumentException.class, () -> Step.of("%s and %s", 1).text());
    assertThrows(IllegalArgumentException.class, () -> Step.of("%s", 1, 2).text());
  }
}
