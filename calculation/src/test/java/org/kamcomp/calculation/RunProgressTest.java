package org.kamcomp.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kamcomp.domain.problem.ConflictException;

class RunProgressTest {

  static final LocalDate Q3 = LocalDate.of(2026, 7, 1);
  static final LocalDate Q3_END = LocalDate.of(2026, 9, 30);

  @Test
  void aRunShowsHowFarItHasGotUntilItEnds() {
    RunProgress progress = new RunProgress();
    RunProgress.Running r = progress.begin(Q3, Q3_END, "alice");
    assertEquals(0, r.getPercent(), "reading the inputs");
    progress.total(r, 3);
    progress.step(r);
    assertEquals(33, progress.now().get(0).getPercent());
    assertEquals("2026-07-01 to 2026-09-30", r.getPeriod());
    progress.end(r);
    assertTrue(progress.now().isEmpty());
  }

  @Test
  void aSecondRunOfThePeriodWaitsForTheFirst() {
    RunProgress progress = new RunProgress();
    RunProgress.Running first = progress.begin(Q3, Q3_END, "alice");
    progress.total(first, 10);
    ConflictException refused =
        assertThrows(ConflictException.class, () -> progress.begin(Q3, Q3_END, "bob"));
    assertEquals(
        "A run of 2026-07-01 to 2026-09-30 started by alice is calculating (0 of 10): wait for it"
            + " to finish",
        refused.getMessage());
    progress.begin(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), "bob"); // another period
    progress.end(first);
    progress.begin(Q3, Q3_END, "bob");
  }
}
