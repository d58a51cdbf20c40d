package io.drkit.activities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.drkit.activities.contract.Nullable;
import io.drkit.activities.contract.StepJson;
import io.drkit.activities.testing.TestRegions;
import io.drkit.activities.validate.WorkflowRequests;
import io.drkit.workflows.engine.Definitions;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The state machines and the Java steps, checked against each other: the single source of truth for what the ASL
 * must say about a step. Every Task names a step that exists (and its Lambda handler); the fields a state passes are
 * fields of the step's input type, the required ones all passed, the literal ones of the right type; every field a
 * later state reads from a step's result is a field of its output type; every field the machine reads at the top
 * level is a field of the workflow's request, a result, or bookkeeping; and every Task carries the standard Retry
 * and Catch. A failure says what the ASL should say instead.
 */
class ContractTest {

  private static final ActivityCatalog CATALOG = ActivityCatalog.of(new TestRegions().ports());
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");
  private static final Pattern JSONATA_KEY = Pattern.compile("'([A-Za-z]+)'\\s*:");

  /** Every Task state of a machine, nested ones included, with the branch it sits in. */
  private record TaskState(String name, JsonNode state, String step) {}

  private static JsonNode machine(String workflow) {
    return StepJson.parse(Definitions.raw(workflow));
  }

  private static void collect(JsonNode states, Map<String, JsonNode> into) {
    states.fields().forEachRemaining(e -> {
      into.put(e.getKey(), e.getValue());
      JsonNode processor = e.getValue().has("ItemProcessor") ? e.getValue().get("ItemProcessor")
          : e.getValue().get("Iterator");
      if (processor != null) {
        collect(processor.get("States"), into);
      }
      e.getValue().path("Branches").forEach(branch -> collect(branch.get("States"), into));
    });
  }

  private static Map<String, JsonNode> states(JsonNode machine) {
    Map<String, JsonNode> all = new LinkedHashMap<>();
    collect(machine.get("States"), all);
    return all;
  }

  private static List<TaskState> stepTasks(JsonNode machine) {
    List<TaskState> tasks = new ArrayList<>();
    states(machine).forEach((name, state) -> {
      Matcher step = PLACEHOLDER.matcher(state.path("Resource").asText());
      if ("Task".equals(state.path("Type").asText()) && step.matches()) {
        tasks.add(new TaskState(name, state, step.group(1)));
      }
    });
    return tasks;
  }

