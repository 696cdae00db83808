package org.kamcomp.domain.problem;

import java.util.Objects;

/**
 * One invalid input: the field (a path such as {@code managerUsername}) and what is wrong with it.
 */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field is required");
    Objects.requireNonNull(message, "message is required");
  }
}
