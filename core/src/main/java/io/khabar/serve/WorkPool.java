package io.khabar.serve;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded concurrency: {@code threads} workers extract, and at most {@code threads + queue}
 * requests are admitted at once; {@link #admit()} says no to the rest at once, so nothing ever
 * queues without limit. An admitted request holds a {@link Ticket} and runs its work (one
 * document, or a batch's documents one after another) on the workers, one task at a time, so
 * the workers' queue never holds more than the admitted requests.
 *
 * <p>A request that gives up waiting (its deadline passed) abandons its task: a task still
 * queued never runs and frees its place at once; a running one cannot be stopped (extraction
 * does not poll for interruption), so it finishes on its worker, its result is dropped, and its
 * place is freed then. Either way no thread is created or leaked: the workers are a fixed pool.
 */
final class WorkPool implements AutoCloseable {

  private final Semaphore places;
  private final ThreadPoolExecutor workers;
  private final int capacity;

  WorkPool(int threads, int queue) {
    this.capacity = threads + queue;
    this.places = new Semaphore(capacity);
    AtomicInteger n = new AtomicInteger();
    // the queue is unbounded in type only: the semaphore admits at most `capacity` requests,
    // each with at most one task queued (a task abandoned while running stays on its worker)
    this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "khabar-extract-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** A place for one request, or empty when {@code threads + queue} requests hold one. */
  Optional<Ticket> admit() {
    return places.tryAcquire() ? Optional.of(new Ticket()) : Optional.empty();
  }

  /** Requests admitted now (running or waiting). */
  int admitted() {
    return capacity - places.availablePermits();
  }

  /** Tasks waiting for a worker. */
  int waiting() {
    return workers.getQueue().size();
  }

  /** Worker threads alive now: never more than {@code threads}. */
  int workerThreads() {
    return workers.getPoolSize();
  }

  int capacity() {
    return capacity;
  }

  /** Stops the workers after the tasks they hold; waits up to {@code millis}. */
  boolean shutdown(long millis) throws InterruptedException {
    workers.shutdown();
    return workers.awaitTermination(millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  /**
   * One admitted request's place: held until the ticket is closed and its last task has
   * finished or was dropped unstarted.
   */
  final class Ticket implements AutoCloseable {
    private int outstanding;
    private boolean closed;
    private boolean released;

    /**
     * Runs {@code work} on a worker and waits for it until {@code deadlineNanos}
     * ({@link System#nanoTime()} scale).
     *
     * @throws TimeoutException the deadline passed: the task was abandoned
     * @throws ExecutionException the work threw
     */
    <T> T run(Callable<T> work, long deadlineNanos)
        throws TimeoutException, ExecutionException, InterruptedException {
      Task<T> task = new Task<>(work, this);
      synchronized (this) {
        if (closed) {
          throw new IllegalStateException("ticket closed");
        }
        outstanding++;
      }
      workers.execute(task);
      try {
        return task.result.get(Math.max(0, deadlineNanos - System.nanoTime()),
            TimeUnit.NANOSECONDS);
      } catch (TimeoutException | InterruptedException e) {
        if (task.abandon()) {
          workers.remove(task);
        }
        throw e;
      }
    }

    private void taskEnded() {
      synchronized (this) {
        outstanding--;
        releaseIfDone();
      }
    }

    private void releaseIfDone() {
      if (closed && outstanding == 0 && !released) {
        released = true;
        places.release();
      }
    }

    @Override
    public synchronized void close() {
      closed = true;
      releaseIfDone();
    }
  }

  /** One task; its state makes "run" and "abandon before running" exclusive. */
  private static final class Task<T> implements Runnable {
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int OVER = 2;

    private final Callable<T> work;
    private final Ticket ticket;
    private final AtomicInteger state = new AtomicInteger(QUEUED);
    final CompletableFuture<T> result = new CompletableFuture<>();

    Task(Callable<T> work, Ticket ticket) {
      this.work = work;
      this.ticket = ticket;
    }

    @Override
    public void run() {
      if (!state.compareAndSet(QUEUED, RUNNING)) {
        return; // abandoned while queued: its place was freed then
      }
      try {
        result.complete(work.call());
      } catch (Throwable t) {
        result.completeExceptionally(t);
      } finally {
        state.set(OVER);
        ticket.taskEnded();
      }
    }

    /** True when the task had not started and never will; a running task runs on. */
    boolean abandon() {
      if (state.compareAndSet(QUEUED, OVER)) {
        ticket.taskEnded();
        return true;
      }
      return false;
    }
  }
}
