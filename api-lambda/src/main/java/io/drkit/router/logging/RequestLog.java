package io.drkit.router.logging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.router.http.HttpRequest;
import io.drkit.router.http.Json;
import java.io.PrintStream;
import java.time.Clock;

/**
 * One JSON line per request on standard output, which Lambda ships to CloudWatch Logs: request id, region,
 * route, method, status and latency, queryable with Logs Insights.
 */
public final class RequestLog {

  private final PrintStream out;
  private final Clock clock;
  private final String region;

  public RequestLog(PrintStream out, Clock clock, String region) {
    this.out = out;
    this.clock = clock;
    this.region = region;
  }

  public void completed(HttpRequest request, String route, int status, long latencyMicros, String errorCode) {
    ObjectNode line = Json.object();
    line.put("timestamp", clock.instant().toString());
    line.put("level", status >= 500 ? "ERROR" : status >= 400 ? "WARN" : "INFO");
    line.put("message", "request");
    line.put("requestId", request.requestId());
    line.put("region", region);
    line.put("route", route);
    line.put("method", request.method());
    line.put("status", status);
    line.put("latencyMs", latencyMicros / 1000.0);
    if (errorCode != null) {
      line.put("error", errorCode);
    }
    out.println(Json.write(line));
  }

  public void failed(HttpRequest request, Throwable error) {
    ObjectNode line = Json.object();
    line.put("timestamp", clock.instant().toString());
    line.put("level", "ERROR");
    line.put("message", "unexpected failure");
    line.put("requestId", request.requestId());
    line.put("region", region);
    line.put("exception", error.toString());
    var stack = line.putArray("stack");
    for (StackTraceElement frame : error.getStackTrace()) {
      stack.add(frame.toString());
    }
    out.println(Json.write(line));
  }
}
