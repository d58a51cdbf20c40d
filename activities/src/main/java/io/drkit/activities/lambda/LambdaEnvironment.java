package io.drkit.activities.lambda;

import io.drkit.activities.Activity;
import io.drkit.activities.ActivityCatalog;
import io.drkit.activities.support.ActivitySettings;
import io.drkit.activities.support.Clients;
import java.time.Clock;
import java.util.Map;

/** The catalog of one Lambda execution environment, built from its environment variables on first use. */
final class LambdaEnvironment {

  private static final class Holder {
    static final Map<String, Activity> CATALOG = ActivityCatalog.create(
        new Clients(ActivitySettings.fromEnvironment(System.getenv())), Clock.systemUTC(), System.out);
  }

  private LambdaEnvironment() {}

  static Activity activity(String name) {
    Activity activity = Holder.CATALOG.get(name);
    if (activity == null) {
      throw new IllegalArgumentException("no activity named " + name);
    }
    return activity;
  }
}