  /** The JSON names of a contract type's fields, and which of them are required. */
  private record Fields(Set<String> all, Set<String> required, boolean open) {
    static Fields of(Class<?> type) {
      Set<String> all = new TreeSet<>();
      Set<String> required = new TreeSet<>();
      boolean open = type.isAnnotationPresent(JsonIgnoreProperties.class)
          && type.getAnnotation(JsonIgnoreProperties.class).ignoreUnknown();
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          if (annotated(type, component, JsonAnySetter.class)) {
            open = true;
            continue;
          }
          String name = jsonName(type, component);
          all.add(name);
          if (!component.isAnnotationPresent(Nullable.class) && !component.getType().isPrimitive()) {
            required.add(name);
          }
        }
      }
      return new Fields(all, required, open || !type.isRecord());
    }

    Class<?> typeOf(Class<?> record, String json) {
      for (RecordComponent component : record.getRecordComponents()) {
        if (jsonName(record, component).equals(json)) {
          return component.getType();
        }
      }
      return null;
    }

    /** Jackson's annotations reach a record's fields, not its components. */
    private static boolean annotated(Class<?> record, RecordComponent component,
        Class<? extends java.lang.annotation.Annotation> annotation) {
      try {
        return record.getDeclaredField(component.getName()).isAnnotationPresent(annotation);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
    }

    private static String jsonName(Class<?> record, RecordComponent component) {
      try {
        JsonProperty renamed = record.getDeclaredField(component.getName()).getAnnotation(JsonProperty.class);
        return renamed != null ? renamed.value() : component.getName();
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static Step<?, ?> step(String name) {
    return CATALOG.step(name);
  }

  /** The fields a Task passes: its Parameters' keys, an ItemSelector's for a Map's item, or a JSONata object's. */
  private static Map<String, JsonNode> passed(TaskState task, JsonNode machine) {
    JsonNode parameters = task.state().has("Parameters") ? task.state().get("Parameters")
        : task.state().get("Arguments");
    if (parameters == null) {
      parameters = itemSelectorFeeding(task.name(), machine);
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    if (parameters == null) {
      return fields;
    }
    if (parameters.isTextual()) {
      Matcher keys = JSONATA_KEY.matcher(parameters.asText());
      while (keys.find()) {
        fields.put(keys.group(1), null);
      }
      return fields;
    }
    parameters.fields().forEachRemaining(e -> fields.put(e.getKey().replaceFirst("\\.\\$$", ""),
        e.getKey().endsWith(".$") ? null : e.getValue()));
    return fields;
  }

  /** The Map or Parallel state whose branch holds the state, or a missing node at the top level. */
  private static JsonNode enclosing(String name, JsonNode machine) {
    for (JsonNode state : states(machine).values()) {
      List<JsonNode> branches = new ArrayList<>();
      state.path("Branches").forEach(branches::add);
      branches.add(state.has("ItemProcessor") ? state.get("ItemProcessor") : state.path("Iterator"));
      for (JsonNode branch : branches) {
        if (branch.path("States").has(name)) {
          return state;
        }
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private static JsonNode itemSelectorFeeding(String taskName, JsonNode machine) {
    for (JsonNode state : states(machine).values()) {
      JsonNode processor = state.has("ItemProcessor") ? state.get("ItemProcessor") : state.get("Iterator");
      if (processor != null && processor.get("States").has(taskName)) {
        return state.has("ItemSelector") ? state.get("ItemSelector") : state.get("Parameters");
      }
    }
    return null;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"failover", "failback", "consistency", "rollback"})
  void everyTaskNamesAStep(String workflow) {
    for (TaskState task : stepTasks(machine(workflow))) {
      assertThat(CATALOG.names()).as("%s: %s's resource ${%s} must name a step", workflow, task.name(), task.step())
          .contains(task.step());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"failover", "failback", "consistency", "rollback"})
  void theFieldsEachTaskPassesAreThoseItsInputTypeTakes(String workflow) throws Exception {
    JsonNode machine = machine(workflow);
    for (TaskState task : stepTasks(machine)) {
      Class<?> input = step(task.step()).input();
      Fields fields = Fields.of(input);
      Map<String, JsonNode> passed = passed(task, machine);
      String where = workflow + ": " + task.name() + " passes " + passed.keySet() + " to " + task.step()
          + ", whose input " + input.getSimpleName() + " takes " + fields.all() + " (required " + fields.required()
          + ")";
      if (!fields.open()) {
        assertThat(fields.all()).as(where).containsAll(passed.keySet());
      }
      assertThat(passed.keySet()).as(where).containsAll(fields.required());
      for (Map.Entry<String, JsonNode> literal : passed.entrySet()) {
        Class<?> type = input.isRecord() ? fields.typeOf(input, literal.getKey()) : null;
        if (literal.getValue() != null && type != null) {
          StepJson.strictly(literal.getValue(), type); // a literal of the wrong type fails here
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"failover", "failback", "consistency", "rollback"})
  void whatLaterStatesReadOfAResultIsAFieldOfItsOutputType(String workflow) {
    JsonNode machine = machine(workflow);
    String text = machine.toString();
    for (TaskState task : stepTasks(machine)) {
      String resultPath = task.state().path("ResultPath").asText("");
      Matcher top = Pattern.compile("^\\$\\.([A-Za-z]+)$").matcher(resultPath);
      if (!top.matches()) {
        continue;
      }
      Fields output = Fields.of(step(task.step()).output());
      for (String field : reads(text, top.group(1))) {
        assertThat(output.all()).as("%s: a state reads $.%s.%s, but %s's output %s has %s", workflow,
            top.group(1), field, task.step(), step(task.step()).output().getSimpleName(), output.all())
            .contains(field);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"failover", "failback", "consistency", "rollback"})
  void everyTopLevelFieldReadIsOfTheRequestAResultOrBookkeeping(String workflow) {
    JsonNode machine = machine(workflow);
    Set<String> known = new TreeSet<>(Fields.of(WorkflowRequests.valueOf(workflow.toUpperCase(Locale.ROOT)).type())
        .all());
    for (JsonNode state : states(machine).values()) {
      addTop(known, state.path("ResultPath").asText(""));
      state.path("Catch").forEach(c -> addTop(known, c.path("ResultPath").asText("")));
      state.path("Catch").forEach(c -> {
        if ("$".equals(c.path("ResultPath").asText())) {
          known.addAll(List.of("Error", "Cause")); // the error output replaces the state
        }
      });
      if ("Pass".equals(state.path("Type").asText()) && state.has("Output")) {
        String output = state.get("Output").asText();
        int merged = output.indexOf("$states.input,"); // $merge([$states.input, {...}]): the keys it adds
        known.addAll(topLevelKeys(merged < 0 ? output : output.substring(merged)));
      }
    }
    Set<String> read = new TreeSet<>();
    JsonNode withoutSelectors = machine.deepCopy();
    states(withoutSelectors).values().forEach(state -> ((ObjectNode) state).remove("ResultSelector")); // reads results
    Matcher paths = Pattern.compile("\"\\$\\.([A-Za-z]+)|\\$states\\.input\\.([A-Za-z]+)")
        .matcher(withoutSelectors.toString());
    while (paths.find()) {
      read.add(paths.group(1) != null ? paths.group(1) : paths.group(2));
    }
    assertThat(known).as("%s reads fields that neither its request type nor any state provides", workflow)
        .containsAll(read);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"failover", "failback", "consistency", "rollback"})
  void everyWorkflowRefusesABadInputInItsFirstStepNotifiesAndFails(String workflow) {
    JsonNode machine = machine(workflow);
    String first = machine.path("StartAt").asText();
    JsonNode validate = machine.path("States").path(first);
    assertThat(validate.path("Resource").asText()).as(workflow + " starts with ValidateInput")
        .isEqualTo("${" + ActivityCatalog.VALIDATE_INPUT + "}");
    assertThat(validate.path("Parameters").path("workflow").asText()).isEqualTo(workflow);
    JsonNode states = machine.path("States");
    String onError = validate.path("Catch").get(0).path("Next").asText();
    JsonNode notify = states.path(onError);
    assertThat(notify.path("Resource").asText()).as(workflow + ": a refused input is notified")
        .isEqualTo("${" + ActivityCatalog.NOTIFY + "}");
    JsonNode keep = states.path(notify.path("Next").asText());
    assertThat(keep.path("Parameters").path("error.$").asText()).as(workflow + ": the error kept as $.error")
        .isEqualTo("$");
    assertThat(keep.path("Next").asText()).as(workflow + " ends in its Failed state").isEqualTo("Failed");
    assertThat(states.path("Failed").path("Type").asText()).isEqualTo("Fail");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"failover", "failback", "consistency", "rollback"})
  void everyTaskHasATimeoutTheStandardRetryAndACatchOfEverything(String workflow) {
    JsonNode standard = standardRetry();
    JsonNode machine = machine(workflow);
    for (Map.Entry<String, JsonNode> e : states(machine).entrySet()) {
      JsonNode state = e.getValue();
      if (!"Task".equals(state.path("Type").asText())) {
        continue;
      }
      String where = workflow + ": " + e.getKey();
      assertThat(state.path("TimeoutSeconds").isInt()).as(where + " has TimeoutSeconds").isTrue();
      JsonNode retry = state.path("Retry");
      assertThat(retry.size()).as(where + " ends its Retry with the standard retriers").isGreaterThanOrEqualTo(2);
      JsonNode tail = JsonNodeFactory.instance.arrayNode().add(retry.get(retry.size() - 2)).add(retry.get(retry.size() - 1));
      assertThat(tail).as(where + "'s Retry must end with\n" + standard.toPrettyString()).isEqualTo(standard);
      for (int i = 0; i < retry.size() - 2; i++) {
        retry.get(i).path("ErrorEquals").forEach(error -> assertThat(standard.get(0).path("ErrorEquals"))
            .as(where + ": a terminal error is never retried").doesNotContain(error));
      }
      JsonNode catches = state.has("Catch") ? state.path("Catch") : enclosing(e.getKey(), machine).path("Catch");
      assertThat(catches.isEmpty()).as(where + ", or the Map or Parallel it runs in, has a Catch").isFalse();
      assertThat(catches.get(catches.size() - 1).path("ErrorEquals").toString()).as(where + " catches everything last")
          .isEqualTo("[\"States.ALL\"]");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"failover", "failback", "consistency", "rollback"})
  void aDrainThatRanOutOfTimeIsNeverRetried(String workflow) {
    for (TaskState task : stepTasks(machine(workflow))) {
      if (task.step().equals(ActivityCatalog.DRAIN_REPLICATION)) {
        assertThat(task.state().path("Retry").get(0).toString()).as(workflow + ": " + task.name()
            + " must not spend the execution's time on a second wait: its Retry starts with")
            .isEqualTo("{\"ErrorEquals\":[\"States.Timeout\"],\"MaxAttempts\":0}");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"failover", "failback", "consistency", "rollback"})
  void whatLaterStatesReadOfAParallelsBranchesIsAFieldOfTheBranchsLastStep(String workflow) {
    JsonNode machine = machine(workflow);
    String text = machine.toString();
    states(machine).forEach((name, state) -> {
      Matcher top = Pattern.compile("^\\$\\.([A-Za-z]+)$").matcher(state.path("ResultPath").asText(""));
      if (!"Parallel".equals(state.path("Type").asText()) || !top.matches()) {
        return;
      }
      Matcher reads = Pattern.compile("(?:\\$|\\$states\\.input)\\." + top.group(1) + "\\[(\\d+)]\\.([A-Za-z]+)")
          .matcher(text);
      while (reads.find()) {
        JsonNode branch = state.path("Branches").get(Integer.parseInt(reads.group(1)));
        for (Map.Entry<String, JsonNode> last : lastTasks(branch)) {
          Class<?> output = step(PLACEHOLDER.matcher(last.getValue().path("Resource").asText()).replaceAll("$1"))
              .output();
          assertThat(Fields.of(output).all()).as("%s reads %s[%s].%s, the result of %s (%s)", workflow,
              top.group(1), reads.group(1), reads.group(2), last.getKey(), output.getSimpleName())
              .contains(reads.group(2));
        }
      }
    });
  }

  @org.junit.jupiter.api.Test
  void whatTheFailbackReadsOfItsChildValidationIsInTheConsistencyReport() {
    JsonNode failback = machine("failback");
    String reportExpression = machine("consistency").path("States").path("Report").path("Output").asText();
    Set<String> reported = new TreeSet<>(topLevelKeys(reportExpression.substring(reportExpression.indexOf("'report'")
        + "'report':".length())));
    Matcher reads = Pattern.compile("\\$\\.validation\\.report\\.([A-Za-z]+)").matcher(failback.toString());
    int seen = 0;
    while (reads.find()) {
      assertThat(reported).as("the failback reads validation.report." + reads.group(1)).contains(reads.group(1));
      seen++;
    }
    assertThat(seen).as("the failback gates on the report").isPositive();
  }

  /** The Task states a branch ends in. */
  private static List<Map.Entry<String, JsonNode>> lastTasks(JsonNode branch) {
    List<Map.Entry<String, JsonNode>> last = new ArrayList<>();
    branch.path("States").fields().forEachRemaining(e -> {
      if ("Task".equals(e.getValue().path("Type").asText()) && e.getValue().path("End").asBoolean()
          && PLACEHOLDER.matcher(e.getValue().path("Resource").asText()).matches()) {
        last.add(e);
      }
    });
    return last;
  }

  /** The keys of the first object literal in a JSONata expression, not those of objects nested in it. */
  static Set<String> topLevelKeys(String expression) {
    Set<String> keys = new TreeSet<>();
    int depth = 0;
    int objectDepth = -1;
    Matcher key = JSONATA_KEY.matcher(expression);
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '{') {
        depth++;
        if (objectDepth < 0) {
          objectDepth = depth;
        }
      } else if (c == '}') {
        depth--;
        if (depth < objectDepth) {
          break;
        }
      } else if (c == '\'' && depth == objectDepth && key.find(i) && key.start() == i) {
        keys.add(key.group(1));
      }
    }
    return keys;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"failover", "failback", "consistency", "rollback"})
  void everyNamedErrorTheMachineMatchesExists(String workflow) {
    Matcher errors = Pattern.compile("\"(DR\\.[A-Za-z]+)\"").matcher(machine(workflow).toString());
    while (errors.find()) {
      assertThat(exists(errors.group(1))).as(workflow + " matches " + errors.group(1)).isTrue();
    }
  }

  /**
   * The two retriers every Task ends with: the terminal errors (marked {@link Terminal}) never retried, and
   * everything else twice with full jitter.
   */
  static JsonNode standardRetry() {
    List<String> terminal = new ArrayList<>();
    for (JavaClass error : new ClassFileImporter().importPackages("DR")) {
      if (error.isAnnotatedWith(Terminal.class)) {
        terminal.add(error.getName());
      }
    }
    String order = "DR.InvalidInput DR.LockHeld DR.TargetUnhealthy DR.ReplicationNotDrained DR.Divergent "
        + "DR.RollbackFailed";
    terminal.sort((a, b) -> Integer.compare(rank(order, a), rank(order, b)));
    ArrayNode retriers = JsonNodeFactory.instance.arrayNode();
    ObjectNode never = retriers.addObject();
    terminal.forEach(never.putArray("ErrorEquals")::add);
    never.put("MaxAttempts", 0);
    ObjectNode twice = retriers.addObject();
    twice.putArray("ErrorEquals").add("States.ALL");
    twice.put("IntervalSeconds", 1).put("BackoffRate", 2.0).put("MaxAttempts", 2).put("JitterStrategy", "FULL");
    return retriers;
  }

  private static int rank(String order, String error) {
    int at = order.indexOf(error);
    return at < 0 ? Integer.MAX_VALUE : at;
  }

  private static void addTop(Set<String> known, String path) {
    Matcher top = Pattern.compile("^\\$\\.([A-Za-z]+)").matcher(path);
    if (top.find()) {
      known.add(top.group(1));
    }
  }

  /** The fields read below {@code $.<result>} (JSONPath) or {@code $states.input.<result>} (JSONata). */
  private static Set<String> reads(String machine, String result) {
    Set<String> fields = new TreeSet<>();
    Matcher m = Pattern.compile("(?:\\$|\\$states\\.input)\\." + result + "\\.([A-Za-z]+)").matcher(machine);
    while (m.find()) {
      fields.add(m.group(1));
    }
    return fields;
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
