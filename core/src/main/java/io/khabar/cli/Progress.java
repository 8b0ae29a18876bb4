package io.khabar.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Counts a batch as its outcomes are written and reports on stderr: optionally a progress bar
 * redrawn in place at most {@value #REFRESHES_PER_SECOND} times a second (documents done/total
 * when known, documents/s and words/s over the last seconds, ETA), and always a one-line summary
 * at the end with the rates over the whole run. The counts are written by the one output thread
 * and read by the drawing thread.
 */
final class Progress {

  static final int REFRESHES_PER_SECOND = 5;
  private static final int BAR_WIDTH = 16;

  private final PrintWriter err;
  private final boolean bar;
  private final OptionalLong totalDocuments;
  private final OptionalLong totalBytes;
  private final long startNanos;
  private ScheduledExecutorService ticker;
  private ScheduledFuture<?> tick;
  private int drawnWidth;
  /** Rate window: the last {@value #WINDOW} draws, about 5 s. */
  private static final int WINDOW = 5 * REFRESHES_PER_SECOND;
  private final long[] sampleNanos = new long[WINDOW];
  private final long[] sampleDocs = new long[WINDOW];
  private final long[] sampleWords = new long[WINDOW];
  private final long[] sampleBytes = new long[WINDOW];
  private int next;
  private int samples;

  private static final int STOP_WAIT_SECONDS = 3;
  /** Fair: a stop waits for the write under way only, never behind the writes after it. */
  private final java.util.concurrent.locks.ReentrantLock writeLock =
      new java.util.concurrent.locks.ReentrantLock(true);
  private volatile boolean stopped;
  private volatile Thread exitHook;
  private final java.util.concurrent.atomic.AtomicBoolean finished =
      new java.util.concurrent.atomic.AtomicBoolean();

  private volatile long documents;
  private volatile long entities;
  private volatile long events;
  private volatile long errors;
  private volatile long words;
  private volatile long bytes;

