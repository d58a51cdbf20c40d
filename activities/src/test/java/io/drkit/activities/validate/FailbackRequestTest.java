package io.drkit.activities.validate;

import static io.drkit.activities.testing.StepRunner.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailbackRequestTest {

  private final Validation failback = new Validation("failback");

  @Test
  void theTwoRegionsAloneAreAFailbackWithEveryDefaultFilledIn() {
    assertThat(failback.validate("{" + Validation.REGIONS + "}")).isEqualTo(json(
        "{'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1','method':'health-check',"
            + "'drainTimeoutSeconds':30,'trigger':null,'reason':null}"));
  }

  @Test
  void everyOptionGivenIsKept() {
    String given = "{'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1','method':'record-swap',"
        + "'drainTimeoutSeconds':1,'trigger':'operator','reason':'Mumbai is back'}";

    assertThat(failback.validate(given)).isEqualTo(json(given));
  }

  @Test
  void aMissingRegionIsRefusedByName() {
    failback.refuses("{'failedRegion':'ap-south-1'}").hasMessageContaining("'targetRegion'");
  }

  @Test
  void theSameRegionTwiceIsRefused() {
    failback.refuses("{'failedRegion':'ap-southeast-1','targetRegion':'ap-southeast-1'}")
        .hasMessageContaining("different");
  }

  @Test
  void aFailoversOptionIsNotAFailbacks() {
    failback.refusesOption("force", "true").hasMessageContaining("drainTimeoutSeconds");
  }

  @Test
  void anUnknownMethodIsRefused() {
    failback.refusesOption("method", "'teleport'");
  }

  @Test
  void aDrainTimeoutOverTenMinutesIsRefused() {
    failback.refusesOption("drainTimeoutSeconds", "601").hasMessageContaining("1 to 600");
  }
}
