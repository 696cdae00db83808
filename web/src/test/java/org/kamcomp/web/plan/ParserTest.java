package org.kamcomp.web.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParserTest {

  private final FormErrors errors = new FormErrors();
  private final Parser parser = new Parser(errors);

  @Test
  void numbersAreReadAsTypedForgivingPercentSignsAndThousandsCommas() {
    assertEquals(new BigDecimal("1.25"), parser.decimal(" 1.25 ", "a"));
    assertEquals(new BigDecimal("75"), parser.decimal("75 %", "b"));
    assertEquals(new BigDecimal("1000000"), parser.decimal("1,000,000", "c"));
    assertEquals(new BigDecimal("-3"), parser.decimal("-3", "d"));
    assertNull(parser.decimal("  ", "e"));
    assertTrue(errors.isEmpty());
  }

  @Test
  void whatIsNoNumberIsReportedOnItsField() {
    assertNull(parser.decimal("1,5", "scorecard.measures[0].weightPercent"));
    assertNull(parser.decimal("abc", "planCapMultiple"));
    assertEquals(
        "Enter a number such as 1.25, not \"1,5\"",
        errors.at("scorecard.measures[0].weightPercent"));
    assertEquals("Enter a number such as 1.25, not \"abc\"", errors.at("planCapMultiple"));
  }

  @Test
  void aRequiredValueThatIsBlankIsReported() {
    assertNull(parser.required("", "scorecard.measures[0].curve.points[1].payout", "Enter it"));
    assertEquals("Enter it", errors.at("scorecard.measures[0].curve.points[1].payout"));
  }

  @Test
  void wholeNumbersAndDates() {
    assertEquals(6, parser.whole("6", "clawbackWindowMonths", 0));
    assertEquals(0, parser.whole("", "clawbackWindowMonths", 0));
    assertEquals(0, parser.whole("1.5", "x", 0));
    assertEquals("Enter a whole number, not \"1.5\"", errors.at("x"));
    assertEquals(LocalDate.of(2027, 1, 1), parser.date("2027-01-01", "effectiveFrom"));
    assertNull(parser.date("1/1/27", "y"));
    assertEquals("Enter a date such as 2026-01-01", errors.at("y"));
  }

  @Test
  void theModelsTermsPrefixIsTheSameFieldAsWithout() {
    errors.add("terms.advanceRatePercent", "set the advance rate");
    assertEquals("set the advance rate", errors.at("advanceRatePercent"));
  }
}
