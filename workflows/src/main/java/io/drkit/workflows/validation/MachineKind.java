package io.drkit.workflows.validation;

import java.util.Set;

/** The definition itself, or a machine nested in it (a Parallel branch, a Map's item processor): each has its fields. */
enum MachineKind {

  TOP_LEVEL(Set.of("StartAt", "States", "Comment", "Version", "TimeoutSeconds", "QueryLanguage")),
  NESTED(Set.of("StartAt", "States", "Comment", "ProcessorConfig", "QueryLanguage"));

  private final Set<String> fields;

  MachineKind(Set<String> fields) {
    this.fields = fields;
  }

  boolean takes(String field) {
    return fields.contains(field);
  }
}
