package io.drkit.router.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drkit.router.http.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * JSON to DynamoDB attribute values and back, so that {@code data} is stored as a native map that the console,
 * queries and streams can read. Numbers are normalized the way DynamoDB normalizes them.
 */
final class AttributeValues {

  private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();

  private AttributeValues() {}

  static AttributeValue fromJson(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          map.put(field.getKey(), fromJson(field.getValue()));
        }
        yield AttributeValue.fromM(map);
      }
      case ARRAY -> {
        List<AttributeValue> list = new ArrayList<>(node.size());
        node.forEach(element -> list.add(fromJson(element)));
        yield AttributeValue.fromL(list);
      }
      case STRING -> AttributeValue.fromS(node.textValue());
      case NUMBER -> AttributeValue.fromN(canonicalNumber(node));
      case BOOLEAN -> AttributeValue.fromBool(node.booleanValue());
      case NULL -> AttributeValue.fromNul(true);
      default -> throw new IllegalArgumentException("cannot store JSON " + node.getNodeType());
    };
  }

  static ObjectNode toJsonObject(Map<String, AttributeValue> map) {
    ObjectNode object = NODES.objectNode();
    map.forEach((name, value) -> object.set(name, toJson(value)));
    return object;
  }

  static JsonNode toJson(AttributeValue value) {
    return switch (value.type()) {
      case M -> toJsonObject(value.m());
      case L -> {
        ArrayNode array = NODES.arrayNode();
        value.l().forEach(element -> array.add(toJson(element)));
        yield array;
      }
      case S -> NODES.textNode(value.s());
      case N -> number(value.n());
      case BOOL -> NODES.booleanNode(value.bool());
      case NUL -> NODES.nullNode();
      default -> throw new IllegalStateException("attribute type " + value.type() + " is not one the router writes");
    };
  }

  /** The shortest exact form: 1E+125 stays 1E+125 rather than 126 digits, in the table and in replies. */
  private static String canonicalNumber(JsonNode node) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return Long.toString(node.longValue());
    }
    BigDecimal decimal = node.decimalValue().stripTrailingZeros();
    return fitsLong(decimal) ? Long.toString(decimal.longValueExact()) : decimal.toString();
  }

  private static JsonNode number(String text) {
    BigDecimal decimal = new BigDecimal(text).stripTrailingZeros();
    return fitsLong(decimal) ? NODES.numberNode(decimal.longValueExact()) : NODES.numberNode(decimal);
  }

  private static boolean fitsLong(BigDecimal decimal) {
    return decimal.scale() <= 0 && decimal.precision() - decimal.scale() <= 18;
  }
}
