package io.drkit.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChoiceTest {

  private static String machine(String rule) {
    return """
        {"StartAt":"C","States":{
          "C":{"Type":"Choice","Choices":[%s],"Default":"No"},
          "Yes":{"Type":"Pass","Result":"yes","End":true},
          "No":{"Type":"Pass","Result":"no","End":true}}}""".formatted(rule);
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "{\"Variable\":\"$.v\",\"StringEquals\":\"a\",\"Next\":\"Yes\"}|{\"v\":\"a\"}|yes",
      "{\"Variable\":\"$.v\",\"StringEquals\":\"a\",\"Next\":\"Yes\"}|{\"v\":1}|no",
      "{\"Variable\":\"$.v\",\"StringLessThan\":\"b\",\"Next\":\"Yes\"}|{\"v\":\"a\"}|yes",
      "{\"Variable\":\"$.v\",\"StringMatches\":\"log-*.txt\",\"Next\":\"Yes\"}|{\"v\":\"log-2026.txt\"}|yes",
      "{\"Variable\":\"$.v\",\"StringMatches\":\"a\\\\*\",\"Next\":\"Yes\"}|{\"v\":\"ab\"}|no",
      "{\"Variable\":\"$.v\",\"NumericEquals\":1,\"Next\":\"Yes\"}|{\"v\":1.0}|yes",
      "{\"Variable\":\"$.v\",\"NumericGreaterThanEquals\":5,\"Next\":\"Yes\"}|{\"v\":4.99}|no",
      "{\"Variable\":\"$.v\",\"NumericLessThanPath\":\"$.w\",\"Next\":\"Yes\"}|{\"v\":1,\"w\":2}|yes",
      "{\"Variable\":\"$.v\",\"BooleanEquals\":true,\"Next\":\"Yes\"}|{\"v\":true}|yes",
      "{\"Variable\":\"$.v\",\"TimestampLessThan\":\"2026-01-01T00:00:00Z\",\"Next\":\"Yes\"}|{\"v\":\"2025-12-31T23:59:59+00:00\"}|yes",
      "{\"Variable\":\"$.v\",\"IsTimestamp\":true,\"Next\":\"Yes\"}|{\"v\":\"2025-12-31 23:59:59Z\"}|no",
      "{\"Variable\":\"$.v\",\"IsPresent\":false,\"Next\":\"Yes\"}|{}|yes",
      "{\"Variable\":\"$.v\",\"IsNull\":true,\"Next\":\"Yes\"}|{\"v\":null}|yes",
      "{\"Variable\":\"$.v\",\"IsNumeric\":true,\"Next\":\"Yes\"}|{\"v\":\"1\"}|no",
      "{\"And\":[{\"Variable\":\"$.a\",\"IsPresent\":true},{\"Not\":{\"Variable\":\"$.a\",\"StringEquals\":\"x\"}}],\"Next\":\"Yes\"}|{\"a\":\"y\"}|yes",
      "{\"Or\":[{\"Variable\":\"$.a\",\"NumericEquals\":1},{\"Variable\":\"$.a\",\"NumericEquals\":2}],\"Next\":\"Yes\"}|{\"a\":3}|no"})
  void rulesFollowTheSpecification(String rule, String input, String expected) {
    assertThat(Runs.of(machine(rule), input).output().asText()).isEqualTo(expected);
  }

  @Test
  void noRuleAndNoDefaultFailsWithNoChoiceMatched() {
    Runs run = Runs.of("""
        {"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[
          {"Variable":"$.v","StringEquals":"a","Next":"E"}]},"E":{"Type":"Succeed"}}}""", "{\"v\":\"b\"}");
    assertThat(run.error()).isEqualTo("States.NoChoiceMatched");
  }

  @Test
  void jsonataConditionsChooseAndTheChosenRulesAssignApplies() {
    Runs run = Runs.of("""
        {"QueryLanguage":"JSONata","StartAt":"C","States":{
          "C":{"Type":"Choice","Choices":[{"Condition":"{% $states.input.lag > 5 %}","Next":"Slow",
               "Assign":{"verdict":"slow"}}],"Default":"Fast","Assign":{"verdict":"fast"}},
          "Slow":{"Type":"Pass","Output":"{% $verdict %}","End":true},
          "Fast":{"Type":"Pass","Output":"{% $verdict %}","End":true}}}""", "{\"lag\":7}");
    assertThat(run.output().asText()).isEqualTo("slow");
  }
}
