package org.kamcomp.scoring.calculator;

import java.util.List;

/** A scenario that cannot be calculated: every problem as "path: message". */
public class ScenarioException extends RuntimeException {
  private final List<String> problems;

  public ScenarioException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
