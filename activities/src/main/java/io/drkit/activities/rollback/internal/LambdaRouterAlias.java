package io.drkit.activities.rollback.internal;

import io.drkit.activities.rollback.RouterAlias;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** {@link RouterAlias} through the Lambda API of this region. */
public final class LambdaRouterAlias implements RouterAlias {

  private final Supplier<LambdaClient> lambda;
  private final String function;
  private final String alias;

  /** @param lambda this region's client, built on first use */
  public LambdaRouterAlias(Supplier<LambdaClient> lambda, String function, String alias) {
    this.lambda = lambda;
    this.function = function;
    this.alias = alias;
  }

  @Override
  public String function() {
    return function;
  }

  @Override
  public String alias() {
    return alias;
  }

  @Override
  public Optional<String> currentVersion() {
    try {
      return Optional.of(lambda.get().getAlias(b -> b.functionName(function).name(alias)).functionVersion());
    } catch (ResourceNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<String> versions() {
    return lambda.get().listVersionsByFunctionPaginator(b -> b.functionName(function)).versions().stream()
        .map(FunctionConfiguration::version).toList();
  }

  @Override
  public void pointAt(String version) {
    lambda.get().updateAlias(b -> b.functionName(function).name(alias).functionVersion(version));
  }
}
