package io.drkit.activities;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One workflow step: JSON in, JSON out, idempotent (running it again with the same input changes nothing more).
 * Failures are thrown as the named errors in package {@code DR}, which the state machines' Retry and Catch match.
 */
@FunctionalInterface
public interface Activity {

  JsonNode run(JsonNode input);
}