  Progress(PrintWriter err, boolean bar, OptionalLong totalDocuments, OptionalLong totalBytes) {
    this.err = err;
    this.bar = bar;
    this.totalDocuments = totalDocuments;
    this.totalBytes = totalBytes;
    this.startNanos = System.nanoTime();
    if (bar) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "khabar-progress");
        t.setDaemon(true);
        return t;
      });
      tick = ticker.scheduleAtFixedRate(this::draw, 0, 1000 / REFRESHES_PER_SECOND,
          TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Writes one outcome to {@code sink} and counts it, as one step that a stop
   * ({@link #stopAndSummarise}) never cuts in two: so the summary after a stop counts exactly
   * the documents written. Returns false, writing nothing, once the run is stopped. Called by the
   * output thread only.
   */
  boolean write(OutputSink sink, Outcome o) throws java.io.IOException {
    writeLock.lock();
    try {
      if (stopped) {
        return false;
      }
      sink.write(o);
      add(o);
      return true;
    } finally {
      writeLock.unlock();
    }
  }

  /** Whether the run was stopped from outside. */
  boolean stopped() {
    return stopped;
  }

  /** Counts one written outcome; called by the output thread only. */
  void add(Outcome o) {
    documents = documents + 1;
    entities = entities + o.entities();
    events = events + o.events();
    errors = errors + (o.failed() ? 1 : 0);
    words = words + o.words();
    bytes = bytes + o.inputBytes();
  }

  long documents() {
    return documents;
  }

  long errors() {
    return errors;
  }

  /**
   * Makes sure that a run stopped from outside (Ctrl-C, SIGTERM) still ends the bar's line and
   * prints the summary so far.
   */
  void summariseOnExit(String prefix, Runnable onStop) {
    Thread hook = new Thread(() -> stopAndSummarise(prefix, onStop), "khabar-progress-exit");
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      exitHook = hook;
    } catch (IllegalStateException e) {
      // already shutting down
    }
  }

  /**
   * Stops the run from outside (the shutdown hook of Ctrl-C or SIGTERM): waits for a write under
   * way to be written and counted (a few seconds at most, in case the output is stuck), lets no
   * later one through, runs {@code onStop} (the sink's abandon) and prints the summary.
   */
  void stopAndSummarise(String prefix, Runnable onStop) {
    boolean locked = false;
    try {
      locked = writeLock.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      stopped = true;
      onStop.run();
    } finally {
      if (locked) {
        writeLock.unlock();
      }
    }
    finish(prefix);
  }

  /** Stops the bar (leaving its last state on its own line) and prints the summary line. */
  void finish(String prefix) {
    if (!finished.compareAndSet(false, true)) {
      return;
    }
    if (exitHook != null && Thread.currentThread() != exitHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(exitHook);
      } catch (IllegalStateException e) {
        // shutting down: the hook finds the summary printed
      }
    }
    if (bar) {
      tick.cancel(false);
      ticker.shutdown();
      try {
        ticker.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      draw();
      synchronized (this) {
        err.println();
      }
    }
    err.println(summary(prefix, documents, entities, events, errors, words,
        System.nanoTime() - startNanos));
    err.flush();
  }

  private synchronized void draw() {
    long now = System.nanoTime();
    long d = documents;
    long w = words;
    long by = bytes;
    // rates over the last few seconds, not since the start: warm-up and model loading would
    // hold the ETA too high for long
    int oldest = samples == WINDOW ? next : 0;
    if (samples == 0) {
      oldest = -1;
    }
    double docRate;
    double wordRate;
    double byteRate;
    if (oldest < 0 || now - sampleNanos[oldest] <= 0) {
      double s = Math.max((now - startNanos) / 1e9, 1e-9);
      docRate = d / s;
      wordRate = w / s;
      byteRate = by / s;
    } else {
      double s = (now - sampleNanos[oldest]) / 1e9;
      docRate = (d - sampleDocs[oldest]) / s;
      wordRate = (w - sampleWords[oldest]) / s;
      byteRate = (by - sampleBytes[oldest]) / s;
    }
    sampleNanos[next] = now;
    sampleDocs[next] = d;
    sampleWords[next] = w;
    sampleBytes[next] = by;
    next = (next + 1) % WINDOW;
    samples = Math.min(samples + 1, WINDOW);
    String line = bar(d, by, totalDocuments, totalBytes, now - startNanos, docRate, wordRate,
        byteRate);
    StringBuilder b = new StringBuilder(line.length() + 8).append('\r').append(line);
    for (int i = line.length(); i < drawnWidth; i++) {
      b.append(' ');
    }
    drawnWidth = line.length();
    err.print(b);
    err.flush();
  }

  /**
   * The progress line, under 80 columns: e.g. {@code [===>            ]  25%  1250/5000  41.7 docs/s
   * 12.3k words/s  ETA 1:30}; the fraction is of the bytes for a JSONL file; without a known
   * total, {@code 1250 docs}, the rates and the elapsed time.
   */
  static String bar(long done, long doneBytes, OptionalLong totalDocuments,
      OptionalLong totalBytes, long elapsedNanos, double docsPerSecond, double wordsPerSecond,
      double bytesPerSecond) {
    double fraction = -1;
    double eta = -1;
    if (totalDocuments.isPresent()) {
      long total = totalDocuments.getAsLong();
      fraction = total == 0 ? 1 : (double) done / total;
      eta = docsPerSecond > 0 ? (total - done) / docsPerSecond : -1;
    } else if (totalBytes.isPresent()) {
      long total = totalBytes.getAsLong();
      fraction = total == 0 ? 1 : (double) doneBytes / total;
      eta = bytesPerSecond > 0 ? (total - doneBytes) / bytesPerSecond : -1;
    }
    fraction = Math.min(fraction, 1);
    StringBuilder b = new StringBuilder(80);
    if (fraction >= 0) {
      int filled = (int) (fraction * BAR_WIDTH);
      b.append('[');
      for (int i = 0; i < BAR_WIDTH; i++) {
        b.append(i < filled ? '=' : i == filled ? '>' : ' ');
      }
      b.append("] ").append(String.format(Locale.ROOT, "%3d%%", (int) (fraction * 100)))
          .append("  ");
    }
    b.append(done);
    if (totalDocuments.isPresent()) {
      b.append('/').append(totalDocuments.getAsLong());
    } else {
      b.append(" docs");
    }
    b.append("  ").append(rate(docsPerSecond)).append(" docs/s  ")
        .append(rate(wordsPerSecond)).append(" words/s  ");
    if (fraction >= 1) {
      b.append("done in ").append(clock(elapsedNanos / 1e9));
    } else if (fraction >= 0) {
      b.append("ETA ").append(eta >= 0 ? clock(eta) : "--:--");
    } else {
      b.append(clock(elapsedNanos / 1e9));
    }
    return b.toString();
  }

  /**
   * The summary line, e.g. {@code extract: 5000 documents, 31210 entities, 4420 events, 2 errors;
   * 41.7 docs/s, 12.3k words/s; 120.0 s}; a count of one is singular (1 entity, 1 event).
   */
  static String summary(String prefix, long documents, long entities, long events, long errors,
      long words, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
    return String.format(Locale.ROOT, "%s%s, %s, %s, %s; %s docs/s, %s words/s; %.1f s", prefix,
        count(documents, "document", "documents"), count(entities, "entity", "entities"),
        count(events, "event", "events"), count(errors, "error", "errors"),
        rate(documents / seconds), rate(words / seconds), seconds);
  }

  /** {@code 1 event}, {@code 0 events}, {@code 2 events}. */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** 3 significant figures with k/M for thousands/millions: 0.42, 41.7, 123, 12.3k, 1.20M. */
  static String rate(double perSecond) {
    if (perSecond >= 999_500) {
      return sig(perSecond / 1e6) + "M";
    }
    if (perSecond >= 999.5) {
      return sig(perSecond / 1e3) + "k";
    }
    return sig(perSecond);
  }

  private static String sig(double v) {
    if (v >= 99.95) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (v >= 9.995) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** m:ss or h:mm:ss. */
  static String clock(double seconds) {
    long s = Math.min(Math.max(0, Math.round(seconds)), 359_999_999L);
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
