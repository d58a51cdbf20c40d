package io.drkit.workflows.tasks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Java implementation of a Lambda function: JSON in, JSON out. Failures are thrown as
 * {@link io.drkit.workflows.engine.StatesError} with the error name Retry and Catch match (any other exception is
 * reported with its class name as the error, as Lambda's Java runtime does).
 */
@FunctionalInterface
public interface TaskHandler {

  JsonNode handle(JsonNode input) throws Exception;
}
