package io.drkit.workflows.engine;

import static io.drkit.workflows.engine.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.workflows.internal.Json;
import io.drkit.workflows.tasks.MockedResponses;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapParallelTest {

  @Test
  void mapRunsTheProcessorPerItemWithItsIndexAndValue() {
    Runs run = Runs.of("""
        {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.regions","MaxConcurrency":2,
          "ItemSelector":{"region.$":"$$.Map.Item.Value","index.$":"$$.Map.Item.Index","mode.$":"$.mode"},
          "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},
          "ResultPath":"$.checked","End":true}}}""",
        "{\"mode\":\"graceful\",\"regions\":[\"ap-south-1\",\"ap-southeast-1\"]}");
    Runs.assertJson(run.output().get("checked"), ("""
        [{"region":"ap-south-1","index":0,"mode":"graceful"},{"region":"ap-southeast-1","index":1,"mode":"graceful"}]"""));
    assertThat(run.types()).contains("MapStateStarted", "MapIterationStarted", "MapIterationSucceeded",
        "MapStateSucceeded");
  }

  @Test
  void aFailedIterationFailsAnInlineMap() {
    Runs run = Runs.of("""
        {"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"StartAt":"C","States":{
          "C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":2,"Next":"Bad"}],"Default":"Ok"},
          "Bad":{"Type":"Fail","Error":"Item.Bad","Cause":"two"},"Ok":{"Type":"Succeed"}}},"End":true}}}""",
        "[1,2,3]");
    assertThat(run.error()).isEqualTo("Item.Bad");
  }

  @Test
  void aDistributedMapToleratesFailuresUpToItsThreshold() {
    String definition = """
        {"StartAt":"M","States":{"M":{"Type":"Map","ToleratedFailureCount":%d,
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"C",
            "States":{"C":{"Type":"Choice","Choices":[{"Variable":"$","NumericGreaterThan":1,"Next":"Bad"}],
              "Default":"Ok"},"Bad":{"Type":"Fail","Error":"Item.Bad"},"Ok":{"Type":"Succeed"}}},"End":true}}}""";
    assertThat(Runs.of(definition.formatted(2), "[1,2,3]").result().status().name()).isEqualTo("SUCCEEDED");
    assertThat(Runs.of(definition.formatted(1), "[1,2,3]").error()).isEqualTo("States.ExceedToleratedFailureThreshold");
  }

  @Test
  void mapIterationsReadOuterVariablesAndTheirAssignmentsStayInside() {
    Runs run = Runs.of("""
        {"QueryLanguage":"JSONata","StartAt":"Set","States":{
          "Set":{"Type":"Pass","Assign":{"factor":10},"Next":"M"},
          "M":{"Type":"Map","Items":"{% [1,2] %}","ItemProcessor":{"StartAt":"Mul","States":{
            "Mul":{"Type":"Pass","Assign":{"inner":"{% $states.input %}"},"Output":"{% $states.input * $factor %}",
                   "End":true}}},"Next":"After"},
          "After":{"Type":"Pass","Output":"{% {'results': $states.input, 'innerVisible': $exists($inner)} %}",
                   "End":true}}}""", "{}");
    Runs.assertJson(run.output(), ("{\"results\":[10,20],\"innerVisible\":false}"));
  }

  @Test
  void parallelGivesEachBranchTheInputAndCollectsOutputsInOrder() {
    Runs run = Runs.of("""
        {"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[
          {"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"a.$":"$.x"},"End":true}}},
          {"StartAt":"B","States":{"B":{"Type":"Pass","Result":"b","End":true}}}],"End":true}}}""", "{\"x\":1}");
    Runs.assertJson(run.output(), ("[{\"a\":1},\"b\"]"));
  }

  @Test
  void aFailingBranchFailsTheParallelAndItsCatcherHandlesIt() {
    Runs run = Runs.of("""
        {"StartAt":"P","States":{
          "P":{"Type":"Parallel","Branches":[
            {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:lambda:ap-south-1:1:function:f",
              "End":true}}}],
            "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Compensate"}],"End":true},
          "Compensate":{"Type":"Pass","End":true}}}""", "{}",
        MockedResponses.of(Map.of("A", Json.parse("{\"0\":{\"Throw\":{\"Error\":\"DR.FenceFailed\",\"Cause\":\"c\"}}}"))));
    Runs.assertJson(run.output(), ("{\"Error\":\"DR.FenceFailed\",\"Cause\":\"c\"}"));
  }
}
