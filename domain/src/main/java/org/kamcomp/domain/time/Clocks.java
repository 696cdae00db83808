package org.kamcomp.domain.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.kamcomp.domain.plan.CompanyCalendar;
import org.kamcomp.scoring.FiscalCalendar;

/**
 * The clock and the company's calendar, for injection: services ask for the time instead of reading
 * the system's, so that a test can set it.
 */
@ApplicationScoped
public class Clocks {

  @Produces
  Clock clock() {
    return Clock.system(CompanyCalendar.zone());
  }

  @Produces
  FiscalCalendar calendar() {
    return CompanyCalendar.get();
  }
}
