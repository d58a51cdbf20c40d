package io.drkit.activities.contract;

import static io.drkit.activities.testing.StepRunner.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import DR.InvalidInput;
import io.drkit.activities.consistency.DiffDigestsInput;
import io.drkit.activities.consistency.ScanDigestsInput;
import io.drkit.activities.rollback.RestoreTableInput;
import io.drkit.activities.validate.FailoverRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class StepJsonTest {

  private static final String REGIONS = "'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1'";

  private static AbstractThrowableAssert<?, ? extends Throwable> refuses(String json, Class<?> type) {
    return assertThatThrownBy(() -> StepJson.read(json(json), type)).isInstanceOf(InvalidInput.class);
  }

  private static String diff(String firstScan) {
    return "{" + REGIONS + ",'scans':[" + firstScan + ",{'region':'ap-southeast-1','segment':0,'items':0,"
        + "'digests':['0'],'counts':[0]}]}";
  }

  @Test
  void aWrongTypeInsideAListNamesItsPath() {
    refuses(diff("{'region':'ap-south-1','segment':0,'items':0,'digests':'0','counts':[0]}"), DiffDigestsInput.class)
        .hasMessage("'scans[0].digests' must be a list");
  }

  @Test
  void aWrongTypeInAListInAListNamesBothIndexes() {
    refuses(diff("{'region':'ap-south-1','segment':0,'items':0,'digests':['0',7],'counts':[0,0]}"),
        DiffDigestsInput.class).hasMessage("'scans[0].digests[1]' must be a string");
  }

  @Test
  void anUnknownFieldInsideAListNamesItsPathAndTheFieldsTaken() {
    refuses(diff("{'region':'ap-south-1','segment':0,'items':0,'digests':['0'],'counts':[0],'buckets':1}"),
        DiffDigestsInput.class)
        .hasMessage("'scans[0].buckets' is not a field of this step; it takes counts, digests, items, region, segment");
  }

  @Test
  void aNestedRecordsOwnCheckNamesThePathOfTheField() {
    refuses(diff("{'region':'ap-south-1','segment':0,'items':0,'digests':[],'counts':[]}"), DiffDigestsInput.class)
        .hasMessageContaining("'scans[0].digests'");
  }

  @Test
  void anUnknownFieldIsRefusedWithTheFieldsTheStepTakes() {
    refuses("{'region':'ap-south-1','segmnet':1}", ScanDigestsInput.class)
        .hasMessage("'segmnet' is not a field of this step; it takes buckets, region, segment, totalSegments");
  }

  @Test
  void aNumberIsNotAString() {
    refuses("{'region':5}", ScanDigestsInput.class).hasMessage("'region' must be a string");
  }

  @Test
  void aStringIsNotANumber() {
    refuses("{'region':'ap-south-1','buckets':'16'}", ScanDigestsInput.class)
        .hasMessage("'buckets' must be a whole number");
  }

  @Test
  void aFractionIsNotAWholeNumber() {
    refuses("{'region':'ap-south-1','buckets':16.5}", ScanDigestsInput.class)
        .hasMessage("'buckets' must be a whole number");
  }

  @Test
  void trueIsNotANumber() {
    refuses("{'region':'ap-south-1','buckets':true}", ScanDigestsInput.class)
        .hasMessage("'buckets' must be a whole number");
  }

  @Test
  void aListIsNotAString() {
    refuses("{'region':['ap-south-1']}", ScanDigestsInput.class).hasMessage("'region' must be a string");
  }

  @Test
  void neitherTextNorANumberIsTrueOrFalse() {
    refuses("{" + REGIONS + ",'force':'false'}", FailoverRequest.class).hasMessage("'force' must be true or false");
    refuses("{" + REGIONS + ",'force':0}", FailoverRequest.class).hasMessage("'force' must be true or false");
  }

  @Test
  void nullForARequiredFieldIsRefusedByItsRecordsCheck() {
    refuses("{'region':null}", ScanDigestsInput.class).hasMessageContaining("'region' is required");
  }

  @Test
  void nullForAnOptionalFieldTakesItsDefault() {
    assertThat(StepJson.read(json("{'region':'ap-south-1','buckets':null}"), ScanDigestsInput.class).buckets())
        .isEqualTo(256);
  }

  @Test
  void aNumberIsNotOneOfAnEnumsNames() {
    refuses("{" + REGIONS + ",'method':1}", FailoverRequest.class).hasMessageContaining("'method'");
  }

  @Test
  void anInstantIsReadFromIso8601TextAndWrittenBackAsTheSameText() {
    RestoreTableInput input = StepJson.read(json("{'targetTableName':'t','restoreTime':'2026-12-02T09:30:00.250Z'}"),
        RestoreTableInput.class);

    assertThat(input.restoreTime()).isEqualTo(Instant.parse("2026-12-02T09:30:00.250Z"));
    assertThat(StepJson.write(input).get("restoreTime").asText()).isEqualTo("2026-12-02T09:30:00.250Z");
  }

  @Test
  void anInstantWithAnOffsetIsWrittenBackInUtc() {
    RestoreTableInput input = StepJson.read(json("{'targetTableName':'t','restoreTime':'2026-12-02T15:00:00+05:30'}"),
        RestoreTableInput.class);

    assertThat(StepJson.text(input)).contains("\"restoreTime\":\"2026-12-02T09:30:00Z\"");
  }

  @Test
  void textThatIsNotAnInstantIsRefused() {
    refuses("{'targetTableName':'t','restoreTime':'02/12/2026 09:30'}", RestoreTableInput.class)
        .hasMessage("'restoreTime' must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
  }

  @Test
  void aNumberIsNotAnInstant() {
    refuses("{'targetTableName':'t','restoreTime':1764667800}", RestoreTableInput.class)
        .hasMessageContaining("'restoreTime'");
  }

  @Test
  void anInputThatIsNotAnObjectIsRefused() {
    refuses("[]", ScanDigestsInput.class).hasMessage("the input must be a JSON object, not array");
    assertThatThrownBy(() -> StepJson.read(null, ScanDigestsInput.class)).isInstanceOf(InvalidInput.class)
        .hasMessage("the input must be a JSON object, not nothing");
  }

  @Test
  void anEventThatIsNotJsonIsRefused() {
    assertThatThrownBy(() -> StepJson.read(new ByteArrayInputStream("{'region':".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidInput.class).hasMessageStartingWith("the input is not JSON");
  }
}
