package io.drkit.activities.validate;

import static io.drkit.activities.testing.StepRunner.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailoverRequestTest {

  private final Validation failover = new Validation("failover");

  @Test
  void theTwoRegionsAloneAreAFailoverWithEveryDefaultFilledIn() {
    assertThat(failover.validate("{" + Validation.REGIONS + "}")).isEqualTo(json(
        "{'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1','mode':'ungraceful','force':false,"
            + "'method':'health-check','drainTimeoutSeconds':30,'detectedAt':null,'staleAfterSeconds':150,"
            + "'reassessEverySeconds':60,'reassessForSeconds':600,'trigger':null,'reason':null}"));
  }

  @Test
  void everyOptionGivenIsKept() {
    String given = "{'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1','mode':'graceful','force':true,"
        + "'method':'record-swap','drainTimeoutSeconds':600,'detectedAt':'2026-12-02T09:58:00Z',"
        + "'staleAfterSeconds':30,'reassessEverySeconds':10,'reassessForSeconds':0,'trigger':'operator',"
        + "'reason':'planned move'}";

    assertThat(failover.validate(given)).isEqualTo(json(given));
  }

  @Test
  void aMissingRegionIsRefusedByName() {
    failover.refuses("{'targetRegion':'ap-southeast-1'}").hasMessageContaining("'failedRegion'");
    failover.refuses("{'failedRegion':'ap-south-1'}").hasMessageContaining("'targetRegion'");
  }

  @Test
  void theSameRegionTwiceIsRefused() {
    failover.refuses("{'failedRegion':'ap-south-1','targetRegion':'ap-south-1'}")
        .hasMessageContaining("'failedRegion'").hasMessageContaining("'targetRegion'")
        .hasMessageContaining("different");
  }

  @Test
  void aRegionMustBeAnAwsRegionName() {
    failover.refuses("{'failedRegion':'Mumbai','targetRegion':'ap-southeast-1'}")
        .hasMessageContaining("'failedRegion'").hasMessageContaining("Mumbai");
  }

  @Test
  void aFieldTheFailoverDoesNotTakeIsRefusedWithTheFieldsItTakes() {
    failover.refusesOption("region", "'ap-south-1'")
        .hasMessageContaining("failedRegion").hasMessageContaining("targetRegion");
  }

  @Test
  void aListOfRegionsInsteadOfTheTwoNamedOnesIsRefused() {
    failover.refuses("{'regions':['ap-south-1','ap-southeast-1']}");
  }

  @Test
  void aListOfRegionsInsteadOfTheTwoNamedOnesIsRefusedAsAFieldTheFailoverDoesNotTake() {
    failover.refuses("{'regions':['ap-south-1','ap-southeast-1']}")
        .hasMessageContaining("'regions'").hasMessageContaining("failedRegion").hasMessageContaining("targetRegion");
  }

  @Test
  void forceMustBeTrueOrFalseNotText() {
    failover.refusesOption("force", "'yes'").hasMessageContaining("true or false");
  }

  @Test
  void aNumberWrittenAsTextIsRefused() {
    failover.refusesOption("drainTimeoutSeconds", "'30'").hasMessageContaining("whole number");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"drainTimeoutSeconds, 0", "drainTimeoutSeconds, 601", "staleAfterSeconds, 0",
      "staleAfterSeconds, 3601", "reassessEverySeconds, 0", "reassessEverySeconds, 3601", "reassessForSeconds, -1",
      "reassessForSeconds, 86401"})
  void aNumberOutOfItsRangeIsRefusedByName(String field, long value) {
    failover.refusesOption(field, value).hasMessageContaining("not " + value);
  }

  @Test
  void anUnknownMethodIsRefusedWithTheKnownOnes() {
    failover.refusesOption("method", "'teleport'")
        .hasMessageContaining("health-check").hasMessageContaining("record-swap");
  }

  @Test
  void anUnknownModeIsRefusedWithTheKnownOnes() {
    failover.refusesOption("mode", "'panic'").hasMessageContaining("graceful");
  }

  @Test
  void aDetectionTimeMustBeAnIso8601Instant() {
    failover.refusesOption("detectedAt", "'yesterday'").hasMessageContaining("ISO-8601");
  }
}
