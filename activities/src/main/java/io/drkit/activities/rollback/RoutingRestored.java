package io.drkit.activities.rollback;

/** Output of RestoreRouting: how many records were put back. */
public record RoutingRestored(int records) {}
