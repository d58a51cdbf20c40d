package io.drkit.workflows.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.workflows.internal.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jackson trees to the plain Java values the JSONata evaluator works on, and back. */
final class JsonataValues {

  private JsonataValues() {}

  static Object toJava(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return null;
    }
    switch (node.getNodeType()) {
      case OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
        return map;
      }
      case ARRAY: {
        List<Object> list = new ArrayList<>(node.size());
        node.forEach(element -> list.add(toJava(element)));
        return list;
      }
      case STRING:
        return node.textValue();
      case BOOLEAN:
        return node.booleanValue();
      case NUMBER:
        if (node.isIntegralNumber()) {
          return node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
        }
        return node.doubleValue();
      case NULL:
      default:
        return Jsonata.NULL_VALUE;
    }
  }

  static JsonNode toJson(Object value) {
    if (value == null || value == Jsonata.NULL_VALUE) {
      return Json.NODES.nullNode();
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = Json.object();
      map.forEach((k, v) -> {
        if (!isFunction(v)) {
          object.set(String.valueOf(k), toJson(v));
        }
      });
      return object;
    }
    if (value instanceof List<?> list) {
      ArrayNode array = Json.NODES.arrayNode();
      list.forEach(element -> array.add(toJson(element)));
      return array;
    }
    if (value instanceof String text) {
      return Json.NODES.textNode(text);
    }
    if (value instanceof Boolean bool) {
      return Json.NODES.booleanNode(bool);
    }
    if (value instanceof Number number) {
      return number(number);
    }
    if (isFunction(value)) {
      return Json.NODES.textNode("");
    }
    return Json.NODES.textNode(String.valueOf(value));
  }

  /** JSONata numbers are doubles, as in JavaScript: a whole double prints without a fraction. */
  static JsonNode number(Number number) {
    if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
      return Json.NODES.numberNode(number.longValue());
    }
    if (number instanceof BigInteger big) {
      return Json.NODES.numberNode(big);
    }
    double d = number.doubleValue();
    if (!Double.isFinite(d)) {
      return Json.NODES.nullNode();
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Json.NODES.numberNode((long) d);
    }
    if (number instanceof BigDecimal decimal) {
      return Json.NODES.numberNode(decimal);
    }
    return Json.NODES.numberNode(d);
  }

  static boolean isFunction(Object value) {
    return value instanceof Jsonata.JFunction || value != null && value.getClass().getName().contains("Parser$Symbol")
        || value instanceof Jsonata.JLambda;
  }
}
