package org.kamcomp.launcher;

/** Something the user must fix before the platform can start; the message says what and how. */
public class StartupProblem extends RuntimeException {
  public StartupProblem(String message) {
    super(message);
  }
}
