package io.khabar.bench;

import io.khabar.Extractor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: each fork is a fresh JVM that creates the default extractor once (knowledge base,
 * titles, lexicons, name-finder model), with no state set up before. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar ExtractorLoadBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ExtractorLoadBenchmark {

  @Benchmark
  public Object loadDefaultExtractor() {
    return Extractor.createDefault();
  }
}
