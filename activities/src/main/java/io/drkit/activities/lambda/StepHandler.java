package io.drkit.activities.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.drkit.activities.Step;
import io.drkit.activities.contract.StepJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Lambda face of every step: JSON in from the state machine, JSON out. Each step's function names its step in
 * the {@value LambdaEnvironment#STEP} environment variable; the no-argument constructor (Lambda init) takes that step
 * from the catalog built once per execution environment, the other takes any step, for tests.
 */
public final class StepHandler implements RequestStreamHandler {

  private final Step<?, ?> step;

  public StepHandler() {
    this(LambdaEnvironment.step());
  }

  public StepHandler(Step<?, ?> step) {
    this.step = step;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    StepJson.write(output, step.run(StepJson.read(input)));
  }
}
