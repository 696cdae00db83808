package org.kamcomp.web.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kamcomp.domain.statement.StatementRecord;

/** The team view's rows, shared by the page and its PDF. */
final class TeamStatements {

  private TeamStatements() {}

  /** The period as shown: "2026-07-01 to 2026-09-30". */
  static String period(StatementRecord s) {
    return s.getRun().getPeriodStart() + " to " + s.getRun().getPeriodEnd();
  }

  /**
   * Of each assignment's published statements for the period, the latest version (a recalculation
   * replaces the one before it in the team's view); {@code published} comes newest first.
   */
  static List<StatementRecord> latest(List<StatementRecord> published, String period) {
    return latest(published, TeamStatements::period, StatementRecord::getAssignmentId, period);
  }

  static <T> List<T> latest(
      List<T> newestFirst,
      Function<T, String> periodOf,
      Function<T, Long> assignmentOf,
      String period) {
    Map<Long, T> latest = new LinkedHashMap<>();
    for (T s : newestFirst) {
      if (periodOf.apply(s).equals(period)) {
        latest.putIfAbsent(assignmentOf.apply(s), s);
      }
    }
    return new ArrayList<>(latest.values());
  }
}
