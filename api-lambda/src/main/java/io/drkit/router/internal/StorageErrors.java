package io.drkit.router.internal;

import io.drkit.router.items.StoreUnavailableException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Turns the SDK's failures of reach and capacity into {@link StoreUnavailableException} (a 503 with a retry hint),
 * and leaves everything else, which would be a bug of ours, to surface as it is.
 */
final class StorageErrors {

  private StorageErrors() {}

  static <T> T call(String what, Supplier<T> call) {
    try {
      return call.get();
    } catch (SdkClientException e) {
      throw new StoreUnavailableException(what + " did not answer (" + firstLine(e) + ")", e);
    } catch (ProvisionedThroughputExceededException | RequestLimitExceededException e) {
      throw new StoreUnavailableException(what + " is throttled", e);
    } catch (ResourceNotFoundException e) {
      throw new StoreUnavailableException(what + ": table not found", e);
    } catch (AwsServiceException e) {
      if (e.isThrottlingException() || e.statusCode() >= 500) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        throw new StoreUnavailableException(what + " failed with " + (code == null ? "HTTP " + e.statusCode() : code), e);
      }
      throw e;
    }
  }

  static void run(String what, Runnable call) {
    call(what, () -> {
      call.run();
      return null;
    });
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
