package io.drkit.workflows.engine;

/** The two query languages of ASL; a state uses its own {@code QueryLanguage} or the machine's. */
public enum QueryLanguage {
  JSONPATH,
  JSONATA;

  static QueryLanguage of(String text, QueryLanguage fallback) {
    if (text == null) {
      return fallback;
    }
    return switch (text) {
      case "JSONPath" -> JSONPATH;
      case "JSONata" -> JSONATA;
      default -> throw new IllegalArgumentException("QueryLanguage must be JSONPath or JSONata, not " + text);
    };
  }
}
