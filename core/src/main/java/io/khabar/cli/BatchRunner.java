package io.khabar.cli;

import io.khabar.DocumentTooLargeException;
import io.khabar.Extractor;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a batch through one shared {@link Extractor} on {@code threads} workers and writes the
 * outcomes in input order.
 *
 * <p>A reader thread takes documents from the source and submits each to the workers, putting
 * its future into a FIFO of at most {@code 4 × threads}; the calling thread takes the futures
 * from that FIFO in order, waits for each and writes it. So the output order is the input order
 * whatever the number of threads, and at most {@code 4 × threads + 2} documents (their text and
 * their JSON) are in memory at once, however long the input: the reader blocks while the FIFO is
 * full. Expected failures are error records made by the job; an unexpected exception (or a
 * stack overflow, or running out of memory on one document) becomes an error record too. Only a
 * broken input stream or output stops the run.
 */
final class BatchRunner {

  /** Documents in flight per worker thread. */
  static final int IN_FLIGHT_PER_THREAD = 4;

  private static final Future<Outcome> END = CompletableFuture.completedFuture(null);

  private BatchRunner() {}

  /** What stopped a run before its end: the input broke off or the output failed. */
  static final class BatchFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean outputFailed;

    BatchFailure(String message, Throwable cause, boolean outputFailed) {
      super(message, cause);
      this.outputFailed = outputFailed;
    }

    /** The output could not be written (rather than the input read further). */
    boolean outputFailed() {
      return outputFailed;
    }
  }

  static void run(DocumentSource source, ExtractCommand.DocumentExtractor extractor, int threads,
      OutputSink sink, Progress progress) throws BatchFailure, InterruptedException {
    BlockingQueue<Future<Outcome>> inFlight =
        new ArrayBlockingQueue<>(IN_FLIGHT_PER_THREAD * threads);
    AtomicInteger workerNumber = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "khabar-extract-" + workerNumber.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    AtomicReference<Exception> inputFailure = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      try {
        source.forEach(job -> inFlight.put(workers.submit(() -> process(job, extractor))));
      } catch (InterruptedException e) {
        return; // the writer has stopped: nobody waits for END
      } catch (IOException | RuntimeException e) {
        inputFailure.set(e);
      }
      try {
        inFlight.put(END);
      } catch (InterruptedException e) {
        // the writer has stopped
      }
    }, "khabar-extract-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      while (true) {
        Future<Outcome> next = inFlight.take();
        if (next == END) {
          break;
        }
        Outcome outcome;
        try {
          outcome = next.get();
        } catch (ExecutionException e) {
          throw new BatchFailure("extraction failed: " + describe(e.getCause()), e.getCause(),
              false);
        }
        boolean written;
        try {
          written = progress.write(sink, outcome);
        } catch (IOException | RuntimeException e) {
          throw new BatchFailure("cannot write the output: " + describe(e), e, true);
        }
        if (!written) {
          throw new InterruptedException("stopped");
        }
      }
    } finally {
      reader.interrupt();
      workers.shutdownNow();
      reader.join(TimeUnit.SECONDS.toMillis(5));
    }
    Exception failed = inputFailure.get();
    if (failed != null) {
      throw new BatchFailure("cannot read the input further: " + describe(failed), failed,
          false);
    }
  }

  private static Outcome process(Job job, ExtractCommand.DocumentExtractor extractor) {
    try {
      return job.process(extractor);
    } catch (RuntimeException | StackOverflowError e) {
      return job.failure(describe(e));
    } catch (OutOfMemoryError e) {
      // this document's garbage is gone once we are here; the batch can go on
      return job.failure("out of memory on this document (raise -Xmx or lower --max-chars"
          + " or --threads)");
    }
  }

  /**
   * The exception as a reason in an error record: its type and message, no stack. A text over
   * the limit names the option that sets it.
   */
  static String describe(Throwable e) {
    if (e instanceof DocumentTooLargeException d) {
      return "text of " + d.length() + " chars is longer than --max-chars " + d.maxChars();
    }
    if (e.getClass() == IOException.class && e.getMessage() != null) {
      return e.getMessage();
    }
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
