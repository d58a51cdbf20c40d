package io.drkit.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** What the context object says about the execution: its ARN and name, the machine's, the input, the start. */
public record ExecutionInfo(String executionArn, String executionName, String stateMachineArn, String stateMachineName,
    String roleArn, JsonNode input, Instant startTime) {}
