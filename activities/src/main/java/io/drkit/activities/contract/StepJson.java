package io.drkit.activities.contract;

import DR.InvalidInput;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one JSON mapping of every step's contract. Reading is strict, so that a renamed or mistyped field fails at the
 * step that receives it, as {@code DR.InvalidInput} naming the field, never later: unknown fields are refused, a
 * number is not a string nor a string a number, and a record's own checks (its compact constructor) speak through
 * the same error.
 */
public final class StepJson {

  private static final ObjectMapper MAPPER = strict(JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .addModule(new SimpleModule("iso-instants").addDeserializer(Instant.class, new IsoInstants()))
      .build());

  private StepJson() {}

  private static ObjectMapper strict(ObjectMapper mapper) {
    for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
        LogicalType.Boolean}) {
      for (CoercionInputShape shape : CoercionInputShape.values()) {
        mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
      }
    }
    // a JSON number may be a Java long or double, nothing more lenient
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert);
    return mapper;
  }

  /** Reads a step's input as its contract type, or refuses it as {@code DR.InvalidInput} naming the field. */
  public static <T> T read(JsonNode json, Class<T> type) {
    if (json == null || !json.isObject()) {
      throw new InvalidInput("the input must be a JSON object, not " + (json == null ? "nothing" : json.getNodeType()
          .toString().toLowerCase(java.util.Locale.ROOT)));
    }
    refuseUnknownFields(json, type);
    try {
      return MAPPER.treeToValue(json, type);
    } catch (ValueInstantiationException e) {
      if (e.getCause() instanceof InvalidInput invalid) {
        throw within(e, invalid);
      }
      throw new InvalidInput(field(e) + describe(e), e);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidInput("'" + field(e) + "' is not a field of this step; it takes "
          + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")), e);
    } catch (JsonProcessingException e) {
      throw new InvalidInput("'" + field(e) + "' " + describe(e), e);
    } catch (IllegalArgumentException e) {
      if (e.getCause() instanceof InvalidInput invalid) {
        throw invalid;
      }
      throw new InvalidInput(e.getMessage(), e);
    }
  }

  /**
   * An unknown field is named before the record's own checks run: {@code {"regions": [..]}} is a misnamed field, not
   * a missing {@code failedRegion}.
   */
  private static void refuseUnknownFields(JsonNode json, Class<?> type) {
    Fields fields = FIELDS.get(type);
    if (fields.open()) {
      return;
    }
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.known().contains(name) && !fields.ignored().contains(name)) {
        throw new InvalidInput("'" + name + "' is not a field of this step; it takes "
            + String.join(", ", fields.known()));
      }
    }
  }

  /** The fields a contract type takes, found once per type: every request would otherwise introspect it again. */
  private record Fields(boolean open, Set<String> known, Set<String> ignored) {}

  private static final ClassValue<Fields> FIELDS = new ClassValue<>() {
    @Override
    protected Fields computeValue(Class<?> type) {
      BeanDescription description = MAPPER.getDeserializationConfig().introspect(MAPPER.constructType(type));
      JsonIgnoreProperties.Value ignored = MAPPER.getDeserializationConfig()
          .getDefaultPropertyIgnorals(type, description.getClassInfo());
      Set<String> known = new TreeSet<>();
      description.findProperties().forEach(p -> known.add(p.getName()));
      return new Fields(description.findAnySetterAccessor() != null || ignored.getIgnoreUnknown(),
          java.util.Collections.unmodifiableSet(known),
          Set.copyOf(ignored.findIgnoredForDeserialization()));
    }
  };

  /** A step's output as JSON. */
  public static JsonNode write(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** Reads a Lambda event stream; what is not JSON is refused as {@code DR.InvalidInput}. */
  public static JsonNode read(InputStream input) {
    try {
      return MAPPER.readTree(input);
    } catch (JsonProcessingException e) {
      throw new InvalidInput("the input is not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the input", e);
    }
  }

  /** Writes a step's output as JSON to a stream (the Lambda handler's). */
  public static void write(OutputStream output, Object value) throws IOException {
    MAPPER.writeValue(output, value);
  }

  /** Reads JSON as a value of a generic type, with the same rules. */
  public static <T> T convert(JsonNode json, TypeReference<T> type) {
    return MAPPER.convertValue(json, type);
  }

  /** Reads JSON as a value of a type, with the same rules; throws what Jackson throws. */
  public static <T> T strictly(JsonNode json, Class<T> type) throws JsonProcessingException {
    return MAPPER.treeToValue(json, type);
  }

  /** JSON text of a value, for messages and logs. */
  public static String text(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A nested record's own check, its message put in the place the record has in the input. */
  private static InvalidInput within(JsonMappingException e, InvalidInput invalid) {
    String at = field(e);
    if (at.equals("the input")) {
      return invalid;
    }
    String message = invalid.getMessage();
    return new InvalidInput(message.startsWith("'") ? "'" + at + "." + message.substring(1) : "in '" + at + "': "
        + message, invalid);
  }

  private static String field(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "the input" : path.toString();
  }

  private static String field(JsonProcessingException e) {
    return e instanceof JsonMappingException mapping ? field(mapping) : "the input";
  }

  private static String describe(JsonProcessingException e) {
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "must be " + Expected.of(mismatch.getTargetType());
    }
    return "is not valid: " + e.getOriginalMessage();
  }
}
