package io.khabar.spark;

import io.khabar.testdata.SharedData;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;

/**
 * Throughput runner (not a test): articles/s of the Spark job in local mode with 1 and 2 cores
 * against the single-JVM command line ({@code khabar-cli.jar extract --threads 1|2 --jsonl}) on
 * the same input in the same run, interleaved (CLI 1, Spark 1, CLI 2, Spark 2) so that a change
 * of machine load hits both sides alike; and the extractor's start-up in a fresh JVM, which is
 * what each executor pays once.
 *
 * <p>Input: the first {@code --articles} (default 10,000) articles of
 * {@code ../shared/data/news_ant/ant-news.jsonl.gz}, written uncompressed to {@code --work}.
 * Both sides write JSON Lines there. Spark's figure is the job's wall time from reading the input
 * to the written output (session and extractor already up, reported apart); the command line's
 * is its own summary's (after its models are loaded) and its wall time, JVM start included.
 *
 * <p>Run: {@code mvn -B -pl spark -am verify -DskipTests -Pspark-throughput
 * -Dthroughput.args="--cli $PWD/core/target/khabar-cli.jar"} (see README).
 */
public final class SparkThroughput {

  private SparkThroughput() {}

  public static void main(String[] args) throws Exception {
    int articles = 10_000;
    int partitions = 16;
    String cli = null;
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "khabar-spark-throughput");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[i + 1]);
        case "--partitions" -> partitions = Integer.parseInt(args[i + 1]);
        case "--cli" -> cli = args[i + 1];
        case "--work" -> work = Path.of(args[i + 1]);
        default -> { } // --shared PATH is read by SharedData
      }
    }
    Path ant = SharedData.find("data/news_ant/ant-news.jsonl.gz", args).orElseThrow(
        () -> new IllegalStateException("no data/news_ant/ant-news.jsonl.gz in the shared folder"));
    Files.createDirectories(work);
    Path input = work.resolve("in.jsonl");
    writeInput(ant, input, articles);
    System.out.printf(Locale.ROOT, "input: %d articles, %.1f MB%n", articles,
        Files.size(input) / 1e6);

    long t0 = System.nanoTime();
    ExtractorHolder.get();
    System.out.printf(Locale.ROOT, "extractor start-up in a fresh JVM: %.2f s (wall %.2f s)%n",
        ExtractorHolder.startupNanos() / 1e9, (System.nanoTime() - t0) / 1e9);

    for (int cores = 1; cores <= 2; cores++) {
      if (cli != null) {
        runCli(cli, cores, input, work.resolve("cli-" + cores + ".jsonl"));
      }
      long s0 = System.nanoTime();
      SparkSession spark = SparkSession.builder().appName("khabar-throughput")
          .master("local[" + cores + "]")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.ui.enabled", "false")
          .getOrCreate();
      System.out.printf(Locale.ROOT, "spark local[%d]: session up in %.2f s; ", cores,
          (System.nanoTime() - s0) / 1e9);
      KhabarSparkJob.run(spark, KhabarSparkJob.Options.parse(new String[] {
          "--input", input.toString(), "--json", work.resolve("spark-" + cores).toString(),
          "--partitions", Integer.toString(partitions)}));
      spark.stop();
    }
  }

  private static void runCli(String jar, int threads, Path input, Path out)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
        "extract", "--threads", Integer.toString(threads), "--no-progress",
        "--jsonl", input.toString(), "--out", out.toString()));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    int code = p.waitFor();
    System.out.printf(Locale.ROOT, "cli --threads %d: wall %.1f s (exit %d); %s%n", threads,
        (System.nanoTime() - t0) / 1e9, code, output);
  }

  private static void writeInput(Path gz, Path out, int articles) throws IOException {
    int n = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8));
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String line; n < articles && (line = r.readLine()) != null; n++) {
        w.write(line);
        w.newLine();
      }
    }
  }
}
