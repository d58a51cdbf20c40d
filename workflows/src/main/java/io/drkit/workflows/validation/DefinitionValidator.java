package io.drkit.workflows.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Checks a definition before it runs, with statelint's rules and JSONata's: fields and their types, mutually
 * exclusive fields, Next targets, reachability, a terminal state, States.ALL last and alone, path, intrinsic and
 * JSONata syntax. Each problem names the state and the field.
 *
 * <p>It walks the machines and their states in the definition's order and hands each to the rules about it, so
 * problems come out in the order a reader meets them.
 */
public final class DefinitionValidator {

  private final Findings findings = new Findings();
  private final PathAndExpressionRules paths = new PathAndExpressionRules(findings);
  private final ReachabilityRules reachability = new ReachabilityRules(findings);
  private final StructureRules structure = new StructureRules(findings, paths, this::machine);

  private DefinitionValidator() {}

  public static List<Problem> validate(JsonNode definition) {
    DefinitionValidator validator = new DefinitionValidator();
    if (definition == null || !definition.isObject()) {
      validator.findings.add("(definition)", "a state machine definition is a JSON object");
    } else {
      validator.machine(definition, "", MachineKind.TOP_LEVEL, QueryLanguage.of(definition, QueryLanguage.DEFAULT));
    }
    return validator.findings.all();
  }

  private void machine(JsonNode machine, String prefix, MachineKind kind, String language) {
    structure.machine(machine, prefix, kind).ifPresent(states -> {
      states.properties().forEach(e -> state(e.getKey(), e.getValue(), prefix + "States." + e.getKey(), states,
          language));
      reachability.check(machine.get("StartAt"), states, prefix);
    });
  }

  private void state(String name, JsonNode state, String at, JsonNode states, String machineLanguage) {
    if (structure.state(name, state, at, states, machineLanguage)) {
      paths.state(state, at, QueryLanguage.of(state, machineLanguage));
    }
  }
}
