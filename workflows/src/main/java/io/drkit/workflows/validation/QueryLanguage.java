package io.drkit.workflows.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** Which query language a machine or a state uses: the one it names, else the one it inherits. */
final class QueryLanguage {

  static final String DEFAULT = "JSONPath";

  private QueryLanguage() {}

  static String of(JsonNode node, String inherited) {
    JsonNode language = node.get("QueryLanguage");
    return language != null && language.isTextual() ? language.textValue() : inherited;
  }

  static boolean isJsonata(String language) {
    return language.equals("JSONata");
  }
}
