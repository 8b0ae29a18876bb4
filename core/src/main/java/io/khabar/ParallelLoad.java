package io.khabar;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Independent loading steps, each on a thread of its own that lives only as long as this object
 * (a step is mostly one-off class loading and parsing: giving each its own thread lets the
 * scheduler keep every core busy until the last one ends): {@link #fork} starts a step, {@link Forked#join} waits for its result, {@link #close} stops
 * the pool and waits until its threads have ended, so nothing outlives the load that started it
 * (also when a step fails). A step's {@link RuntimeException} or {@link Error} reaches {@code
 * join} as it was thrown (the same object: callers see the failure a load on their own thread
 * would give); any other failure arrives wrapped, as the cause of an {@link
 * IllegalStateException}. Used by one thread; the steps themselves must be thread-safe.
 */
final class ParallelLoad implements AutoCloseable {

  private final ExecutorService pool;

  /** A pool of daemon threads named {@code khabar-load-N}, one per forked step. */
  ParallelLoad() {
    AtomicInteger n = new AtomicInteger();
    // Daemon: a load never keeps the JVM alive, even if a caller forgets close() on a path we
    // did not foresee. The threads inherit the caller's context class loader, as a load on
    // the caller's own thread would see.
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "khabar-load-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.pool = Executors.newCachedThreadPool(factory);
  }

  /** Starts {@code step} on a thread of its own. */
  <T> Forked<T> fork(Supplier<T> step) {
    return new Forked<>(pool.submit(step::get));
  }

  /** Interrupts steps still running (none, after every join) and waits for the threads to end. */
  @Override
  public void close() {
    pool.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true; // keep waiting: the threads must not outlive the load
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The pending result of a forked step. */
  static final class Forked<T> {
    private final Future<T> future;

    private Forked(Future<T> future) {
      this.future = future;
    }

    /** Waits for the step and returns its result, or throws what it threw. */
    T join() {
      try {
        return future.get();
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
