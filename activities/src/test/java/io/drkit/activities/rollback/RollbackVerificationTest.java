package io.drkit.activities.rollback;

import static io.drkit.activities.testing.TestRegions.MUMBAI;
import static io.drkit.activities.testing.TestRegions.SINGAPORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import DR.RollbackFailed;
import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.testing.InMemoryAlias;
import io.drkit.activities.testing.StepRunner;
import io.drkit.activities.testing.TestRegions;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class RollbackVerificationTest {

  private final TestRegions regions = new TestRegions();
  private final RollbackVerification verification = new RollbackVerification(regions.alias, regions.backups,
      Optional.of(regions.routing));

  private RollbackVerified verify(String aliasVersion, String table, String primary) {
    return verification.verify(new VerifyRollbackInput(aliasVersion, table, primary));
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertFails(Runnable verify) {
    return assertThatThrownBy(verify::run).isInstanceOf(RollbackFailed.class);
  }

  @Test
  void everyTargetAsTheRollbackLeftItIsVerified() {
    assertThat(verify("3", "dr-items", MUMBAI)).isEqualTo(new RollbackVerified("3", "dr-items", MUMBAI, true));
  }

  @Test
  void targetsNotGivenAreNotChecked() {
    RollbackVerification nothingThere = new RollbackVerification(new InMemoryAlias(null), regions.backups,
        Optional.empty());

    assertThat(nothingThere.verify(new VerifyRollbackInput(null, null, null)).verified()).isTrue();
  }

  @Test
  void anAliasOnAnotherVersionFailsTheRollback() {
    assertFails(() -> verify("2", null, null)).hasMessageContaining("version 3, not 2");
  }

  @Test
  void aMissingAliasFailsTheRollback() {
    RollbackVerification noAlias = new RollbackVerification(new InMemoryAlias(null), regions.backups,
        Optional.of(regions.routing));

    assertFails(() -> noAlias.verify(new VerifyRollbackInput("2", null, null))).hasMessageContaining("not 2");
  }

  @Test
  void aRestoredTableThatIsNotThereFailsTheRollback() {
    assertFails(() -> verify(null, "dr-items-restored", null)).hasMessageContaining("dr-items-restored");
  }

  @Test
  void anotherPrimaryRegionFailsTheRollback() {
    assertFails(() -> verify(null, null, SINGAPORE)).hasMessageContaining(MUMBAI).hasMessageContaining(SINGAPORE);
  }

  @Test
  void aPrimaryRegionCannotBeVerifiedWithoutRouting() {
    RollbackVerification withoutRouting = new RollbackVerification(regions.alias, regions.backups, Optional.empty());

    assertFails(() -> withoutRouting.verify(new VerifyRollbackInput(null, null, MUMBAI)));
  }

  @Test
  void throughJsonWhatTheRollbackStepsDidIsVerified() {
    StepRunner steps = new StepRunner(regions);
    steps.run(ActivityCatalog.ROLLBACK_ALIAS, "{}");
    steps.run(ActivityCatalog.RESTORE_TABLE, "{'targetTableName':'dr-items-restored'}");

    assertThat(steps.run(ActivityCatalog.VERIFY_ROLLBACK,
        "{'aliasVersion':'2','targetTableName':'dr-items-restored','primaryRegion':'ap-south-1'}"))
        .isEqualTo(StepRunner.json("{'aliasVersion':'2','restoredTable':'dr-items-restored',"
            + "'primaryRegion':'ap-south-1','verified':true}"));
  }
}
