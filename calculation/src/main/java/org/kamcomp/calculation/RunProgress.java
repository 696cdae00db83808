package org.kamcomp.calculation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.kamcomp.domain.problem.ConflictException;

/**
 * The runs being calculated now, with how far each has got: sales operations watches a run's
 * progress live. Held in memory only: a run is one transaction, so a run cut short by a crash
 * leaves nothing behind to show, and is simply started again.
 */
@ApplicationScoped
public class RunProgress {

  /** One run in progress. */
  public static final class Running {
    private final String period;
    private final String startedBy;
    private final Instant startedAt;
    private volatile int total;
    private final AtomicInteger done = new AtomicInteger();

    Running(String period, String startedBy, Instant startedAt) {
      this.period = period;
      this.startedBy = startedBy;
      this.startedAt = startedAt;
    }

    public String getPeriod() {
      return period;
    }

    public String getStartedBy() {
      return startedBy;
    }

    public String getStartedAt() {
      return startedAt.toString();
    }

    /** Participants to calculate (0 while the inputs are read). */
    public int getTotal() {
      return total;
    }

    public int getDone() {
      return done.get();
    }

    /** How far, 0 to 100. */
    public int getPercent() {
      return total == 0 ? 0 : (int) (100L * done.get() / total);
    }
  }

  private final Map<String, Running> running = new ConcurrentHashMap<>();

  /** Registers a run of a period; refused while another run of the same period is calculating. */
  Running begin(LocalDate start, LocalDate end, String by) {
    String period = start + " to " + end;
    Running r = new Running(period, by, Instant.now());
    Running other = running.putIfAbsent(period, r);
    if (other != null) {
      throw new ConflictException(
          "A run of "
              + period
              + " started by "
              + other.startedBy
              + " is calculating ("
              + other.getDone()
              + " of "
              + other.total
              + "): wait for it to finish");
    }
    return r;
  }

  void total(Running r, int total) {
    r.total = total;
  }

  void step(Running r) {
    r.done.incrementAndGet();
  }

  void end(Running r) {
    running.remove(r.period, r);
  }

  public List<Running> now() {
    return List.copyOf(running.values());
  }
}
