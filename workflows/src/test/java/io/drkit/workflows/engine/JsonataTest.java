package io.drkit.workflows.engine;

import static io.drkit.workflows.engine.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.workflows.internal.Json;
import io.drkit.workflows.tasks.MockedResponses;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonataTest {

  @Test
  void assignAndOutputBothSeeTheVariablesAsTheyWereOnEntry() {
    Runs run = Runs.of("""
        {"QueryLanguage":"JSONata","StartAt":"Init","States":{
          "Init":{"Type":"Pass","Assign":{"x":3,"a":6},"Next":"Swap"},
          "Swap":{"Type":"Pass","Assign":{"x":"{% $a %}","nextX":"{% $x %}"},
                  "Output":{"x":"{% $x %}","a":"{% $a %}"},"Next":"Show"},
          "Show":{"Type":"Pass","Output":{"x":"{% $x %}","nextX":"{% $nextX %}"},"End":true}}}""", "{}");
    Runs.assertJson(run.output(), ("{\"x\":6,\"nextX\":3}"));
  }

  @Test
  void argumentsGoToTheTaskAndOutputShapesItsResult() {
    Runs run = Runs.of("""
        {"QueryLanguage":"JSONata","StartAt":"T","States":{"T":{"Type":"Task",
          "Resource":"arn:aws:states:::lambda:invoke",
          "Arguments":{"FunctionName":"assess","Payload":{"region":"{% $states.input.failed %}"}},
          "Output":"{% $states.result.Payload.healthy %}","End":true}}}""", "{\"failed\":\"ap-south-1\"}",
        MockedResponses.of(Map.of("T", Json.parse("{\"0\":{\"Return\":{\"Payload\":{\"healthy\":false},"
            + "\"StatusCode\":200}}}"))));
    Runs.assertJson(run.output(), ("false"));
    assertThat(run.history().stream().filter(e -> e.type().equals("TaskScheduled")).findFirst().orElseThrow()
        .details().get("parameters").asText()).contains("\"region\":\"ap-south-1\"");
  }

  @Test
  void anUndefinedResultIsAQueryEvaluationErrorNamingTheField() {
    Runs run = Runs.of("""
        {"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass",
          "Output":{"result":"{% $nothing %}"},"End":true}}}""", "{}");
    assertThat(run.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(run.cause()).endsWith("The JSONata expression '$nothing' specified for the field 'Output/result' "
        + "returned nothing (undefined).");
  }

  @Test
  void catchSeesTheErrorOutput() {
    Runs run = Runs.of("""
        {"QueryLanguage":"JSONata","StartAt":"T","States":{
          "T":{"Type":"Task","Resource":"arn:aws:lambda:ap-south-1:1:function:f","Catch":[{"ErrorEquals":["States.ALL"],
            "Output":"{% $states.errorOutput.Error & ': ' & $states.errorOutput.Cause %}","Next":"E"}],"End":true},
          "E":{"Type":"Succeed"}}}""", "{}",
        MockedResponses.of(Map.of("T", Json.parse("{\"0\":{\"Throw\":{\"Error\":\"DR.LockHeld\",\"Cause\":\"busy\"}}}"))));
    assertThat(run.output().asText()).isEqualTo("DR.LockHeld: busy");
  }

  @Test
  void awsFunctionsAreAvailable() {
    Runs run = Runs.of("""
        {"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass","Output":{
          "partition":"{% $partition([1,2,3,4,5], 2) %}",
          "range":"{% $range(0, 10, 5) %}",
          "hash":"{% $hash('abc', 'SHA-256') %}",
          "parse":"{% $parse('{\\"a\\":1}') %}",
          "uuid":"{% $length($uuid()) %}",
          "random":"{% $random(7) = $random(7) %}"},"End":true}}}""", "{}");
    Runs.assertJson(run.output(), ("""
        {"partition":[[1,2],[3,4],[5]],"range":[0,5,10],
         "hash":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
         "parse":{"a":1},"uuid":36,"random":true}"""));
  }
}
