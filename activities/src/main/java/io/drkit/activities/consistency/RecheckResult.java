package io.drkit.activities.consistency;

import java.util.List;

/**
 * Output of RecheckKeys: keys that were the same when looked at again ({@code settled}), that became the same
 * within the in-flight window ({@code inFlight}), and that did not: divergent, listed.
 */
public record RecheckResult(int settled, int inFlight, int divergent, List<String> keys) {}
