package io.khabar;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Independent loading steps, each on a thread of its own that lives only as long as this object
 * (a step is mostly one-off class loading and parsing: giving each its own thread lets the
 * scheduler keep every core busy until the last one ends). {@link #fork} starts a step, {@link
 * Forked#join} waits for its result, {@link #close} waits until every thread has ended, so
 * nothing outlives the load that started it, also when a step or the caller failed. Steps are
 * never interrupted: most of them initialise shared holders of bundled data, and an interrupted
 * initialiser would leave its class unusable for the rest of the JVM's life.
 *
 * <p>A step's {@link RuntimeException} or {@link Error} reaches {@code join} as it was thrown
 * (the same object: callers see the failure a load on their own thread would give); any other
 * failure arrives wrapped, as the cause of an {@link IllegalStateException}. Used by one thread;
 * the steps themselves must be thread-safe.
 */
final class ParallelLoad implements AutoCloseable {

  private final List<Thread> threads = new ArrayList<>();

  /**
   * Starts {@code step} on a new daemon thread named {@code khabar-load-N}. Daemon: a load never
   * keeps the JVM alive. The thread inherits the caller's context class loader, as a load on
   * the caller's own thread would see.
   */
  <T> Forked<T> fork(Supplier<T> step) {
    FutureTask<T> task = new FutureTask<>(step::get);
    Thread t = new Thread(task, "khabar-load-" + (threads.size() + 1));
    t.setDaemon(true);
    threads.add(t);
    t.start();
    return new Forked<>(task);
  }

  /** Waits until every started thread has ended (if interrupted: still waits, then re-flags). */
  @Override
  public void close() {
    boolean interrupted = false;
    for (Thread t : threads) {
      while (t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          interrupted = true; // keep waiting: the threads must not outlive the load
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The pending result of a forked step. */
  static final class Forked<T> {
    private final FutureTask<T> task;

    private Forked(FutureTask<T> task) {
      this.task = task;
    }

    /** Waits for the step and returns its result, or throws what it threw. */
    T join() {
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while loading", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException("loading failed", cause);
      }
    }
  }
}
