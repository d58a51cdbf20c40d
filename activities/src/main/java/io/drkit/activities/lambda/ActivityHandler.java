package io.drkit.activities.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.drkit.activities.Activity;
import io.drkit.activities.support.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Lambda face of an activity: JSON in from the state machine, JSON out. Each step's handler is a subclass that
 * names its activity; its no-argument constructor (Lambda init) takes it from the catalog built once per
 * execution environment, the other takes any activity, for tests.
 */
public abstract class ActivityHandler implements RequestStreamHandler {

  private final Activity activity;

  protected ActivityHandler(String name) {
    this(LambdaEnvironment.activity(name));
  }

  protected ActivityHandler(Activity activity) {
    this.activity = activity;
  }

  @Override
  public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    JsonNode result = activity.run(Json.MAPPER.readTree(input));
    Json.MAPPER.writeValue(output, result);
  }
}
