package io.drkit.harness.serve;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The traffic-router as a region's load balancer reaches it, with what can go wrong on the way, set live: a
 * {@link Degradation} (gray failure) and the {@link Defect} of the release the live alias points at. Counts the
 * invocations that failed, as Lambda's Errors metric does.
 */
final class DegradableHandler
    implements RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent> {

  private final RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent> router;
  private volatile Degradation degradation = Degradation.NONE;
  private volatile Defect defect = Defect.NONE;
  private final java.util.concurrent.atomic.AtomicLong errors = new java.util.concurrent.atomic.AtomicLong();

  DegradableHandler(RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent> router) {
    this.router = router;
  }

  void degrade(Degradation degradation) {
    this.degradation = degradation;
  }

  Degradation degradation() {
    return degradation;
  }

  void release(Defect defect) {
    this.defect = defect;
  }

  Defect defect() {
    return defect;
  }

  long errors() {
    return errors.get();
  }

  @Override
  public ApplicationLoadBalancerResponseEvent handleRequest(ApplicationLoadBalancerRequestEvent event,
      Context context) {
    try {
      return invoke(event, context);
    } catch (RuntimeException e) {
      errors.incrementAndGet();
      throw e;
    }
  }

  private ApplicationLoadBalancerResponseEvent invoke(ApplicationLoadBalancerRequestEvent event, Context context) {
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
      throw new InjectedFailure("a gray-failure fault"); // the listener answers 502, as an ALB does
    }
    if (defect.fails(event.getHttpMethod())) {
      throw new InjectedFailure("the " + defect.label() + " defect of the live release");
    }
    return router.handleRequest(event, context);
  }

  /** The failure a gray fault injects. */
  static final class InjectedFailure extends RuntimeException {
    InjectedFailure(String cause) {
      super("injected by " + cause, null, false, false);
    }
  }
}
