package io.drkit.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.workflows.internal.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IntrinsicsTest {

  private static Runs evaluate(String expression, String input) {
    String definition = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Parameters\":{\"v.$\":"
        + Json.NODES.textNode(expression) + "},\"End\":true}}}";
    return Runs.of(definition, input);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "States.Format('{} is {}', $.a, $.n)|\"x is 2\"",
      "States.Format('literal \\{\\} and {}', 'arg')|\"literal {} and arg\"",
      "States.StringToJson('{\"k\":[1]}')|{\"k\":[1]}",
      "States.JsonToString($.o)|\"{\\\"p\\\":1}\"",
      "States.Array(1, 'two', $.n, null)|[1,\"two\",2,null]",
      "States.ArrayPartition(States.Array(1,2,3), 2)|[[1,2],[3]]",
      "States.ArrayContains($.l, 3)|true",
      "States.ArrayRange(1, 9, 4)|[1,5,9]",
      "States.ArrayGetItem($.l, 1)|2",
      "States.ArrayLength($.l)|3",
      "States.ArrayUnique(States.Array(1,1,2))|[1,2]",
      "States.Base64Encode('dr')|\"ZHI=\"",
      "States.Base64Decode('ZHI=')|\"dr\"",
      "States.Hash('dr', 'MD5')|\"b4688aaaaf17fad03225929fe56ad458\"",
      "States.JsonMerge($.o, States.StringToJson('{\"q\":2}'), false)|{\"p\":1,\"q\":2}",
      "States.MathAdd($.n, -5)|-3",
      "States.StringSplit('a,b;;c', ',;')|[\"a\",\"b\",\"c\"]"})
  void functionsFollowAwsRules(String expression, String expected) {
    Runs run = evaluate(expression, "{\"a\":\"x\",\"n\":2,\"l\":[1,2,3],\"o\":{\"p\":1}}");
    Runs.assertJson(run.output().get("v"), expected);
  }

  @Test
  void uuidAndRandomHaveTheirShape() {
    Runs run = evaluate("States.Array(States.UUID(), States.MathRandom(10, 20))", "{}");
    assertThat(run.output().get("v").get(0).asText()).matches("[0-9a-f-]{36}");
    assertThat(run.output().get("v").get(1).asInt()).isBetween(10, 19);
  }

  @Test
  void badArgumentsAreIntrinsicFailures() {
    assertThat(evaluate("States.ArrayGetItem($.l, 9)", "{\"l\":[1]}").error()).isEqualTo("States.IntrinsicFailure");
    assertThat(evaluate("States.Format('{} {}', 'one')", "{}").error()).isEqualTo("States.IntrinsicFailure");
    assertThat(evaluate("States.Hash('x', 'SHA-3')", "{}").error()).isEqualTo("States.IntrinsicFailure");
    assertThat(evaluate("States.ArrayRange(0, 5000, 1)", "{}").error()).isEqualTo("States.IntrinsicFailure");
  }
}
