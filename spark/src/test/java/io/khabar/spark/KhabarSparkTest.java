package io.khabar.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.khabar.Extractor;
import io.khabar.testdata.SharedData;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dataset function in local mode ({@code local[2]}), against the extractor itself. */
class KhabarSparkTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void outputJsonEqualsTheExtractorsJsonDocumentForDocument() {
    List<Row> articles = LocalSpark.seedArticles(10); // 240 articles
    Map<String, Row> out = byId(KhabarSpark.extract(LocalSpark.dataset(articles, 8)));

    assertEquals(articles.size(), out.size());
    Extractor extractor = ExtractorHolder.get();
    for (Row a : articles) {
      Row r = out.get(a.getString(0));
      assertNull(r.getAs("error"), a.getString(0));
      assertEquals(LocalSpark.expectedJson(extractor, a.getString(0), a.getString(1),
          a.getString(2)), r.getAs("json"), a.getString(0));
    }
  }

  @Test
  void newsArticlesReadFromJsonLinesMatchTheCommandLinesJson(@TempDir Path dir)
      throws IOException {
    Optional<Path> ant = SharedData.find("data/news_ant/ant-news.jsonl.gz");
    Assumptions.assumeTrue(ant.isPresent(),
        "skipped: ../shared/data/news_ant/ant-news.jsonl.gz is absent (-Dkhabar.shared=...)");
    Path jsonl = dir.resolve("articles.jsonl");
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(ant.get())), StandardCharsets.UTF_8))) {
      for (String line; lines.size() < 200 && (line = r.readLine()) != null; ) {
        lines.add(line);
      }
    }
    Files.write(jsonl, lines, StandardCharsets.UTF_8);

    Dataset<Row> articles = KhabarSpark.readArticles(LocalSpark.session(), jsonl.toString(), null)
        .repartition(6);
    Map<String, Row> out = byId(KhabarSpark.extract(articles));

    assertEquals(lines.size(), out.size());
    Extractor extractor = ExtractorHolder.get();
    for (String line : lines) {
      var a = JSON.readTree(line);
      String id = a.get("id").asText();
      assertNull(out.get(id).getAs("error"), id);
      assertEquals(LocalSpark.expectedJson(extractor, id, a.get("text").asText(),
          a.get("published").asText()), out.get(id).getAs("json"), id);
    }
  }

  @Test
  void oneExtractorPerJvmHoweverManyPartitions() {
    Dataset<Row> articles = LocalSpark.dataset(LocalSpark.seedArticles(2), 17);
    assertEquals(48, KhabarSpark.extract(articles).where(col("error").isNull()).count());
    assertEquals(48, KhabarSpark.extract(articles.repartition(5)).count());
    assertEquals(1, ExtractorHolder.created());
  }

  @Test
  void aTaskCarriesItsOptionsNeverAnExtractor() throws IOException {
    ExtractorHolder.get();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ExtractPartition(1000));
    }
    assertTrue(bytes.size() < 200, "the task function serialises to " + bytes.size() + " bytes");
  }

  @Test
  void badRowsInThePartitionsMiddleBecomeErrorRowsAndTheOthersSucceed() {
    String ok = "التقى الرئيس السوري أحمد الشرع أمس في دمشق وزير الخارجية التركي هاكان فيدان.";
    String huge = "قال المتحدث إن المحادثات مستمرة. ".repeat(200); // 6,600 chars
    List<Row> rows = List.of(
        RowFactory.create("a", ok, "2026-01-29"),
        RowFactory.create("no-text", null, "2026-01-29"),
        RowFactory.create("b", ok, null),
        RowFactory.create("bad-date", ok, "2026-02-30"),
        RowFactory.create("c", ok, "2026-01-29"),
        RowFactory.create("huge", huge, "2026-01-29"),
        RowFactory.create("d", ok, "2025-12-31"));
    Dataset<Row> one = LocalSpark.session().createDataFrame(rows, LocalSpark.ARTICLES)
        .coalesce(1);
    Map<String, Row> out = byId(KhabarSpark.extract(one,
        ExtractionOptions.defaults().withMaxChars(5000)));

    assertEquals("missing \"text\" string", out.get("no-text").getAs("error"));
    assertEquals("published is not a date YYYY-MM-DD: \"2026-02-30\"",
        out.get("bad-date").getAs("error"));
    assertTrue(((String) out.get("huge").getAs("error"))
        .startsWith("DocumentTooLargeException: "), (String) out.get("huge").getAs("error"));
    for (String failed : List.of("no-text", "bad-date", "huge")) {
      assertNull(out.get(failed).getAs("json"));
      assertNull(out.get(failed).getAs("entities"));
    }
    Extractor extractor = ExtractorHolder.get();
    for (Row in : rows) {
      String id = in.getString(0);
      if (id.length() == 1) {
        assertNull(out.get(id).getAs("error"), id);
        assertEquals(LocalSpark.expectedJson(extractor, id, ok, in.getString(2)),
            out.get(id).getAs("json"));
      }
    }
  }

  @Test
  void jsonLinesHoldTheContractAndTheCommandLinesErrorRecord() throws IOException {
    List<Row> rows = List.of(
        RowFactory.create("a", "وصل وزير الخارجية الفرنسي إلى بيروت أمس.", "2026-01-29"),
        RowFactory.create("b", "خبر قصير.", "2026-13-01"));
    List<String> lines = KhabarSpark.toJsonLines(KhabarSpark.extract(
        LocalSpark.session().createDataFrame(rows, LocalSpark.ARTICLES).coalesce(1)))
        .collectAsList();
    assertEquals(LocalSpark.expectedJson(ExtractorHolder.get(), "a", rows.get(0).getString(1),
        "2026-01-29"), lines.get(0));
    var error = JSON.readTree(lines.get(1));
    assertEquals("b", error.get("document").asText());
    assertEquals("published is not a date YYYY-MM-DD: \"2026-13-01\"",
        error.get("error").asText());
  }

  @Test
  void columnNamesAreConfigurableAndDatesMayBeDates() {
    Dataset<Row> renamed = LocalSpark.dataset(LocalSpark.seedArticles(1), 3)
        .selectExpr("id AS doc_id", "text AS body", "CAST(published AS DATE) AS day");
    ExtractionOptions o = ExtractionOptions.defaults().withIdColumn("doc_id")
        .withTextColumn("body").withPublishedColumn("day");
    Map<String, Row> out = byId(KhabarSpark.extract(renamed, o));
    Extractor extractor = ExtractorHolder.get();
    for (Row a : LocalSpark.seedArticles(1)) {
      assertEquals(a.getString(2), out.get(a.getString(0)).getAs("published"));
      assertEquals(LocalSpark.expectedJson(extractor, a.getString(0), a.getString(1),
          a.getString(2)), out.get(a.getString(0)).getAs("json"));
    }
    assertThrows(IllegalArgumentException.class, () -> KhabarSpark.extract(renamed));
  }

  @Test
  void extractionAndJsonRunOnSparksJackson() {
    // the jackson-bom import makes Spark 3.5's Jackson the one on this module's class path
    assertEquals(2, PackageVersion.VERSION.getMajorVersion());
    assertEquals(15, PackageVersion.VERSION.getMinorVersion(),
        "khabar-spark's tests run on Spark 3.5's Jackson, not " + PackageVersion.VERSION);
  }

  private static Map<String, Row> byId(Dataset<Row> out) {
    Map<String, Row> byId = new HashMap<>();
    for (Row r : out.collectAsList()) {
      byId.put(r.getAs("id"), r);
    }
    return byId;
  }
}
