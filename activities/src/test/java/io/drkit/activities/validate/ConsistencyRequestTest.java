package io.drkit.activities.validate;

import static io.drkit.activities.testing.StepRunner.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsistencyRequestTest {

  private final Validation consistency = new Validation("consistency");

  @Test
  void theTwoRegionsAloneAreAValidationWithEveryDefaultFilledIn() {
    assertThat(consistency.validate("{" + Validation.REGIONS + "}")).isEqualTo(json(
        "{'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1','segments':4,'buckets':256,"
            + "'recheckDelaySeconds':5,'inFlightSeconds':5,'repair':false,'maxKeys':500,'notify':true,'trigger':null,"
            + "'reason':null}"));
  }

  @Test
  void everyOptionGivenIsKept() {
    String given = "{'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1','segments':16,'buckets':1,"
        + "'recheckDelaySeconds':0,'inFlightSeconds':0,'repair':true,'maxKeys':5000,'notify':false,'trigger':'schedule',"
        + "'reason':'nightly'}";

    assertThat(consistency.validate(given)).isEqualTo(json(given));
  }

  @Test
  void whetherToNotifyIsSaidAsNotify() {
    consistency.refusesOption("notifyOutcome", "false").hasMessageContaining("notify");
  }

  @Test
  void aMissingRegionIsRefusedByName() {
    consistency.refuses("{'targetRegion':'ap-southeast-1'}").hasMessageContaining("'failedRegion'");
  }

  @Test
  void theSameRegionTwiceIsRefused() {
    consistency.refuses("{'failedRegion':'ap-south-1','targetRegion':'ap-south-1'}")
        .hasMessageContaining("different");
  }

  @Test
  void aNumberWrittenAsTextIsRefused() {
    consistency.refusesOption("segments", "'4'").hasMessageContaining("whole number");
  }

  @Test
  void aFractionIsNotAWholeNumber() {
    consistency.refusesOption("buckets", "4.5").hasMessageContaining("whole number");
  }

  @Test
  void repairMustBeTrueOrFalseNotText() {
    consistency.refusesOption("repair", "'true'").hasMessageContaining("true or false");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"segments, 0", "segments, 17", "buckets, 0", "buckets, 513", "recheckDelaySeconds, -1",
      "recheckDelaySeconds, 301", "maxKeys, 0", "maxKeys, 5001"})
  void aNumberOutOfItsRangeIsRefusedByName(String field, int value) {
    consistency.refusesOption(field, value).hasMessageContaining("not " + value);
  }
}
