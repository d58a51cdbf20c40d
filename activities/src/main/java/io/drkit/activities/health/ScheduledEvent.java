package io.drkit.activities.health;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Input of HealthCheck: the scheduler's event, whose content the checker does not need. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScheduledEvent() {}
