package io.drkit.workflows.engine;

import static io.drkit.workflows.engine.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Input and output processing, as the ASL specification describes it. */
class InputOutputTest {

  @Test
  void resultPathPlacesTheResultIntoTheInputCreatingObjects() {
    Runs run = Runs.of("""
        {"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"ok":true},"ResultPath":"$.a.b","End":true}}}""",
        "{\"keep\":1}");
    Runs.assertJson(run.output(), ("{\"keep\":1,\"a\":{\"b\":{\"ok\":true}}}"));
  }

  @Test
  void resultPathNullDiscardsTheResult() {
    Runs run = Runs.of("""
        {"StartAt":"P","States":{"P":{"Type":"Pass","Result":"x","ResultPath":null,"End":true}}}""", "{\"k\":1}");
    Runs.assertJson(run.output(), ("{\"k\":1}"));
  }

  @Test
  void inputPathParametersAndOutputPathApplyInOrder() {
    Runs run = Runs.of("""
        {"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":"$.order",
          "Parameters":{"id.$":"$.id","region.$":"$$.Execution.Name","fixed":[1,{"n.$":"$.qty"}]},
          "ResultPath":"$.shaped","OutputPath":"$.shaped","End":true}}}""",
        "{\"order\":{\"id\":\"o-1\",\"qty\":2}}");
    Runs.assertJson(run.output(), ("{\"id\":\"o-1\",\"region\":\"run-1\",\"fixed\":[1,{\"n\":2}]}"));
  }

  @Test
  void inputPathNullGivesAnEmptyObject() {
    Runs run = Runs.of("""
        {"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":null,"End":true}}}""", "{\"a\":1}");
    Runs.assertJson(run.output(), ("{}"));
  }

  @Test
  void aMissingPathIsARuntimeErrorThatNamesIt() {
    Runs run = Runs.of("""
        {"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"v.$":"$.missing"},"End":true}}}""", "{}");
    assertThat(run.error()).isEqualTo("States.Runtime");
    assertThat(run.cause()).contains("state 'P'").contains("'$.missing'").contains("'v.$'");
  }

  @Test
  void wildcardsOverNothingSelectAnEmptyList() {
    Runs run = Runs.of("""
        {"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"v.$":"$.items[*].id"},"End":true}}}""", "{}");
    Runs.assertJson(run.output(), ("{\"v\":[]}"));
  }

  @Test
  void jsonPathAssignSeesTheRawResultAndLaterStatesReadIt() {
    Runs run = Runs.of("""
        {"StartAt":"Set","States":{
          "Set":{"Type":"Pass","Result":{"n":41},"Assign":{"answer.$":"$.n","when.$":"$$.State.Name"},"Next":"Use"},
          "Use":{"Type":"Pass","Parameters":{"a.$":"$answer","w.$":"$when","sum.$":"States.MathAdd($answer, 1)"},
                 "End":true}}}""", "{}");
    Runs.assertJson(run.output(), ("{\"a\":41,\"w\":\"Set\",\"sum\":42}"));
  }
}
