package io.drkit.harness.alb;

import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** HTTP exchange to ALB event and back, following the ALB's rules for Lambda targets (multi-value mode). */
final class AlbEventTranslator {

  private static final String TARGET_GROUP_ARN =
      "arn:aws:elasticloadbalancing:local:000000000000:targetgroup/dr-local/0000000000000000";

  private AlbEventTranslator() {}

  static ApplicationLoadBalancerRequestEvent toEvent(HttpExchange exchange, byte[] body) {
    var event = new ApplicationLoadBalancerRequestEvent();
    var context = new ApplicationLoadBalancerRequestEvent.RequestContext();
    var elb = new ApplicationLoadBalancerRequestEvent.Elb();
    elb.setTargetGroupArn(TARGET_GROUP_ARN);
    context.setElb(elb);
    event.setRequestContext(context);
    event.setHttpMethod(exchange.getRequestMethod());
    event.setPath(exchange.getRequestURI().getRawPath());
    event.setMultiValueQueryStringParameters(rawQuery(exchange.getRequestURI().getRawQuery()));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
    headers.put("x-forwarded-for", List.of(exchange.getRemoteAddress().getAddress().getHostAddress()));
    headers.put("x-forwarded-proto", List.of("http"));
    headers.put("x-forwarded-port", List.of(Integer.toString(exchange.getLocalAddress().getPort())));
    event.setMultiValueHeaders(headers);
    Optional<String> text = textual(headers) ? utf8(body) : Optional.empty();
    event.setIsBase64Encoded(text.isEmpty() && body.length > 0);
    event.setBody(text.orElseGet(() -> Base64.getEncoder().encodeToString(body)));
    return event;
  }

  static Map<String, List<String>> headersOf(ApplicationLoadBalancerResponseEvent response) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (response.getMultiValueHeaders() != null) {
      headers.putAll(response.getMultiValueHeaders());
    }
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((name, value) -> headers.put(name, List.of(value)));
    }
    return headers;
  }

  /** The ALB passes query parameters to Lambda without decoding them. */
  static Map<String, List<String>> rawQuery(String rawQuery) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return query;
  }

  /** The ALB sends text bodies as they are and everything else base64-encoded. */
  private static boolean textual(Map<String, List<String>> headers) {
    String type = Optional.ofNullable(headers.get("content-type")).flatMap(v -> v.stream().findFirst())
        .orElse("").toLowerCase(Locale.ROOT);
    return type.isEmpty() || type.startsWith("text/") || type.contains("json") || type.contains("javascript")
        || type.contains("xml");
  }

  private static Optional<String> utf8(byte[] body) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString());
    } catch (CharacterCodingException notText) {
      return Optional.empty();
    }
  }
}
