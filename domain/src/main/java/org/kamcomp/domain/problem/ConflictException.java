package org.kamcomp.domain.problem;

/** The change collides with the current state: a duplicate natural key or a concurrent edit. */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
