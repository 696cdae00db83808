package org.kamcomp.web.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamcomp.domain.problem.FieldError;

/**
 * The problems of the last save attempt, keyed by the model's field path ({@code
 * scorecard.measures[1].curve.points[0].attainment}), so the page shows each beside its input.
 */
final class FormErrors implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, List<String>> byField = new LinkedHashMap<>();

  void clear() {
    byField.clear();
  }

  /** Adds a problem; the model names terms' fields with or without a {@code terms.} prefix. */
  void add(String field, String message) {
    String path = field.startsWith("terms.") ? field.substring("terms.".length()) : field;
    List<String> messages = byField.computeIfAbsent(path, f -> new ArrayList<>());
    if (!messages.contains(message)) {
      messages.add(message);
    }
  }

  void addAll(List<FieldError> errors) {
    errors.forEach(e -> add(e.field(), e.message()));
  }

  boolean isEmpty() {
    return byField.isEmpty();
  }

  boolean has(String field) {
    return byField.containsKey(field);
  }

  /** The messages about one field, joined; null when it is fine. */
  String at(String field) {
    List<String> messages = byField.get(field);
    return messages == null ? null : String.join(" ", messages);
  }

  /** Every problem as (field, message), in the order they were found. */
  List<FieldError> all() {
    List<FieldError> all = new ArrayList<>();
    byField.forEach((field, messages) -> messages.forEach(m -> all.add(new FieldError(field, m))));
    return all;
  }
}
