package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-token decoder against OpenNLP's NameFinderME on the bundled model. */
class NameDecoderTest {

  private static ArabicNameFinder fast;
  private static ArabicNameFinder openNlp;

  @BeforeAll
  static void load() throws Exception {
    if (ArabicNameFinder.defaultModelAvailable()) {
      fast = ArabicNameFinder.loadDefault();
      openNlp = fast.withOpenNlpDecoder();
    }
  }

  private static final List<String> SENTENCES = List.of(
      "وقال الرئيس المصري حسني مبارك في القاهرة إن المحادثات كانت مثمرة .",
      "وصل وزير الخارجية الفرنسي إلى دمشق قادما من بيروت في زيارة رسمية لسوريا .",
      "أعلنت الأمم المتحدة أمس أن المساعدات وصلت إلى غزة .",
      "التقى الملك عبد الله الثاني في عمان وفدا من الاتحاد الأوروبي",
      "وأكد المتحدث باسم وزارة الخارجية الأمريكية أن واشنطن تتابع الوضع في العراق عن كثب .");

  @Test
  void bundledModelIsDecodedPerToken() {
    assumeTrue(fast != null, "bundled model io/khabar/models/ner-ar.bin not trained yet");
    assertTrue(fast.fastDecoder());
    assertTrue(!openNlp.fastDecoder());
  }

  @Test
  void findsTheSameNamesAsNameFinderMe() {
    assumeTrue(fast != null, "bundled model io/khabar/models/ner-ar.bin not trained yet");
    for (String s : SENTENCES) {
      String[] t = s.split(" ");
      List<NameSpan> a = fast.find(t);
      List<NameSpan> b = openNlp.find(t);
      assertEquals(b.size(), a.size(), s);
      for (int i = 0; i < a.size(); i++) {
        assertEquals(b.get(i).start(), a.get(i).start(), s);
        assertEquals(b.get(i).end(), a.get(i).end(), s);
        assertEquals(b.get(i).type(), a.get(i).type(), s);
        assertEquals(b.get(i).probability(), a.get(i).probability(), 0.05, s);
      }
    }
  }

  @Property(tries = 200)
  void spansAreOrderedDisjointAndInside(@ForAll("sentences") List<String> words) {
    assumeTrue(fast != null, "bundled model io/khabar/models/ner-ar.bin not trained yet");
    String[] t = words.toArray(new String[0]);
    int last = 0;
    for (NameSpan n : fast.find(t)) {
      assertTrue(n.start() >= last && n.end() > n.start() && n.end() <= t.length, n.toString());
      assertTrue(n.probability() > 0 && n.probability() <= 1.0, n.toString());
      last = n.end();
    }
  }

  @Provide
  Arbitrary<List<String>> sentences() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.of("محمد", "الرئيس", "في", "بغداد", "وزير", "الخارجية", "شركة", "،", ".",
            "وقال", "الأمم", "المتحدة", "2007", "Reuters", "\u200F", ""),
        Arbitraries.strings().ofMinLength(0).ofMaxLength(6));
    return word.list().ofMinSize(0).ofMaxSize(30);
  }
}
