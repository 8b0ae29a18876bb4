package io.khabar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.khabar.Extraction;
import io.khabar.Extractor;
import io.khabar.testdata.AnnotatedDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every extraction of real articles matches the published contract, {@code
 * docs/extraction.schema.json}: our 24 annotated articles always, the shared seed set when
 * {@code ../shared} is there. A field or value the code emits that the schema (and so
 * {@code docs/extraction-json.md}) does not describe fails here.
 */
class ExtractionSchemaTest {

  private static Extractor extractor;
  private static Schema schema;

  @BeforeAll
  static void load() throws IOException {
    extractor = Extractor.createDefault();
    String text = Files.readString(Path.of("../docs/extraction.schema.json"));
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(text, InputFormat.JSON);
  }

  private static List<String> violations(List<ExtractionEval.GoldDocument> docs) {
    List<String> wrong = new ArrayList<>();
    for (ExtractionEval.GoldDocument d : docs) {
      String published = d.gold().path("published").asText("");
      Extraction x = extractor.extract(d.text(),
          published.isEmpty() ? null : LocalDate.parse(published)).withDocument(d.name());
      for (Error e : schema.validate(x.toJson(), InputFormat.JSON)) {
        wrong.add(d.name() + ": " + e);
      }
    }
    return wrong;
  }

  @Test
  void everyExtractionOfOurAnnotatedArticlesMatchesTheSchema() {
    List<ExtractionEval.GoldDocument> own = ExtractionEval.ownDocuments();
    assertEquals(24, own.size());
    assertEquals(List.of(), violations(own));
  }

  @Test
  void everyExtractionOfTheSeedSetMatchesTheSchema() {
    List<ExtractionEval.GoldDocument> seed =
        ExtractionEval.seedDocuments(AnnotatedDocuments.sharedDir());
    Assumptions.assumeFalse(seed.isEmpty(),
        "needs ../shared/gold and ../shared/corpus/seed (set -Dkhabar.shared=...)");
    assertEquals(List.of(), violations(seed));
    assertTrue(seed.size() >= 1);
  }
}
