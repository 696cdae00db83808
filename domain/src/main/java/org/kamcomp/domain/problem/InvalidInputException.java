package org.kamcomp.domain.problem;

import java.util.List;

/** Input that breaks a business rule; nothing was changed. */
public class InvalidInputException extends RuntimeException {
  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.isEmpty() ? "invalid input" : errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
