package io.khabar.spark;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point: reads articles, extracts them, writes nested Parquet
 * and/or the JSON contract, and prints a summary line. See {@link #USAGE}.
 *
 * <p>With both outputs, the Parquet is written first and the JSON lines are read from it, so
 * that no article is extracted twice. The exit code is 0 when every article was extracted, 1
 * when some became error rows, 2 for bad usage.
 */
public final class KhabarSparkJob {

  static final String USAGE = String.join("\n",
      "usage: spark-submit --class io.khabar.spark.KhabarSparkJob khabar-spark-VERSION-shaded.jar",
      "         --input PATH [--input-format json|parquet] [--parquet DIR] [--json DIR]",
      "         [--id-column NAME] [--text-column NAME] [--published-column NAME]",
      "         [--max-chars N] [--partitions N]",
      "  --input PATH           JSON Lines (also .gz/.bz2) or Parquet, a file, folder or glob",
      "  --input-format F       json or parquet (default: parquet for *.parquet, else json)",
      "  --parquet DIR          write one row per article, nested: id, published, entities,",
      "                         timexes, events, json, error",
      "  --json DIR             write the JSON contract, one line per article (failures as",
      "                         {\"document\", \"error\"}); at least one of --parquet, --json",
      "  --id-column NAME       the article id column (default id)",
      "  --text-column NAME     the text column (default text)",
      "  --published-column N   the publication date column, YYYY-MM-DD or a date (default",
      "                         published)",
      "  --max-chars N          longer texts become error rows (default 10485760)",
      "  --partitions N         repartition the input into N partitions first (default: as",
      "                         read, but at least the default parallelism)",
      "  outputs are overwritten; exit code 0 all extracted, 1 some failed, 2 bad usage");

  private KhabarSparkJob() {}

  public static void main(String[] args) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("khabar-spark: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("khabar-extract").getOrCreate();
    int code;
    try {
      code = run(spark, o);
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** Runs the job on {@code spark}; returns the exit code. */
  static int run(SparkSession spark, Options o) {
    Dataset<Row> articles = KhabarSpark.readArticles(spark, o.input, o.inputFormat);
    int partitions = o.partitions > 0 ? o.partitions
        : Math.max(articles.rdd().getNumPartitions(), spark.sparkContext().defaultParallelism());
    if (partitions != articles.rdd().getNumPartitions()) {
      articles = articles.repartition(partitions);
    }
    ExtractionOptions options = ExtractionOptions.defaults().withIdColumn(o.idColumn)
        .withTextColumn(o.textColumn).withPublishedColumn(o.publishedColumn)
        .withMaxChars(o.maxChars);
    long t0 = System.nanoTime();
    Dataset<Row> out = KhabarSpark.extract(articles, options);
    Dataset<Row> written;
    if (o.parquet != null) {
      out.write().mode(SaveMode.Overwrite).parquet(o.parquet);
      written = spark.read().parquet(o.parquet);
      if (o.json != null) {
        KhabarSpark.toJsonLines(written).write().mode(SaveMode.Overwrite).text(o.json);
      }
    } else {
      KhabarSpark.toJsonLines(out).write().mode(SaveMode.Overwrite).text(o.json);
      written = spark.read().schema("document STRING, error STRING").json(o.json)
          .withColumnRenamed("document", "id");
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long documents = written.count();
    long errors = written.where(col("error").isNotNull()).count();
    System.out.printf("khabar-spark: %d articles, %d errors, %.1f s, %.1f articles/s%n",
        documents, errors, seconds, documents / seconds);
    return errors == 0 ? 0 : 1;
  }

  /** The parsed command line. */
  static final class Options {
    String input;
    String inputFormat;
    String parquet;
    String json;
    String idColumn = "id";
    String textColumn = "text";
    String publishedColumn = "published";
    int maxChars = io.khabar.Extractor.DEFAULT_MAX_CHARS;
    int partitions;

    static Options parse(String[] args) {
      Options o = new Options();
      List<String> a = List.of(args);
      for (int i = 0; i < a.size(); i++) {
        String name = a.get(i);
        if (i + 1 >= a.size()) {
          throw new IllegalArgumentException(name + ": a value is missing");
        }
        String v = a.get(++i);
        switch (name) {
          case "--input" -> o.input = v;
          case "--input-format" -> o.inputFormat = v;
          case "--parquet" -> o.parquet = v;
          case "--json" -> o.json = v;
          case "--id-column" -> o.idColumn = v;
          case "--text-column" -> o.textColumn = v;
          case "--published-column" -> o.publishedColumn = v;
          case "--max-chars" -> o.maxChars = positive(name, v);
          case "--partitions" -> o.partitions = positive(name, v);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (o.input == null) {
        throw new IllegalArgumentException("--input is required");
      }
      if (o.parquet == null && o.json == null) {
        throw new IllegalArgumentException("give --parquet DIR, --json DIR or both");
      }
      return o;
    }

    private static int positive(String name, String v) {
      try {
        int n = Integer.parseInt(v);
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(name + ": not a positive number: " + v);
    }
  }
}
