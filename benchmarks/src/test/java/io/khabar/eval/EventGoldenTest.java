package io.khabar.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extractor;
import io.khabar.testdata.AnnotatedDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the whole extraction JSON of the seed corpus, our own 24 articles and a few sentences
 * written for this test, so that a refactoring of the event stage shows any change at all. The
 * expected files are {@code src/test/resources/io/khabar/eval/golden/NAME.json}; run with
 * {@code -Dkhabar.golden.update=true} to rewrite them after a change meant to alter output (and
 * read the diff before committing it).
 */
class EventGoldenTest {

  private static final String DIR = "/io/khabar/eval/golden/";
  private static final Path SOURCE_DIR = Path.of("src/test/resources/io/khabar/eval/golden");
  private static final boolean UPDATE = Boolean.getBoolean("khabar.golden.update");
  private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

  /** Sentences written for this test: one per rule the event stage applies. */
  private static final List<String> SENTENCES = List.of(
      "التقى الرئيس السوري أحمد الشرع نظيره الروسي فلاديمير بوتين في موسكو أمس الأربعاء.",
      "وقال وزير الخارجية الأمريكي ماركو روبيو في تصريحات لشبكة سي إن إن إن بلاده ستفرض عقوبات جديدة.",
      "وقع انفجار في العاصمة بغداد، ولم يحصل أي هجوم على السفارة الأمريكية.",
      "يحث تنظيم داعش أتباعه على شن هجمات في أوروبا.",
      "وأكد المتحدث باسم الكرملين دميتري بيسكوف أن موسكو مستعدة لوقف إطلاق النار.",
      "يصل إجمالي المساعدات المقدمة إلى سوريا إلى ملياري دولار.",
      "زار الرئيس الفرنسي إيمانويل ماكرون لبنان يوم الجمعة والتقى الرئيس جوزاف عون في بيروت.",
      "ويخشى مسؤولون من هجوم إسرائيلي على إيران إذا فشلت المفاوضات.",
      "قال مستشار الرئيس الأمريكي دونالد ترامب للأمن القومي، جون بولتون، إن واشنطن لن تنسحب من سوريا.",
      "وأعلن التحالف الدولي لقتال داعش أن قواته انسحبت من قاعدة التنف.");

  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.createDefault();
  }

  @Test
  void ownArticlesGiveTheSameJson() throws IOException {
    List<String> diffs = new ArrayList<>();
    for (ExtractionEval.GoldDocument d : ExtractionEval.ownDocuments()) {
      check(d.name(), extract(d.text(), d.gold().path("published").asText(null)), diffs);
    }
    assertTrue(diffs.isEmpty(), "changed: " + diffs);
  }

  @Test
  void seedCorpusGivesTheSameJson() throws IOException {
    List<ExtractionEval.GoldDocument> seed =
        ExtractionEval.seedDocuments(AnnotatedDocuments.sharedDir());
    Assumptions.assumeFalse(seed.isEmpty(),
        "needs ../shared/gold and ../shared/corpus/seed (set -Dkhabar.shared=...)");
    List<String> diffs = new ArrayList<>();
    for (ExtractionEval.GoldDocument d : seed) {
      check(d.name(), extract(d.text(), d.gold().path("published").asText(null)), diffs);
    }
    assertTrue(diffs.isEmpty(), "changed: " + diffs);
  }

  @Test
  void writtenSentencesGiveTheSameJson() throws IOException {
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < SENTENCES.size(); i++) {
      check(String.format("sentence-%02d", i + 1),
          extractor.extract(SENTENCES.get(i), PUBLISHED).toPrettyJson(), diffs);
    }
    assertTrue(diffs.isEmpty(), "changed: " + diffs);
  }

  private static String extract(String text, String published) {
    return extractor.extract(text, published == null ? null : LocalDate.parse(published))
        .toPrettyJson();
  }

  private static void check(String name, String json, List<String> diffs) throws IOException {
    if (UPDATE) {
      Files.createDirectories(SOURCE_DIR);
      Files.writeString(SOURCE_DIR.resolve(name + ".json"), json, StandardCharsets.UTF_8);
      return;
    }
    try (InputStream in = EventGoldenTest.class.getResourceAsStream(DIR + name + ".json")) {
      if (in == null) {
        diffs.add(name + " (no golden file; run with -Dkhabar.golden.update=true)");
        return;
      }
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!expected.equals(json)) {
        diffs.add(name + " at char " + firstDifference(expected, json));
      }
    }
  }

  private static int firstDifference(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return n;
  }
}
