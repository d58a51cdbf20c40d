package io.drkit.harness.serve;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import java.util.concurrent.ThreadLocalRandom;

/** The traffic-router as a region's load balancer reaches it, with a {@link Degradation} that can be set live. */
final class DegradableHandler
    implements RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent> {

  private final RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent> router;
  private volatile Degradation degradation = Degradation.NONE;

  DegradableHandler(RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent> router) {
    this.router = router;
  }

  void degrade(Degradation degradation) {
    this.degradation = degradation;
  }

  Degradation degradation() {
    return degradation;
  }

  @Override
  public ApplicationLoadBalancerResponseEvent handleRequest(ApplicationLoadBalancerRequestEvent event,
      Context context) {
    Degradation now = degradation;
    if (!now.addedLatency().isZero()) {
      try {
        Thread.sleep(now.addedLatency().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (now.errorShare() > 0 && ThreadLocalRandom.current().nextDouble() < now.errorShare()) {
      throw new InjectedFailure(); // the listener answers 502, as an ALB does for a failed invocation
    }
    return router.handleRequest(event, context);
  }

  /** The failure a gray fault injects. */
  static final class InjectedFailure extends RuntimeException {
    InjectedFailure() {
      super("injected by a gray-failure fault", null, false, false);
    }
  }
}
