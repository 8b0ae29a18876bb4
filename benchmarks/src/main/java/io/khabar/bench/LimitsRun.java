package io.khabar.bench;

import io.khabar.Extraction;
import io.khabar.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Time and heap of one extraction on large and hostile inputs, to show that work grows linearly
 * with the input and to state the heap a given size needs. Run:
 * {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar io.khabar.bench.LimitsRun}.
 *
 * <p>Each input is extracted twice after a warm-up on the sample article; the second run is
 * reported. Peak heap is the sum of the heap pools' peak usage, reset before each run.
 */
public final class LimitsRun {

  private LimitsRun() {}

  public static void main(String[] args) throws IOException {
    String sample;
    try (InputStream in = LimitsRun.class.getResourceAsStream("/io/khabar/sample/sample-article.txt")) {
      sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    System.gc();
    long before = usedHeap();
    long loadStart = System.nanoTime();
    Extractor extractor = Extractor.createDefault();
    long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
    // the inputs go a little past the default maximum on purpose
    extractor = Extractor.builder().maxChars(64 << 20).build();
    System.gc();
    System.out.printf("default extractor: loaded in %d ms, retains %d MB of heap%n", loadMs,
        (usedHeap() - before) >> 20);
    LocalDate published = LocalDate.of(2026, 1, 29);
    for (int i = 0; i < 20; i++) {
      extractor.extract(sample, published);
    }
    Map<String, IntFunction<String>> inputs = new LinkedHashMap<>();
    inputs.put("news (sample article repeated)", n -> repeat(sample + "\n\n", n));
    inputs.put("one line, no spaces", n -> repeat("بوتين", n));
    inputs.put("the same name repeated", n -> repeat("قال بوتين ", n));
    inputs.put("nested quotes", n -> "«".repeat(n / 2) + "التقى بوتين الشرع" + "»".repeat(n / 2));
    int[] sizes = {1 << 20, 2 << 20, 5 << 20, 10 << 20};
    System.out.printf("max heap %d MB, %d processors%n",
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    System.out.printf("%-32s %10s %10s %10s %12s %10s%n", "input", "chars", "ms", "ns/char",
        "peak heap MB", "entities");
    for (Map.Entry<String, IntFunction<String>> e : inputs.entrySet()) {
      for (int size : sizes) {
        String text = e.getValue().apply(size);
        extractor.extract(text, published);
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        Extraction x = extractor.extract(text, published);
        long ns = System.nanoTime() - t0;
        System.out.printf("%-32s %10d %10d %10.1f %12d %10d%n", e.getKey(), text.length(),
            ns / 1_000_000, (double) ns / text.length(), peakHeap() >> 20, x.entities().size());
      }
    }
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static String repeat(String unit, int chars) {
    StringBuilder sb = new StringBuilder(chars + unit.length());
    while (sb.length() < chars) {
      sb.append(unit);
    }
    sb.setLength(chars);
    return sb.toString();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
