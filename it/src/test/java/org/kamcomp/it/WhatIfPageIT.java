package org.kamcomp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kamcomp.launcher.Platform;

/**
 * Sales operations models the KAMs on the AM quota plan beside the KAM scorecard in the browser.
 */
class WhatIfPageIT {

  @Test
  void theDemoShowsTheKamsOnBothPlansSideBySide() throws Exception {
    try (Browser admin = new Browser()) {
      admin.open(Platform.APP_URL + "/kam/admin/whatif.xhtml");
      admin.signIn("alice", "alice");
      assertEquals("What-if modeling", admin.textOf("page-title"));
      admin.choose("whatif-form:year", "2025");
      admin.click("whatif-form:model");
      String summary = admin.textOf("summary");
      assertTrue(
          summary.contains("Current plans")
              && summary.contains("AM-QUOTA v1")
              && summary.contains("KAM-SCORECARD v1")
              && summary.contains("At excellence"),
          summary);
      assertTrue(admin.textOf("participants").contains("Kate Keller"));
      String bars = admin.chartData("whatif-form:distribution");
      assertTrue(bars.matches("\\[[0-9,]+\\]"), bars);
      admin.screenshotWholePage("30-what-if");
    }
  }
}
