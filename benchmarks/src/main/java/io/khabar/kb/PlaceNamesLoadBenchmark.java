package io.khabar.kb;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The place-name index's share of a cold start, in the same session: each fork is a fresh JVM
 * that loads the bundled knowledge base first (set-up, not measured) and then gets {@link
 * PlaceNames} once, either from the index packed at build time ({@code packed}, what the
 * extractor does) or computed from {@code place-names.tsv} and the knowledge base's places as
 * before it was packed ({@code computed}). In package {@code io.khabar.kb} to reach the
 * computing path, which is not public. Run: {@code java -jar benchmarks/target/benchmarks.jar
 * PlaceNamesLoadBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 8, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class PlaceNamesLoadBenchmark {

  private KnowledgeBase kb;

  @Setup
  public void loadKnowledgeBase() {
    kb = KnowledgeBase.loadDefault();
  }

  @Benchmark
  public Object packed() {
    return PlaceNames.of(kb);
  }

  @Benchmark
  public Object computed() {
    return PlaceNames.of(kb, PlaceNames.Table.BUNDLED);
  }
}
