package io.drkit.workflows.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.workflows.internal.Json;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DefinitionValidatorTest {

  private static List<String> problems(String definition) {
    return DefinitionValidator.validate(Json.parse(definition)).stream().map(Problem::toString).toList();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\"}}}|States.A: needs Next or \"End\": true",
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"A\",\"End\":true}}}|States.A: has both Next and End",
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"A\"}}}|States: no terminal state",
      "{\"StartAt\":\"X\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}|StartAt: names the state 'X'",
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Sleep\",\"End\":true}}}|States.A.Type: must be one of",
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\",\"Next\":\"A\"}}}|States.A.Next: is not a field of a Succeed state",
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Wait\",\"Seconds\":1,\"SecondsPath\":\"$.s\",\"End\":true}}}|States.A: needs exactly one of Seconds",
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":\"r\",\"TimeoutSeconds\":5,\"TimeoutSecondsPath\":\"$.t\",\"End\":true}}}|has both TimeoutSeconds and TimeoutSecondsPath",
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":\"r\",\"Retry\":[{\"ErrorEquals\":[]}],\"End\":true}}}|States.A.Retry[0].ErrorEquals: is required",
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":\"r\",\"Retry\":[{\"ErrorEquals\":[\"X\"],\"BackoffRate\":0.5}],\"End\":true}}}|BackoffRate: must be a number of at least 1.0",
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Parameters\":{\"v.$\":\"States.Format('x'\"},\"End\":true}}}|States.A.Parameters.v.$: Invalid intrinsic function",
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"ResultPath\":\"$.a[*]\",\"End\":true}}}|must be a reference path",
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"InputPath\":\"a.b\",\"End\":true}}}|is not a path",
      "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"InputPath\":\"$.a\",\"End\":true}}}|States.A.InputPath: is a JSONPath field",
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Output\":\"x\",\"End\":true}}}|States.A.Output: is a JSONata field",
      "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Output\":\"{% $x + %}\",\"End\":true}}}|States.A.Output: the JSONata expression does not parse",
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.a\",\"Next\":\"A\"}]}}}|needs exactly one comparison operator",
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Map\",\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Pass\",\"Next\":\"Outer\"}}},\"Next\":\"Outer\"},\"Outer\":{\"Type\":\"Succeed\"}}}|States.A.ItemProcessor.States.I.Next: names the state 'Outer'"})
  void eachRuleNamesTheStateAndTheField(String definition, String expected) {
    assertThat(problems(definition)).anySatisfy(problem -> assertThat(problem).contains(expected));
  }

  @Test
  void stateNamesAreUniqueAcrossBranches() {
    assertThat(problems("""
        {"StartAt":"Both","States":{"Both":{"Type":"Parallel","End":true,"Branches":[
          {"StartAt":"Asked","States":{"Asked":{"Type":"Pass","End":true}}},
          {"StartAt":"Asked","States":{"Asked":{"Type":"Pass","End":true}}}]}}}
        """)).anyMatch(p -> p.contains("unique") && p.contains("Asked"));
  }

  @Test
  void aSoundDefinitionHasNoProblems() {
    assertThat(problems("""
        {"StartAt":"Lock","States":{
          "Lock":{"Type":"Task","Resource":"arn:aws:lambda:ap-south-1:1:function:lock","Retry":[
            {"ErrorEquals":["DR.Throttled"],"IntervalSeconds":1,"MaxAttempts":3,"BackoffRate":2}],
            "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.error","Next":"Notify"}],"Next":"Notify"},
          "Notify":{"Type":"Pass","End":true}}}""")).isEmpty();
  }
}
