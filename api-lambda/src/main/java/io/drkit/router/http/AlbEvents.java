package io.drkit.router.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Converts between the ALB's Lambda event and {@link HttpRequest}/{@link HttpResponse}. A target group either sends
 * single-value or multi-value headers and query strings; the response must use the same form as the request.
 */
public final class AlbEvents {

  private AlbEvents() {}

  public static HttpRequest toRequest(ApplicationLoadBalancerRequestEvent event, Context context) {
    boolean multiValue = usesMultiValue(event);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (multiValue) {
      Optional.ofNullable(event.getMultiValueHeaders()).orElse(Map.of())
          .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values == null ? List.of() : values));
    } else {
      Optional.ofNullable(event.getHeaders()).orElse(Map.of())
          .forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value == null ? List.of() : List.of(value)));
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (multiValue) {
      Optional.ofNullable(event.getMultiValueQueryStringParameters()).orElse(Map.of())
          .forEach((name, values) -> query.put(name, values == null ? List.of() : values));
    } else {
      Optional.ofNullable(event.getQueryStringParameters()).orElse(Map.of())
          .forEach((name, value) -> query.put(name, value == null ? List.of() : List.of(value)));
    }
    String requestId = context != null && context.getAwsRequestId() != null
        ? context.getAwsRequestId()
        : Optional.ofNullable(headers.get("x-amzn-trace-id")).flatMap(v -> v.stream().findFirst())
            .orElseGet(() -> UUID.randomUUID().toString());
    return new HttpRequest(
        Optional.ofNullable(event.getHttpMethod()).orElse("").toUpperCase(Locale.ROOT),
        Optional.ofNullable(event.getPath()).filter(p -> !p.isEmpty()).orElse("/"),
        query,
        headers,
        event.getBody(),
        event.getIsBase64Encoded(),
        requestId);
  }

  public static ApplicationLoadBalancerResponseEvent toResponse(
      ApplicationLoadBalancerRequestEvent event, HttpResponse response) {
    var out = new ApplicationLoadBalancerResponseEvent();
    out.setStatusCode(response.status());
    out.setStatusDescription(StatusText.describe(response.status()));
    out.setIsBase64Encoded(false);
    out.setBody(response.body().orElse(""));
    if (usesMultiValue(event)) {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      response.headers().forEach((name, value) -> headers.put(name, List.of(value)));
      out.setMultiValueHeaders(headers);
    } else {
      out.setHeaders(new LinkedHashMap<>(response.headers()));
    }
    return out;
  }

  private static boolean usesMultiValue(ApplicationLoadBalancerRequestEvent event) {
    return event.getMultiValueHeaders() != null || event.getMultiValueQueryStringParameters() != null;
  }
}
