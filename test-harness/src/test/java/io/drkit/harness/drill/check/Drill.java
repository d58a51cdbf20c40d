package io.drkit.harness.drill.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Hand-made drill histories for the checker's tests. */
final class Drill {

  static final String A = "ap-south-1";
  static final String B = "ap-southeast-1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Operation> ops = new ArrayList<>();
  private final List<LabEvent> events = new ArrayList<>();
  private final Map<String, Map<String, JsonNode>> finals = new LinkedHashMap<>();

  Drill op(String op, String key, long version, String region, long start, long end, String status) {
    ops.add(new Operation("w1", op, Optional.ofNullable(key), Optional.of("v"),
        version < 0 ? OptionalLong.empty() : OptionalLong.of(version), Optional.ofNullable(region), start, end,
        status));
    return this;
  }

  Drill insert(String key, String region, long start, long end) {
    return op(Operation.INSERT, key, 1, region, start, end, "201");
  }

  Drill failure(long start, long end) {
    return op(Operation.READ, "k", -1, null, start, end, "timeout");
  }

  Drill event(long time, String type, String json) {
    try {
      events.add(new LabEvent(time, type, JSON.readTree(json)));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
    return this;
  }

  Drill item(String region, String id, long version, String data) {
    try {
      finals.computeIfAbsent(region, r -> new LinkedHashMap<>()).put(id,
          JSON.readTree("{\"id\":\"" + id + "\",\"version\":" + version + ",\"data\":" + data + "}"));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
    return this;
  }

  Drill region(String region) {
    finals.computeIfAbsent(region, r -> new LinkedHashMap<>());
    return this;
  }

  DrillRecord record() {
    return new DrillRecord(ops, events, finals);
  }
}
