package io.drkit.activities.contract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Instants as the state machines write them, ISO-8601 text ({@code $$.Execution.StartTime}, EventBridge's
 * {@code time}) and nothing else: a number could be seconds or milliseconds, so it is refused, not guessed.
 */
final class IsoInstants extends StdScalarDeserializer<Instant> {

  private static final long serialVersionUID = 1L;

  IsoInstants() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (Instant) context.handleUnexpectedToken(Instant.class, parser);
    }
    try {
      return Instant.parse(parser.getText());
    } catch (DateTimeParseException e) {
      return (Instant) context.handleWeirdStringValue(Instant.class, parser.getText(), "not an ISO-8601 instant");
    }
  }
}
