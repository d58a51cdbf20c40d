package io.drkit.workflows.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the branches of a Map or Parallel: concurrently on the real clock (at most {@code maxConcurrency} at once),
 * one after the other on the virtual clock, so that tests stay deterministic. Results keep the branches' order.
 */
final class Branches {

  private Branches() {}

  static <T> List<T> run(List<Callable<T>> branches, int maxConcurrency, boolean concurrently) {
    if (!concurrently || branches.size() <= 1 || maxConcurrency == 1) {
      List<T> results = new ArrayList<>(branches.size());
      for (Callable<T> branch : branches) {
        results.add(call(branch));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(branches.size(), maxConcurrency));
    try {
      List<Future<T>> futures = new ArrayList<>();
      branches.forEach(branch -> futures.add(pool.submit(branch)));
      List<T> results = new ArrayList<>(branches.size());
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StatesError(EngineErrors.ABORTED, "interrupted");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof StatesError error ? error : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T call(Callable<T> branch) {
    try {
      return branch.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
