package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Uses the bundled model; skipped while it has not been trained. */
class ArabicNameFinderTest {

  private static ArabicNameFinder finder;

  @BeforeAll
  static void load() throws Exception {
    if (ArabicNameFinder.defaultModelAvailable()) {
      finder = ArabicNameFinder.loadDefault();
    }
  }

  private static String[] tokens(String s) {
    return s.split(" ");
  }

  private static boolean has(List<NameSpan> names, int start, int end, String type) {
    return names.stream().anyMatch(n -> n.start() == start && n.end() == end
        && n.type().equals(type));
  }

  @Test
  void findsPersonAfterTitleAndPlaceAfterPreposition() {
    assumeTrue(finder != null, "bundled model io/khabar/models/ner-ar.bin not trained yet");
    String[] t = tokens("وقال الرئيس المصري حسني مبارك في القاهرة إن المحادثات كانت مثمرة .");
    List<NameSpan> names = finder.find(t);
    assertTrue(has(names, 3, 5, "PERS"), names.toString());
    assertTrue(has(names, 6, 7, "LOC"), names.toString());
  }

  @Test
  void findsCapitalsAndCountries() {
    assumeTrue(finder != null, "bundled model io/khabar/models/ner-ar.bin not trained yet");
    String[] t = tokens("وصل وزير الخارجية الفرنسي إلى دمشق قادما من بيروت في زيارة رسمية لسوريا .");
    List<NameSpan> names = finder.find(t);
    assertTrue(has(names, 5, 6, "LOC"), names.toString());
    assertTrue(has(names, 8, 9, "LOC"), names.toString());
  }

  @Test
  void findsOrganisation() {
    assumeTrue(finder != null, "bundled model io/khabar/models/ner-ar.bin not trained yet");
    String[] t = tokens("أعلنت الأمم المتحدة أمس أن المساعدات وصلت إلى غزة .");
    List<NameSpan> names = finder.find(t);
    assertTrue(has(names, 1, 3, "ORG"), names.toString());
  }

  @Test
  void spansStayInsideSentenceWithProbabilities() {
    assumeTrue(finder != null, "bundled model io/khabar/models/ner-ar.bin not trained yet");
    String[] t = tokens("التقى الملك عبد الله الثاني في عمان وفدا من الاتحاد الأوروبي");
    for (NameSpan n : finder.find(t)) {
      assertTrue(n.end() <= t.length);
      assertTrue(n.probability() > 0 && n.probability() <= 1.0, n.toString());
    }
  }

  @Test
  void emptyAndNullTokensAreHarmless() {
    assumeTrue(finder != null, "bundled model io/khabar/models/ner-ar.bin not trained yet");
    assertEquals(List.of(), finder.find(new String[0]));
    finder.find(new String[] {null, "", "\u200F", "بغداد"});
  }

  @Test
  void givesSameAnswersFromManyThreads() throws Exception {
    assumeTrue(finder != null, "bundled model io/khabar/models/ner-ar.bin not trained yet");
    String[] t = tokens("واستقبل الشيخ خليفة بن زايد في أبوظبي رئيس وزراء اليابان .");
    List<NameSpan> expected = finder.find(t);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<NameSpan>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(pool.submit(() -> finder.find(t)));
      }
      for (Future<List<NameSpan>> r : results) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Property(tries = 200)
  void neverThrowsAndKeepsSpansInBounds(@ForAll List<String> tokens) {
    if (finder == null) {
      return;
    }
    String[] t = tokens.toArray(new String[0]);
    for (NameSpan n : finder.find(t)) {
      assertTrue(n.start() >= 0 && n.end() <= t.length && n.start() < n.end());
    }
  }
}
