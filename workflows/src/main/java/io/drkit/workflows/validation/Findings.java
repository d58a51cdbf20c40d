package io.drkit.workflows.validation;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one definition, in the order the rules came upon them. */
final class Findings {

  private final List<Problem> problems = new ArrayList<>();

  /** The top-level machine's own fields have no prefix, so an empty location means the whole definition. */
  void add(String at, String message) {
    problems.add(new Problem(at.isEmpty() ? "(definition)" : at, message));
  }

  List<Problem> all() {
    return List.copyOf(problems);
  }
}
