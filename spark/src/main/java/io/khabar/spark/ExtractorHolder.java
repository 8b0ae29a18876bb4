package io.khabar.spark;

import io.khabar.Extractor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one {@link Extractor} of this JVM, created on first use and shared by every task that runs
 * here. Spark ships a task's closure to an executor by serialising it; an extractor (hundreds of
 * megabytes of models) must never travel that way, so the closure holds only options and asks
 * this holder, which lives in the executor's class loader, for the extractor. The extractor is
 * thread-safe, so the tasks of an executor's cores share it.
 *
 * <p>Its size limit is the largest possible: each job applies its own
 * {@link ExtractionOptions#maxChars()} before calling it, so that jobs with different limits still
 * share one extractor.
 */
final class ExtractorHolder {

  private static final AtomicInteger CREATED = new AtomicInteger();
  private static volatile Extractor extractor;
  private static volatile long startupNanos = -1;

  private ExtractorHolder() {}

  /** This JVM's extractor; the first caller loads the models while later ones wait. */
  static Extractor get() {
    Extractor x = extractor;
    if (x == null) {
      synchronized (ExtractorHolder.class) {
        x = extractor;
        if (x == null) {
          long t0 = System.nanoTime();
          x = Extractor.builder().maxChars(Integer.MAX_VALUE).build();
          startupNanos = System.nanoTime() - t0;
          CREATED.incrementAndGet();
          extractor = x;
        }
      }
    }
    return x;
  }

  /** How many extractors this JVM has created: 0 before the first task, then 1. */
  static int created() {
    return CREATED.get();
  }

  /** How long this JVM's extractor took to load, in nanoseconds; -1 before it exists. */
  static long startupNanos() {
    return startupNanos;
  }
}
