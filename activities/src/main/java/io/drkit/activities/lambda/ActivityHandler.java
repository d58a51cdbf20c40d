package io.drkit.activities.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.drkit.activities.Step;
import io.drkit.activities.contract.StepJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Lambda face of a step: JSON in from the state machine, JSON out. Each step's handler is a subclass that names
 * its step; its no-argument constructor (Lambda init) takes it from the catalog built once per execution
 * environment, the other takes any step, for tests.
 */
public abstract class ActivityHandler implements RequestStreamHandler {

  private final Step<?, ?> step;

  protected ActivityHandler(String name) {
    this(LambdaEnvironment.step(name));
  }

  protected ActivityHandler(Step<?, ?> step) {
    this.step = step;
  }

  @Override
  public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    StepJson.MAPPER.writeValue(output, step.run(StepJson.read(input)));
  }
}
