package io.khabar.spark;

import io.khabar.Extraction;
import io.khabar.Extractor;
import io.khabar.testdata.AnnotatedDocument;
import io.khabar.testdata.AnnotatedDocuments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The tests' Spark: one local session for the whole test JVM ({@code local[2]}, bound to
 * 127.0.0.1, no web UI), and articles to feed it. Spark stops it at JVM exit.
 */
final class LocalSpark {

  static final StructType ARTICLES = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("published", DataTypes.StringType, true)));

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .appName("khabar-spark-tests")
          .master("local[2]")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();
    }
    return session;
  }

  /** khabar's own annotated articles, {@code copies} times each under ids {@code name#k}. */
  static List<Row> seedArticles(int copies) {
    List<Row> rows = new ArrayList<>();
    List<AnnotatedDocument> docs = AnnotatedDocuments.load();
    for (int k = 0; k < copies; k++) {
      for (AnnotatedDocument d : docs) {
        rows.add(RowFactory.create(d.name() + "#" + k, d.text(),
            d.published() == null ? null : d.published().toString()));
      }
    }
    return rows;
  }

  static Dataset<Row> dataset(List<Row> rows, int partitions) {
    return session().createDataFrame(rows, ARTICLES).repartition(partitions);
  }

  /** What the command line writes for one JSONL article: the extraction named by its id. */
  static String expectedJson(Extractor extractor, String id, String text, String published) {
    Extraction x = extractor.extract(text, published == null ? null : LocalDate.parse(published));
    return (id == null ? x : x.withDocument(id)).toJson();
  }
}
