package io.drkit.activities.validate;

import static io.drkit.activities.testing.StepRunner.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RollbackRequestTest {

  private final Validation rollback = new Validation("rollback");

  @Test
  void nothingGivenIsASnapshotOnlyWithEveryDefaultFilledIn() {
    assertThat(rollback.validate("{}")).isEqualTo(json(
        "{'failedRegion':null,'targetRegion':null,'targets':[],'toVersion':null,'automatic':false,"
            + "'restore':{'source':'point-in-time','targetTableName':'dr-items-restored','restoreTime':null,"
            + "'backupArn':null},'snapshotId':null,'detectedAt':null,'trigger':null,'reason':null}"));
  }

  @Test
  void everyOptionGivenIsKept() {
    String given = "{'failedRegion':'ap-south-1','targetRegion':'ap-southeast-1',"
        + "'targets':['alias','table','routing'],'toVersion':'7','automatic':false,"
        + "'restore':{'source':'backup','targetTableName':'dr-items-before','restoreTime':null,"
        + "'backupArn':'arn:aws:dynamodb:ap-southeast-1:000000000000:table/dr-items/backup/1'},"
        + "'snapshotId':'exec-1','detectedAt':'2026-12-02T09:58:00Z','trigger':'operator','reason':'bad release'}";

    assertThat(rollback.validate(given)).isEqualTo(json(given));
  }

  @Test
  void theSameRegionTwiceIsARegionRollingItselfBack() {
    assertThat(rollback.validate("{'failedRegion':'ap-south-1','targetRegion':'ap-south-1'}").get("targetRegion")
        .asText()).isEqualTo("ap-south-1");
  }

  @Test
  void aRegionMustBeAnAwsRegionName() {
    rollback.refuses("{'targetRegion':'Singapore'}").hasMessageContaining("'targetRegion'");
  }

  @Test
  void routingNeedsTheSnapshotToPutBack() {
    rollback.refuses("{'targets':['routing']}").hasMessageContaining("'snapshotId'")
        .hasMessageContaining("routing");
  }

  @Test
  void anUnknownTargetIsRefusedWithTheKnownOnes() {
    rollback.refuses("{'targets':['alias','everything']}").hasMessageContaining("'targets[1]'")
        .hasMessageContaining("alias").hasMessageContaining("table").hasMessageContaining("routing");
  }

  @Test
  void targetsMustBeAList() {
    rollback.refuses("{'targets':'alias'}").hasMessageContaining("'targets'").hasMessageContaining("a list");
  }

  @Test
  void aNullTargetIsRefused() {
    rollback.refuses("{'targets':['alias',null]}").hasMessageContaining("'targets'");
  }

  @Test
  void automaticMustBeTrueOrFalseNotText() {
    rollback.refuses("{'automatic':'true'}").hasMessageContaining("'automatic'");
  }

  @Test
  void aRestoreFromABackupNeedsItsArn() {
    rollback.refuses("{'targets':['table'],'restore':{'source':'backup'}}")
        .hasMessageContaining("'restore.backupArn'");
  }

  @Test
  void anUnknownRestoreSourceIsRefusedByItsPath() {
    rollback.refuses("{'restore':{'source':'tape'}}").hasMessageContaining("'restore.source'")
        .hasMessageContaining("point-in-time");
  }

  @Test
  void aRestoreTimeMustBeAnIso8601Instant() {
    rollback.refuses("{'restore':{'restoreTime':'last night'}}").hasMessageContaining("'restore.restoreTime'")
        .hasMessageContaining("ISO-8601");
  }
}
