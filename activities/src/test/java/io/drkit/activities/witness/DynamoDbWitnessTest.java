package io.drkit.activities.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drkit.activities.witness.internal.DynamoDbWitness;
import io.drkit.core.aws.AwsClientSettings;
import io.drkit.core.tables.TableSchema;
import io.drkit.core.witness.Witness;
import io.drkit.core.witness.WitnessState;
import io.drkit.core.witness.WitnessUnreachableException;
import io.drkit.localaws.LocalAws;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The witness on a single-region DynamoDB table (local AWS in a third region): its compare-and-sets hold. */
class DynamoDbWitnessTest {

  static final String A = "ap-south-1";
  static final String B = "ap-southeast-1";
  static final String WITNESS_REGION = "ap-southeast-3";
  static final String TABLE = "dr-witness";

  @RegisterExtension
  static final LocalAws aws = LocalAws.regions(WITNESS_REGION);

  private Witness witness;

  @BeforeEach
  void table() {
    DynamoDbClient dynamoDb = aws.dynamoDb(WITNESS_REGION);
    dynamoDb.createTable(TableSchema.witness(TABLE));
    witness = new DynamoDbWitness(() -> dynamoDb, TABLE, "drkit", List.of(A, B));
  }

  @Test
  void aWitnessNeverWrittenIsEpochOneWithBothRegionsServing() {
    assertThat(witness.read()).isEqualTo(WitnessState.initial(List.of(A, B)));
  }

  @Test
  void renewalsBumpTheirOwnVersionInTheEpochTheyName() {
    assertThat(witness.renew(A, 1).state().leaseVersion(A)).isEqualTo(1);
    assertThat(witness.renew(A, 1).state().leaseVersion(A)).isEqualTo(2);
    Witness.Outcome stale = witness.renew(B, 5);
    assertThat(stale.applied()).isFalse();
    assertThat(stale.state().leaseVersion(A)).isEqualTo(2);
    assertThat(witness.read().leaseVersion(B)).isZero();
  }

  @Test
  void aTakeoverHoldsOnlyIfThePeersVersionStoodStillAndThenExcludesThePeer() {
    witness.renew(A, 1);
    WitnessState watched = witness.read();
    witness.renew(A, 1);
    assertThat(witness.takeOver(B, 1, A, watched.leaseVersion(A)).applied()).as("A renewed meanwhile").isFalse();
    WitnessState again = witness.read();
    Witness.Outcome taken = witness.takeOver(B, 1, A, again.leaseVersion(A));
    assertThat(taken.applied()).isTrue();
    assertThat(taken.state().epoch()).isEqualTo(2);
    assertThat(taken.state().solo()).contains(B);
    assertThat(witness.renew(A, 2).applied()).as("A is excluded").isFalse();
    assertThat(witness.renew(B, 2).applied()).isTrue();
    assertThat(witness.takeOver(A, 2, B, witness.read().leaseVersion(B)).applied()).isFalse();
  }

  @Test
  void aTakeoverOfAPeerThatNeverRenewedHoldsAndARejoinLetsBothServeAgain() {
    assertThat(witness.takeOver(B, 1, A, 0).applied()).isTrue();
    assertThat(witness.rejoin(1).applied()).as("a stale epoch").isFalse();
    Witness.Outcome rejoined = witness.rejoin(2);
    assertThat(rejoined.applied()).isTrue();
    assertThat(rejoined.state().solo()).isEmpty();
    assertThat(rejoined.state().epoch()).isEqualTo(3);
    assertThat(witness.renew(A, 3).applied()).isTrue();
  }

  @Test
  void ofTakeoversRacingForOneEpochExactlyOneWins() throws Exception {
    ExecutorService racers = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Witness.Outcome>> attempts = List.of(
          () -> witness.takeOver(A, 1, B, 0), () -> witness.takeOver(B, 1, A, 0),
          () -> witness.takeOver(A, 1, B, 0), () -> witness.takeOver(B, 1, A, 0),
          () -> witness.takeOver(A, 1, B, 0), () -> witness.takeOver(B, 1, A, 0));
      long applied = 0;
      for (Future<Witness.Outcome> outcome : racers.invokeAll(attempts)) {
        applied += outcome.get().applied() ? 1 : 0;
      }
      assertThat(applied).isEqualTo(1);
      assertThat(witness.read().epoch()).isEqualTo(2);
    } finally {
      racers.shutdownNow();
    }
  }

  @Test
  void aWitnessThatDoesNotAnswerSaysSoAndChangesNothing() {
    DynamoDbClient nowhere = AwsClientSettings.forLocalEndpoint(WITNESS_REGION, URI.create("http://127.0.0.1:1"))
        .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(100)).dynamoDb();
    Witness silent = new DynamoDbWitness(() -> nowhere, TABLE, "drkit", List.of(A, B));
    assertThatThrownBy(() -> silent.renew(A, 1)).isInstanceOf(WitnessUnreachableException.class);
    assertThatThrownBy(silent::read).isInstanceOf(WitnessUnreachableException.class);
    assertThat(witness.read().leaseVersion(A)).isZero();
    nowhere.close();
  }
}
