package io.khabar.serve;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * The service's counters, written in the Prometheus text exposition format (version 0.0.4):
 * requests by route and status, errors by route and status (an error document inside a batch
 * counts too), a latency histogram by route, documents and words extracted, and gauges of the
 * admitted requests and queued tasks. Counters only grow; all are lock-free.
 */
final class ServeMetrics {

  /** Upper bounds of the latency buckets, in seconds. */
  static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
  private final LongAdder documents = new LongAdder();
  private final LongAdder words = new LongAdder();

  /** One finished request: its route label, status and time taken. */
  void request(String route, int status, long nanos) {
    requests.computeIfAbsent(key(route, status), k -> new LongAdder()).increment();
    if (status >= 400) {
      error(route, status);
    }
    latency.computeIfAbsent(route, r -> new Histogram()).observe(nanos);
  }

  /** One failed document or request. */
  void error(String route, int status) {
    errors.computeIfAbsent(key(route, status), k -> new LongAdder()).increment();
  }

  /** One document extracted, of {@code wordCount} words. */
  void extracted(long wordCount) {
    documents.increment();
    words.add(wordCount);
  }

  private static String key(String route, int status) {
    return "route=\"" + route + "\",status=\"" + status + "\"";
  }

  /** The exposition text; {@code ready}, {@code admitted} and {@code waiting} are read now. */
  String scrape(boolean ready, IntSupplier admitted, IntSupplier waiting) {
    StringBuilder s = new StringBuilder(4096);
    counterFamily(s, "khabar_http_requests_total", "HTTP requests answered, by route and status",
        requests);
    counterFamily(s, "khabar_errors_total",
        "requests answered with an error status, and error documents in batches, by route and"
            + " status", errors);
    s.append("# HELP khabar_http_request_duration_seconds time from request to response, by route\n")
        .append("# TYPE khabar_http_request_duration_seconds histogram\n");
    latency.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> e.getValue().write(s, "khabar_http_request_duration_seconds", e.getKey()));
    simple(s, "khabar_documents_extracted_total", "counter", "documents extracted",
        documents.sum());
    simple(s, "khabar_words_processed_total", "counter",
        "words in the documents extracted (runs of letters and digits)", words.sum());
    simple(s, "khabar_ready", "gauge", "1 once the models are loaded", ready ? 1 : 0);
    simple(s, "khabar_requests_admitted", "gauge", "extract requests running or waiting now",
        admitted.getAsInt());
    simple(s, "khabar_tasks_waiting", "gauge", "documents waiting for a worker now",
        waiting.getAsInt());
    return s.toString();
  }

  private static void counterFamily(StringBuilder s, String name, String help,
      Map<String, LongAdder> byLabels) {
    s.append("# HELP ").append(name).append(' ').append(help).append('\n')
        .append("# TYPE ").append(name).append(" counter\n");
    byLabels.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> s.append(name).append('{').append(e.getKey()).append("} ")
            .append(e.getValue().sum()).append('\n'));
  }

  private static void simple(StringBuilder s, String name, String type, String help, long value) {
    s.append("# HELP ").append(name).append(' ').append(help).append('\n')
        .append("# TYPE ").append(name).append(' ').append(type).append('\n')
        .append(name).append(' ').append(value).append('\n');
  }

  /** Cumulative buckets as Prometheus wants them, written from per-bucket counts. */
  private static final class Histogram {
    private final LongAdder[] counts = new LongAdder[BUCKETS.length + 1];
    private final LongAdder sumNanos = new LongAdder();

    Histogram() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }

    void observe(long nanos) {
      double seconds = nanos / 1e9;
      int i = 0;
      while (i < BUCKETS.length && seconds > BUCKETS[i]) {
        i++;
      }
      counts[i].increment();
      sumNanos.add(nanos);
    }

    void write(StringBuilder s, String name, String route) {
      long cumulative = 0;
      for (int i = 0; i < counts.length; i++) {
        cumulative += counts[i].sum();
        String le = i < BUCKETS.length ? format(BUCKETS[i]) : "+Inf";
        s.append(name).append("_bucket{route=\"").append(route).append("\",le=\"").append(le)
            .append("\"} ").append(cumulative).append('\n');
      }
      s.append(name).append("_sum{route=\"").append(route).append("\"} ")
          .append(format(sumNanos.sum() / 1e9)).append('\n');
      s.append(name).append("_count{route=\"").append(route).append("\"} ").append(cumulative)
          .append('\n');
    }

    private static String format(double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15
          ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
    }
  }
}
