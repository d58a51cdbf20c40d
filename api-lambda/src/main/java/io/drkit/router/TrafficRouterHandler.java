package io.drkit.router;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import io.drkit.router.http.AlbEvents;
import org.crac.Core;
import org.crac.Resource;

/**
 * The Lambda entry point behind each region's ALB. The no-argument constructor runs once per execution
 * environment (Lambda init, or before the SnapStart snapshot) and builds the SDK clients; requests only route.
 */
public final class TrafficRouterHandler
    implements RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent>, Resource {

  private final TrafficRouter router;

  public TrafficRouterHandler() {
    this(TrafficRouterFactory.fromSettings(RouterSettings.fromEnvironment(System.getenv())));
    Core.getGlobalContext().register(this);
  }

  public TrafficRouterHandler(TrafficRouter router) {
    this.router = router;
  }

  @Override
  public ApplicationLoadBalancerResponseEvent handleRequest(ApplicationLoadBalancerRequestEvent event, Context context) {
    return AlbEvents.toResponse(event, router.handle(AlbEvents.toRequest(event, context)));
  }

  /** SnapStart: warm the request path before the snapshot so restored environments start hot. */
  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
    SnapStartPriming.prime(router);
  }

  @Override
  public void afterRestore(org.crac.Context<? extends Resource> context) {
    // nothing to refresh: SDK clients re-resolve credentials and connections on use
  }
}
