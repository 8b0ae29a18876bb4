package io.khabar.bench;

import io.khabar.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * Cold start: each fork is a fresh JVM that creates the default extractor once (knowledge base,
 * titles, lexicons, name-finder model), with no state set up before. {@code
 * loadDefaultExtractor} is the load alone; {@code loadAndExtractFirstArticle} adds the first
 * extraction of the bundled sample article (about 500 words), so a cost moved from the load to
 * the first call would show there. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar ExtractorLoadBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ExtractorLoadBenchmark {

  private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 29);

  private String article;

  /** Reads the article as bytes only: no khabar class is loaded before the measurement. */
  @Setup
  public void readArticle() {
    try (InputStream in = ExtractorLoadBenchmark.class.getResourceAsStream(
        "/io/khabar/sample/sample-article.txt")) {
      article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public Object loadDefaultExtractor() {
    return Extractor.createDefault();
  }

  @Benchmark
  public Object loadAndExtractFirstArticle() {
    return Extractor.createDefault().extract(article, PUBLISHED);
  }
}
