package io.drkit.activities.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import DR.RollbackFailed;
import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.testing.InMemoryAlias;
import io.drkit.activities.testing.StepRunner;
import io.drkit.activities.testing.TestRegions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AliasRollbackTest {

  private final TestRegions regions = new TestRegions();
  private final InMemoryAlias alias = regions.alias;

  private AliasChange rollBack(RouterAlias on, String toVersion, boolean automatic) {
    return rollBack(on, toVersion, automatic, TestRegions.SINGAPORE);
  }

  private AliasChange rollBack(RouterAlias on, String toVersion, boolean automatic, String region) {
    return new AliasRollback(TestRegions.settings(region), on, regions.control, regions.time)
        .rollBack(new AliasRollbackInput(toVersion, automatic));
  }

  private static AliasChange moved(String from, String to) {
    return new AliasChange("dr-traffic-router", "live", from, to, null);
  }

  @Test
  void withoutAVersionTheAliasGoesBackToThePreviousPublishedOne() {
    assertThat(rollBack(alias, null, false)).isEqualTo(moved("3", "2"));
    assertThat(alias.currentVersion()).contains("2");
  }

  @Test
  void thePreviousVersionIsTheNextLowerNumberNotTheNextLowerText() {
    InMemoryAlias released = new InMemoryAlias("12", "$LATEST", "1", "5", "10", "12");

    assertThat(rollBack(released, null, false)).isEqualTo(moved("12", "10"));
  }

  @Test
  void anExplicitVersionIsWhereTheAliasGoes() {
    assertThat(rollBack(alias, "1", false)).isEqualTo(moved("3", "1"));
    assertThat(alias.currentVersion()).contains("1");
  }

  @Test
  void throughJsonABlankVersionMeansThePreviousOne() {
    assertThat(new StepRunner(regions).run(ActivityCatalog.ROLLBACK_ALIAS, "{'toVersion':''}").get("to").asText())
        .isEqualTo("2");
  }

  @Test
  void anAutomaticRollbackStopsAtAVersionARollbackAlreadyReturnedTo() {
    rollBack(alias, null, true);

    AliasChange second = rollBack(alias, null, true);

    assertThat(second.from()).isEqualTo("2");
    assertThat(second.to()).isEqualTo("2");
    assertThat(second.skipped()).contains("2");
    assertThat(alias.currentVersion()).contains("2");
  }

  @Test
  void anOperatorMayStillRollBackPastThatVersion() {
    rollBack(alias, null, true);

    assertThat(rollBack(alias, null, false)).isEqualTo(moved("2", "1"));
  }

  @Test
  void anAutomaticRollbackAfterANewDeployUndoesThatDeploy() {
    rollBack(alias, null, true);
    InMemoryAlias deployedAgain = new InMemoryAlias("4", "1", "2", "3", "4");

    assertThat(rollBack(deployedAgain, null, true)).isEqualTo(moved("4", "3"));
  }

  @Test
  void anotherRegionsRollbackDoesNotStopThisRegions() {
    rollBack(new InMemoryAlias("3", "1", "2", "3"), null, true, TestRegions.MUMBAI);
    regions.control.replicate(TestRegions.MUMBAI, TestRegions.SINGAPORE);
    InMemoryAlias singapores = new InMemoryAlias("2", "1", "2");

    assertThat(rollBack(singapores, null, true)).isEqualTo(moved("2", "1"));
  }

  @Test
  void aRetryAfterTheAliasMovedButTheAnswerWasLostStopsWhereItMoved() {
    RouterAlias answerLost = new AnswerLostOnce(alias);
    assertThatThrownBy(() -> rollBack(answerLost, null, true)).hasMessageContaining("timed out");
    assertThat(alias.currentVersion()).contains("2");

    AliasChange retried = rollBack(answerLost, null, true);

    assertThat(retried.to()).isEqualTo("2");
    assertThat(retried.skipped()).isNotNull();
    assertThat(alias.currentVersion()).contains("2");
  }

  @Test
  void rollingBackToTheLiveVersionChangesNothingAndDoesNotStopALaterAutomaticRollback() {
    assertThat(rollBack(alias, "3", false)).isEqualTo(moved("3", "3"));

    assertThat(rollBack(alias, null, true)).isEqualTo(moved("3", "2"));
  }

  @Test
  void withNoEarlierVersionTheRollbackFails() {
    InMemoryAlias first = new InMemoryAlias("1", "1");

    assertThatThrownBy(() -> rollBack(first, null, false)).isInstanceOf(RollbackFailed.class)
        .hasMessageContaining("before 1");
    assertThat(first.currentVersion()).contains("1");
  }

  @Test
  void anAliasOnSomethingOtherThanAPublishedVersionNeedsAnExplicitVersion() {
    InMemoryAlias onLatest = new InMemoryAlias("$LATEST", "$LATEST", "1", "2");

    assertThatThrownBy(() -> rollBack(onLatest, null, false)).isInstanceOf(RollbackFailed.class)
        .hasMessageContaining("toVersion");
    assertThat(rollBack(onLatest, "2", false)).isEqualTo(moved("$LATEST", "2"));
  }

  @Test
  void aMissingAliasFailsTheRollback() {
    assertThatThrownBy(() -> rollBack(new InMemoryAlias(null, "1", "2"), "1", false))
        .isInstanceOf(RollbackFailed.class).hasMessageContaining("does not exist");
  }

  @Test
  void aVersionThatWasNeverPublishedFailsTheRollback() {
    assertThatThrownBy(() -> rollBack(alias, "9", false)).isInstanceOf(RollbackFailed.class)
        .hasMessageContaining("9");
    assertThat(alias.currentVersion()).contains("3");
  }

  @Test
  void aFailedRollbackToAVersionThatWasNeverPublishedKeepsTheAutomaticStop() {
    rollBack(alias, null, true);
    catchThrowable(() -> rollBack(alias, "9", false));

    assertThat(rollBack(alias, null, true).to()).isEqualTo("2");
    assertThat(alias.currentVersion()).contains("2");
  }

  /** An alias whose first move happens, but whose answer is lost on the way back. */
  private static final class AnswerLostOnce implements RouterAlias {
    private final RouterAlias alias;
    private boolean lost;

    AnswerLostOnce(RouterAlias alias) {
      this.alias = alias;
    }

    @Override
    public String function() {
      return alias.function();
    }

    @Override
    public String alias() {
      return alias.alias();
    }

    @Override
    public Optional<String> currentVersion() {
      return alias.currentVersion();
    }

    @Override
    public List<String> versions() {
      return alias.versions();
    }

    @Override
    public void pointAt(String version) {
      alias.pointAt(version);
      if (!lost) {
        lost = true;
        throw new IllegalStateException("UpdateAlias timed out");
      }
    }
  }
}
