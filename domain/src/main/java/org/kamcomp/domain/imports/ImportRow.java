package org.kamcomp.domain.imports;

import java.util.Map;

/**
 * One row of an import: its number for messages, and its values by column name. A column the row
 * does not have (absent from the file's header, or a key absent from a JSON object) leaves the
 * field as it is; a column present with an empty value (or a JSON null) clears it.
 */
public record ImportRow(int number, Map<String, String> values) {
  public ImportRow {
    values = Map.copyOf(values);
  }

  /** Whether the row has the column at all, empty or not. */
  public boolean has(String column) {
    return values.containsKey(column);
  }

  /** The trimmed value of a column, or null when the column is absent or empty. */
  public String get(String column) {
    String v = values.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
