package io.khabar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.Extractor;
import io.khabar.cli.WordCount;
import io.khabar.serve.ExtractServer;
import io.khabar.serve.ServeOptions;
import io.khabar.testdata.AnnotatedDocument;
import io.khabar.testdata.AnnotatedDocuments;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load run of the HTTP extract service, loopback only, against extraction in the same
 * JVM measured in the same run. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar io.khabar.bench.ServeLoadRun [requests] [seconds]}.
 *
 * <p>The 24 annotated test articles are sent round and round, each request carrying its
 * article's id and date. After a warm-up of both paths, the timed phases take turns in
 * {@value #ROUNDS} rounds (so that a drift of the machine falls on all alike), each phase
 * sending {@code requests} requests in all (default 480) and each turn stopping after
 * {@code seconds} (default 60) at the latest:
 * <ol>
 *   <li>baseline: {@code Extractor.extract} on 1 and 2 threads of this JVM;
 *   <li>the service ({@code --threads 2 --queue 16}, sharing the same extractor) from 1, 2 and
 *       8 concurrent clients: requests/s, words/s, p50/p99 latency, every answer checked to be
 *       200 and byte for byte the in-process JSON of its own request;
 *   <li>overload: a service with {@code --threads 1 --queue 1} and 8 clients, never retrying:
 *       the excess must get 503 with Retry-After, and every request one answer, its own.
 * </ol>
 * Nothing is sent anywhere but 127.0.0.1; every loop is bounded in count and time.
 */
public final class ServeLoadRun {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Turns each timed phase takes, interleaved with the others. */
  private static final int ROUNDS = 4;

  private ServeLoadRun() {}

  /** One request: the body sent and the JSON the in-process extractor gives for it. */
  private record Job(String id, String body, String expected, long words) {}

  /** What a phase measured. */
  private record Phase(String name, int requests, long words, double seconds, double cpuSeconds,
      long[] latencies, int ok, int busy, int wrong) {
    /** CPU time of the whole process (every thread: clients, server, JIT, GC) per request. */
    double cpuMsPerRequest() {
      return cpuSeconds * 1e3 / requests;
    }

    double perSecond() {
      return requests / seconds;
    }

    /** The rounds of one phase as one: their requests, words, time and latencies added up. */
    static Phase merge(String name, List<Phase> rounds) {
      long[] all = rounds.stream().flatMapToLong(r -> Arrays.stream(r.latencies)).toArray();
      return new Phase(name, rounds.stream().mapToInt(Phase::requests).sum(),
          rounds.stream().mapToLong(Phase::words).sum(),
          rounds.stream().mapToDouble(Phase::seconds).sum(),
          rounds.stream().mapToDouble(Phase::cpuSeconds).sum(), all,
          rounds.stream().mapToInt(Phase::ok).sum(), rounds.stream().mapToInt(Phase::busy).sum(),
          rounds.stream().mapToInt(Phase::wrong).sum());
    }

    double wordsPerSecond() {
      return words / seconds;
    }

    double percentileMs(double p) {
      if (latencies.length == 0) {
        return Double.NaN;
      }
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      return sorted[(int) Math.round(p * (sorted.length - 1))] / 1e6;
    }
  }

  public static void main(String[] args) throws Exception {
    // Jetty logs through slf4j-simple here: only warnings
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 480;
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 60;
    Duration limit = Duration.ofSeconds(seconds);

    Extractor extractor = Extractor.createDefault();
    List<AnnotatedDocument> docs = AnnotatedDocuments.load();
    List<Job> jobs = new ArrayList<>();
    for (AnnotatedDocument d : docs) {
      ObjectNode body = JSON.createObjectNode().put("id", d.name()).put("text", d.text())
          .put("published", d.published().toString());
      jobs.add(new Job(d.name(), body.toString(),
          extractor.extract(d.text(), d.published()).withDocument(d.name()).toJson(),
          WordCount.of(d.text())));
    }
    long totalWords = jobs.stream().mapToLong(Job::words).sum();
    System.out.printf(Locale.ROOT, "%d articles, %d words; %d requests or %d s a phase; %d cores;"
        + " load average before: %.2f%n", jobs.size(), totalWords, requests, seconds,
        Runtime.getRuntime().availableProcessors(), loadAverage());

    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    ServeOptions serve = ServeOptions.defaults().withBind("127.0.0.1").withPort(0)
        .withThreads(2).withQueue(16).withTimeout(Duration.ofSeconds(30));
    String[] names = {"in-process, 1 thread", "in-process, 2 threads",
        "HTTP, 1 client (2 threads)", "HTTP, 2 clients (2 threads)", "HTTP, 8 clients (2 threads)"};
    List<List<Phase>> byPhase = new ArrayList<>();
    for (int p = 0; p < names.length; p++) {
      byPhase.add(new ArrayList<>());
    }
    // threads that live through the run, as the server's workers do: a thread's first
    // extractions build its per-thread state, which a fresh thread per phase would pay again
    ExecutorService one = Executors.newFixedThreadPool(1);
    ExecutorService two = Executors.newFixedThreadPool(2);
    ExecutorService eight = Executors.newFixedThreadPool(8);
    try (ExtractServer server = ExtractServer.start(serve, () -> extractor)) {
      if (!server.awaitLoaded(Duration.ofMinutes(2))) {
        throw new IllegalStateException("server did not load: " + server.loadFailure());
      }
      URI uri = server.uri().resolve("/v1/extract");
      // warm-up: the JIT sees both paths, and every thread that will extract has made its
      // per-thread state (the name finder's decoder), before anything is timed
      for (ExecutorService pool : List.of(one, two)) {
        inProcess("warm-up", extractor, docs, pool, requests / 2, limit);
      }
      for (ExecutorService pool : List.of(one, two, eight)) {
        overHttp("warm-up", client, uri, jobs, pool, requests / 4, limit);
      }
      // the phases take turns, round after round, so that a drift of the machine (the JIT
      // finishing late, other processes) falls on all of them alike
      int share = Math.max(1, requests / ROUNDS);
      for (int round = 0; round < ROUNDS; round++) {
        byPhase.get(0).add(inProcess(names[0], extractor, docs, one, share, limit));
        byPhase.get(2).add(overHttp(names[2], client, uri, jobs, one, share, limit));
        byPhase.get(1).add(inProcess(names[1], extractor, docs, two, share, limit));
        byPhase.get(3).add(overHttp(names[3], client, uri, jobs, two, share, limit));
        byPhase.get(4).add(overHttp(names[4], client, uri, jobs, eight, share, limit));
      }
    }
    List<Phase> phases = new ArrayList<>();
    for (int p = 0; p < names.length; p++) {
      phases.add(Phase.merge(names[p], byPhase.get(p)));
    }
    Phase base1 = phases.get(0);
    Phase base2 = phases.get(1);
    for (int p = 0; p < names.length; p++) {
      StringBuilder perRound = new StringBuilder();
      for (Phase r : byPhase.get(p)) {
        perRound.append(String.format(Locale.ROOT, " %.1f", r.perSecond()));
      }
      System.out.printf("%-42s requests/s by round:%s%n", names[p], perRound);
    }
    Phase overload;
    ServeOptions small = serve.withThreads(1).withQueue(1);
    try (ExtractServer server = ExtractServer.start(small, () -> extractor)) {
      server.awaitLoaded(Duration.ofMinutes(2));
      overload = overHttp("overload: 8 clients, 1 thread + queue 1", client,
          server.uri().resolve("/v1/extract"), jobs, eight, requests, limit);
    } finally {
      one.shutdownNow();
      two.shutdownNow();
      eight.shutdownNow();
    }
    phases.add(overload);

    System.out.printf("%-42s %9s %9s %10s %9s %9s %9s %6s %6s %6s%n", "phase", "requests",
        "req/s", "words/s", "p50 ms", "p99 ms", "CPU ms/req", "200", "503", "wrong");
    for (Phase p : phases) {
      System.out.printf(Locale.ROOT, "%-42s %9d %9.1f %10.0f %9.2f %9.2f %9.2f %6d %6d %6d%n",
          p.name, p.requests, p.perSecond(), p.wordsPerSecond(), p.percentileMs(0.5),
          p.percentileMs(0.99), p.cpuMsPerRequest(), p.ok, p.busy, p.wrong);
    }
    System.out.printf(Locale.ROOT, "ratios of CPU time per request: HTTP 1 client / in-process"
        + " 1 thread %.2f, HTTP 2 clients / in-process 2 threads %.2f, HTTP 8 clients /"
        + " in-process 2 threads %.2f%n",
        phases.get(2).cpuMsPerRequest() / base1.cpuMsPerRequest(),
        phases.get(3).cpuMsPerRequest() / base2.cpuMsPerRequest(),
        phases.get(4).cpuMsPerRequest() / base2.cpuMsPerRequest());
    System.out.printf(Locale.ROOT, "ratios to in-process throughput (requests/s):"
        + " HTTP 1 client / 1 thread %.2f, HTTP 2 clients / 2 threads %.2f,"
        + " HTTP 8 clients / 2 threads %.2f%n",
        phases.get(2).perSecond() / base1.perSecond(),
        phases.get(3).perSecond() / base2.perSecond(),
        phases.get(4).perSecond() / base2.perSecond());
    System.out.printf(Locale.ROOT, "ratios of p50 latency: HTTP 1 client / in-process 1 thread"
        + " %.2f%n", phases.get(2).percentileMs(0.5) / base1.percentileMs(0.5));
    boolean overloadOk = overload.wrong == 0 && overload.busy > 0
        && overload.ok + overload.busy == overload.requests;
    System.out.printf(Locale.ROOT, "overload: %d requests, %d answered 200, %d answered 503 with"
        + " Retry-After, %d lost or mixed up: %s%n", overload.requests, overload.ok, overload.busy,
        overload.wrong, overloadOk ? "OK" : "FAILED");
    boolean allOk = overloadOk;
    for (int i = 2; i < 5; i++) {
      allOk &= phases.get(i).wrong == 0 && phases.get(i).busy == 0;
    }
    System.out.printf(Locale.ROOT, "load average after: %.2f%n", loadAverage());
    if (!allOk) {
      System.out.println("FAILED: an answer was lost, wrong or refused where none should be");
      System.exit(1);
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static Phase inProcess(String name, Extractor extractor, List<AnnotatedDocument> docs,
      ExecutorService threads, int requests, Duration limit) throws Exception {
    return run(name, threads, requests, limit, i -> {
      AnnotatedDocument d = docs.get(i % docs.size());
      long t0 = System.nanoTime();
      extractor.extract(d.text(), d.published()).withDocument(d.name()).toJson();
      return new Answer(System.nanoTime() - t0, WordCount.of(d.text()), 200, true);
    });
  }

  private static Phase overHttp(String name, HttpClient client, URI uri, List<Job> jobs,
      ExecutorService clients, int requests, Duration limit) throws Exception {
    return run(name, clients, requests, limit, i -> {
      Job job = jobs.get(i % jobs.size());
      HttpRequest request = HttpRequest.newBuilder(uri)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(job.body, StandardCharsets.UTF_8)).build();
      long t0 = System.nanoTime();
      HttpResponse<String> r;
      try {
        r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        return new Answer(System.nanoTime() - t0, 0, -1, false);
      }
      long ns = System.nanoTime() - t0;
      if (r.statusCode() == 200) {
        // its own answer: the document is the request's id, the JSON the in-process one
        boolean own = r.body().equals(job.expected);
        return new Answer(ns, job.words, 200, own);
      }
      boolean busy = r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent();
      return new Answer(ns, 0, r.statusCode(), busy);
    });
  }

  private record Answer(long nanos, long words, int status, boolean right) {}

  @FunctionalInterface
  private interface Call {
    Answer call(int i) throws Exception;
  }

  /**
   * One loop on each thread of {@code pool} takes request numbers until {@code requests} or the
   * time limit.
   */
  private static Phase run(String name, ExecutorService pool, int requests, Duration limit,
      Call call) throws Exception {
    int workers = ((ThreadPoolExecutor) pool).getCorePoolSize();
    AtomicInteger next = new AtomicInteger();
    AtomicLong words = new AtomicLong();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger busy = new AtomicInteger();
    AtomicInteger wrong = new AtomicInteger();
    long[] latencies = new long[requests];
    long deadline = System.nanoTime() + limit.toNanos();
    long t0 = System.nanoTime();
    long cpu0 = processCpuNanos();
    List<Future<?>> loops = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      loops.add(pool.submit(() -> {
        int i;
        while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < requests) {
          Answer a = call.call(i);
          latencies[i] = a.nanos;
          if (a.status == 200 && a.right) {
            ok.incrementAndGet();
            words.addAndGet(a.words);
          } else if (a.status == 503 && a.right) {
            busy.incrementAndGet();
          } else {
            wrong.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : loops) {
      f.get();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
    int done = Math.min(next.get(), requests);
    long[] okLatencies = Arrays.copyOf(latencies, done);
    return new Phase(name, done, words.get(), seconds, cpuSeconds, okLatencies, ok.get(),
        busy.get(), wrong.get());
  }
}
