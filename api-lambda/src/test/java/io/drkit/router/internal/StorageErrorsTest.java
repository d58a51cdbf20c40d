package io.drkit.router.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drkit.router.Requests;
import io.drkit.router.TestRouters;
import io.drkit.router.TrafficRouterFactory;
import io.drkit.router.items.IdempotencyRecord;
import io.drkit.router.items.Item;
import io.drkit.router.items.ItemPage;
import io.drkit.router.items.ItemStore;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import io.drkit.router.items.StoreUnavailableException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;

/** Throttling, timeouts and outages become "retry shortly" (503), never a 500. */
class StorageErrorsTest {

  static Stream<RuntimeException> unavailable() {
    return Stream.of(
        ProvisionedThroughputExceededException.builder().message("slow down").build(),
        RequestLimitExceededException.builder().message("account limit").build(),
        InternalServerErrorException.builder().message("oops").statusCode(500).build(),
        ApiCallTimeoutException.create(1_000),
        SdkClientException.create("connection refused"),
        DynamoDbException.builder().statusCode(400)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException").build()).build(),
        DynamoDbException.builder().statusCode(503)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode("ServiceUnavailable").build()).build());
  }

  @ParameterizedTest
  @MethodSource("unavailable")
  void outagesAndThrottlingAreRetryable(RuntimeException failure) {
    assertThatThrownBy(() -> StorageErrors.call("the item table", () -> {
      throw failure;
    })).isInstanceOf(StoreUnavailableException.class).hasCause(failure);
  }

  @ParameterizedTest
  @MethodSource("unavailable")
  void theRouterAnswersThemWith503AndRetryAfter(RuntimeException failure) {
    var router = TrafficRouterFactory.fromPorts(TestRouters.settings(), new FailingStore(failure), () -> {
      throw new StoreUnavailableException("down", failure);
    }, Optional.empty(), Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
    var response = router.handle(Requests.get("/", "id", "x"));
    assertThat(response.status()).isEqualTo(503);
    assertThat(response.headers()).containsEntry("Retry-After", "1");
  }

  @Test
  void aRequestWeGotWrongIsNotDisguisedAsAnOutage() {
    AwsServiceException validation = DynamoDbException.builder().statusCode(400)
        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException").build()).build();
    assertThatThrownBy(() -> StorageErrors.call("the item table", () -> {
      throw validation;
    })).isSameAs(validation);
  }

  /** An ItemStore whose every call fails the way the SDK would, mapped by StorageErrors. */
  private record FailingStore(RuntimeException failure) implements ItemStore {
    private <T> T fail() {
      return StorageErrors.call("the item table", () -> {
        throw failure;
      });
    }

    @Override
    public Optional<Item> find(String id) {
      return fail();
    }

    @Override
    public ItemPage list(int limit, Optional<String> startAfter) {
      return fail();
    }

    @Override
    public void create(Item item, Optional<IdempotencyRecord> idempotency) {
      fail();
    }

    @Override
    public void replace(Item item, long expectedVersion) {
      fail();
    }

    @Override
    public void delete(String id) {
      fail();
    }

    @Override
    public Optional<IdempotencyRecord> idempotencyRecord(String key) {
      return fail();
    }
  }
}
