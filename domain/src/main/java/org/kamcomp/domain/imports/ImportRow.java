package org.kamcomp.domain.imports;

import java.util.Map;

/** One row of an import: its number for messages, and its values by column name. */
public record ImportRow(int number, Map<String, String> values) {
  public ImportRow {
    values = Map.copyOf(values);
  }

  /** The trimmed value of a column, or null when the column is absent or empty. */
  public String get(String column) {
    String v = values.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
