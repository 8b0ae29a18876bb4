package io.khabar.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * khabar as a function over a {@code Dataset<Row>}: articles in, one row per article out, with
 * the extraction as nested columns and as the JSON contract, or an error.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().json("articles.jsonl");      // id, text, published
 * Dataset<Row> out = KhabarSpark.extract(articles);
 * out.write().parquet("extractions.parquet");                       // nested schema
 * KhabarSpark.toJsonLines(out).write().text("extractions-json");    // the JSON contract
 * }</pre>
 *
 * <p>Each executor JVM loads one extractor, the first time one of its tasks needs it, and its
 * tasks share it; nothing of it is serialised with a task. Output columns ({@link #outputSchema()}):
 * {@code id} and {@code published} as read (strings), {@code entities} (with {@code mentions}),
 * {@code timexes}, {@code events} (with {@code trigger}, {@code participants}, {@code sentence}),
 * field for field as in the JSON contract, {@code json} (exactly {@code Extraction#toJson()} of
 * the article, {@code document} set to its id) and {@code error}. A failed article (null text,
 * impossible date, over the size limit, or any exception) has {@code error} set, the rest null,
 * and the job goes on. Rows keep the input's partitioning and order within a partition.
 *
 * <p>The API uses only Spark and JDK types, so the relocated libraries of the shaded jar never
 * reach the caller's code.
 */
public final class KhabarSpark {

  private KhabarSpark() {}

  /** The columns of {@link #extract}'s result. */
  public static StructType outputSchema() {
    return ExtractionRows.SCHEMA;
  }

  /** {@link #extract(Dataset, ExtractionOptions)} with columns {@code id, text, published}. */
  public static Dataset<Row> extract(Dataset<Row> articles) {
    return extract(articles, ExtractionOptions.defaults());
  }

  /**
   * Extracts every article, lazily as Spark transformations do.
   *
   * @param articles rows with a text column (string), and optionally an id column (any type,
   *     cast to a string) and a publication-date column ({@code YYYY-MM-DD} string, date or
   *     timestamp); a missing id or date column reads as null
   * @throws IllegalArgumentException if the text column is missing
   */
  public static Dataset<Row> extract(Dataset<Row> articles, ExtractionOptions options) {
    if (!hasColumn(articles, options.textColumn())) {
      throw new IllegalArgumentException("no text column \"" + options.textColumn()
          + "\" among " + Arrays.toString(articles.columns()));
    }
    Dataset<Row> input = articles.select(
        stringColumn(articles, options.idColumn()).as("id"),
        articles.col(options.textColumn()).cast(DataTypes.StringType).as("text"),
        dateColumn(articles, options.publishedColumn()).as("published"));
    Dataset<Row> flat = input.mapPartitions(new ExtractPartition(options.maxChars()),
        Encoders.row(ExtractionRows.FLAT));
    Column nested = from_json(col("json"), ExtractionRows.CONTRACT);
    return flat.select(col("id"), col("published"), nested.as("x"), col("json"), col("error"))
        .select(col("id"), col("published"), col("x.entities").as("entities"),
            col("x.timexes").as("timexes"), col("x.events").as("events"), col("json"),
            col("error"));
  }

  /**
   * The JSON contract, one line per article: {@code json} for an extraction, and for a failed
   * article the command line's error record {@code {"document", "error"}}.
   */
  public static Dataset<String> toJsonLines(Dataset<Row> extracted) {
    Column errorRecord = to_json(struct(col("id").as("document"), col("error")));
    return extracted.select(when(col("error").isNull(), col("json")).otherwise(errorRecord))
        .as(Encoders.STRING());
  }

  /**
   * Reads articles from JSON Lines or Parquet ({@code format} {@code json} or {@code parquet}; a
   * null format means parquet for a path ending in {@code .parquet}, else JSON). JSON Lines may
   * be compressed ({@code .gz}, {@code .bz2}).
   */
  public static Dataset<Row> readArticles(SparkSession spark, String path, String format) {
    String f = format != null ? format.toLowerCase(Locale.ROOT)
        : path.toLowerCase(Locale.ROOT).endsWith(".parquet") ? "parquet" : "json";
    return switch (f) {
      case "parquet" -> spark.read().parquet(path);
      case "json", "jsonl" -> spark.read().json(path);
      default -> throw new IllegalArgumentException("format json or parquet, not " + format);
    };
  }

  private static boolean hasColumn(Dataset<Row> ds, String name) {
    return Arrays.asList(ds.columns()).contains(name);
  }

  private static Column stringColumn(Dataset<Row> ds, String name) {
    return hasColumn(ds, name) ? ds.col(name).cast(DataTypes.StringType)
        : lit(null).cast(DataTypes.StringType);
  }

  /** A date or timestamp as its day {@code YYYY-MM-DD}; anything else as a string to parse. */
  private static Column dateColumn(Dataset<Row> ds, String name) {
    if (!hasColumn(ds, name)) {
      return lit(null).cast(DataTypes.StringType);
    }
    DataType type = ds.schema().apply(name).dataType();
    return type.equals(DataTypes.DateType) || type.equals(DataTypes.TimestampType)
        ? date_format(ds.col(name), "yyyy-MM-dd")
        : ds.col(name).cast(DataTypes.StringType);
  }
}
