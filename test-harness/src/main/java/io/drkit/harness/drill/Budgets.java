package io.drkit.harness.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Holds a drill's findings against its scenario's budgets. */
public final class Budgets {

  /** One budget: the finding, the limit, what was found, and whether it was met. */
  public record Verdict(String finding, JsonNode budget, JsonNode found, boolean met) {}

  private Budgets() {}

  /** @param clientMode picks the budget when one is given per client mode */
  public static List<Verdict> check(Map<String, JsonNode> budgets, ObjectNode findings, String clientMode) {
    List<Verdict> verdicts = new ArrayList<>();
    budgets.forEach((name, given) -> {
      JsonNode budget = given.isObject() ? given.path(clientMode) : given;
      if (budget.isMissingNode()) {
        return;
      }
      JsonNode found = findings.path(name);
      boolean met;
      if (budget.isBoolean()) {
        met = found.isBoolean() && found.asBoolean() == budget.asBoolean();
      } else {
        met = found.isNumber() && found.asDouble() <= budget.asDouble();
      }
      verdicts.add(new Verdict(name, budget, found, met));
    });
    return verdicts;
  }
}
