package io.drkit.activities;

/**
 * One workflow step: its input type in, its output type out, idempotent (running it again with the same input
 * changes nothing more). Failures are thrown as the named errors in package {@code DR}, which the state machines'
 * Retry and Catch match.
 *
 * @param <I> the step's input, a record that checks its own fields
 * @param <O> the step's output, a record
 */
@FunctionalInterface
public interface Activity<I, O> {

  O run(I input);
}
