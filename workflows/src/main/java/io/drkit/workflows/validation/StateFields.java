package io.drkit.workflows.validation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Which fields each state type takes, in each query language (statelint's field rules, plus JSONata's). */
final class StateFields {

  private static final Set<String> COMMON = Set.of("Type", "Comment", "QueryLanguage");
  private static final Set<String> JSONPATH_IO = Set.of("InputPath", "OutputPath");
  private static final Set<String> JSONPATH_RESULT = Set.of("Parameters", "ResultPath", "ResultSelector");
  private static final Set<String> JSONATA_ONLY = Set.of("Arguments", "Output", "Items", "Condition");

  /** Fields of each type beyond the common ones, whatever the language. */
  static final Map<String, Set<String>> BY_TYPE = Map.of(
      "Pass", Set.of("Next", "End", "Result", "Assign", "Parameters", "ResultPath", "InputPath", "OutputPath",
          "Output"),
      "Task", Set.of("Next", "End", "Resource", "Parameters", "ResultPath", "ResultSelector", "InputPath",
          "OutputPath", "Retry", "Catch", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds",
          "HeartbeatSecondsPath", "Credentials", "Assign", "Arguments", "Output"),
      "Choice", Set.of("Choices", "Default", "InputPath", "OutputPath", "Assign", "Output"),
      "Wait", Set.of("Next", "End", "Seconds", "SecondsPath", "Timestamp", "TimestampPath", "InputPath",
          "OutputPath", "Assign", "Output"),
      "Succeed", Set.of("InputPath", "OutputPath", "Output"),
      "Fail", Set.of("Error", "ErrorPath", "Cause", "CausePath"),
      "Parallel", Set.of("Next", "End", "Branches", "Parameters", "ResultPath", "ResultSelector", "InputPath",
          "OutputPath", "Retry", "Catch", "Assign", "Arguments", "Output"),
      "Map", Set.of("Next", "End", "Iterator", "ItemProcessor", "ItemsPath", "Items", "ItemSelector", "Parameters",
          "ItemReader", "ItemBatcher", "ResultWriter", "MaxConcurrency", "MaxConcurrencyPath",
          "ToleratedFailureCount", "ToleratedFailureCountPath", "ToleratedFailurePercentage",
          "ToleratedFailurePercentagePath", "Label", "ResultPath", "ResultSelector", "InputPath", "OutputPath",
          "Retry", "Catch", "Assign", "Output"));

  /** Fields that only JSONPath states take. */
  static final Set<String> JSONPATH_ONLY = union(JSONPATH_IO, JSONPATH_RESULT, Set.of("ItemsPath", "Result",
      "MaxConcurrencyPath", "ToleratedFailureCountPath", "ToleratedFailurePercentagePath", "TimeoutSecondsPath",
      "HeartbeatSecondsPath", "SecondsPath", "TimestampPath", "ErrorPath", "CausePath", "Iterator"));

  private StateFields() {}

  static boolean isCommon(String field) {
    return COMMON.contains(field);
  }

  static boolean isJsonataOnly(String field) {
    return JSONATA_ONLY.contains(field);
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }
}
