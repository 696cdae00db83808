package org.kamcomp.scoring;

import java.util.Objects;

/**
 * One thing wrong with an input of the calculation: the field it concerns (a path such as {@code
 * measures[2].curve.cap}) and a sentence for the person who entered it.
 */
public record Problem(String field, String message) {
  public Problem {
    Objects.requireNonNull(field, "field is required");
    Objects.requireNonNull(message, "message is required");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
