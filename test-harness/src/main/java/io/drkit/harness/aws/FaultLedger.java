package io.drkit.harness.aws;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Every fault put on a real deployment, with how to undo it, newest first. A fault is recorded before it is put, so
 * that one interrupted halfway is still undone (undoing a fault that never landed is harmless). Undoing goes on past
 * a failed undo, keeps it for the next attempt and says which failed, so that nobody is left with a region
 * throttled to zero by a drill that crashed. Once closed (the process is exiting), a fault recorded late is undone
 * at once.
 */
public final class FaultLedger {

  /** One fault: where, what, and how to take it back. */
  public record Entry(String region, String description, Undo undo) {}

  /** Takes a fault back; may fail (the API refused, the network is down). */
  @FunctionalInterface
  public interface Undo {
    void run() throws Exception;
  }

  private final Deque<Entry> entries = new ArrayDeque<>();
  private boolean closed;

  public synchronized void record(String region, String description, Undo undo) {
    entries.push(new Entry(region, description, undo));
    if (closed) {
      undoAll();
    }
  }

  /** Undoes every fault and takes no more: what is recorded from now on is undone at once. */
  public synchronized List<String> close() {
    closed = true;
    return undoAll();
  }

  public synchronized List<Entry> open() {
    return List.copyOf(entries);
  }

  /** Undoes the region's faults, newest first; returns what could not be undone. */
  public synchronized List<String> undo(String region) {
    return undoWhere(Optional.of(region));
  }

  /** Undoes every fault, newest first; returns what could not be undone. */
  public synchronized List<String> undoAll() {
    return undoWhere(Optional.empty());
  }

  private List<String> undoWhere(Optional<String> region) {
    List<String> failed = new ArrayList<>();
    for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
      Entry entry = it.next();
      if (region.isPresent() && !region.get().equals(entry.region())) {
        continue;
      }
      try {
        entry.undo().run();
        it.remove();
      } catch (Exception e) {
        failed.add(entry.description() + " in " + entry.region() + ": " + e.getMessage()); // kept for a retry
      }
    }
    return failed;
  }
}
