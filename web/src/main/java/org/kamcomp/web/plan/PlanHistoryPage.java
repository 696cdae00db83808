package org.kamcomp.web.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.kamcomp.domain.plan.PlanCatalog;
import org.kamcomp.domain.plan.PlanVersionHistory;
import org.kamcomp.domain.problem.NotFoundException;

/** A plan version's history: each recorded change with who, when and what changed. */
@Named
@RequestScoped
public class PlanHistoryPage {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Inject PlanCatalog catalog;

  private String code;
  private int number = 1;
  private List<Entry> entries = List.of();
  private boolean missing;

  /** One revision, for the page. */
  public static final class Entry {
    private final PlanVersionHistory h;

    Entry(PlanVersionHistory h) {
      this.h = h;
    }

    public long getRevision() {
      return h.revision();
    }

    public String getWhen() {
      return WHEN.format(h.changedAt());
    }

    public String getWho() {
      return h.changedBy();
    }

    public String getKind() {
      return h.kind().charAt(0) + h.kind().substring(1).toLowerCase();
    }

    public List<String> getChanges() {
      return h.changes().stream()
          .map(d -> d.element() + ": " + d.before() + " \u2192 " + d.after())
          .toList();
    }
  }

  public void load() {
    try {
      List<Entry> oldestFirst = catalog.history(code, number).stream().map(Entry::new).toList();
      entries = new java.util.ArrayList<>(oldestFirst);
      java.util.Collections.reverse(entries);
    } catch (NotFoundException e) {
      missing = true;
    }
  }

  public List<Entry> getEntries() {
    return entries;
  }

  public boolean isMissing() {
    return missing;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public int getNumber() {
    return number;
  }

  public void setNumber(int number) {
    this.number = number;
  }
}
