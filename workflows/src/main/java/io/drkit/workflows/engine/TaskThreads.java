package io.drkit.workflows.engine;

import io.drkit.workflows.internal.DaemonThreads;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * The threads that Task states with a timeout run on, so that an execution can stop waiting when the time is up.
 * The engine that creates them closes them when it closes, which interrupts any task still running.
 */
public final class TaskThreads implements AutoCloseable {

  private final ExecutorService pool = Executors.newCachedThreadPool(DaemonThreads.named("workflow-task"));

  /** A task that arrives after the close belongs to an execution being stopped: it is aborted with it. */
  <T> Future<T> submit(Callable<T> task) {
    try {
      return pool.submit(task);
    } catch (RejectedExecutionException e) {
      throw new StatesError(EngineErrors.ABORTED, "The engine was closed");
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
