package io.khabar.bench;

import io.khabar.Extraction;
import io.khabar.Extractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;

/**
 * Whole extraction over the same 100 ANERcorp/AQMAR documents as {@code ExtractionBenchmark
 * -p corpus=anercorp}, timed in CPU time of the extracting thread rather than wall clock: on a
 * machine shared with other jobs, wall-clock JMH iterations swing by several times while the
 * thread's CPU time moves much less. Runs {@code passes} passes (default 14) and prints each
 * pass's CPU and wall time, then the least CPU time of the second half (after JIT warm-up).
 * Compare two builds by alternating JVMs of each:
 * {@code java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar io.khabar.bench.ExtractionCpuRun 14}.
 */
public final class ExtractionCpuRun {

  private ExtractionCpuRun() {}

  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 14;
    List<String> all = NewsCorpus.load(1).documents();
    List<String> documents = all.subList(0, Math.min(100, all.size()));
    Extractor extractor = Extractor.createDefault();
    LocalDate published = LocalDate.of(2026, 1, 29);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long least = Long.MAX_VALUE;
    for (int p = 0; p < passes; p++) {
      long wall = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      long n = 0;
      for (String d : documents) {
        Extraction x = extractor.extract(d, published);
        n += x.entities().size() + x.events().size() + x.timexes().size();
      }
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      wall = System.nanoTime() - wall;
      if (p >= passes / 2) {
        least = Math.min(least, cpu);
      }
      System.out.printf("pass %d: %d ms cpu, %d ms wall (%d results)%n", p, cpu / 1_000_000,
          wall / 1_000_000, n);
    }
    System.out.printf("least cpu of the last %d passes: %d ms (%d documents)%n",
        passes - passes / 2, least / 1_000_000, documents.size());
  }
}
