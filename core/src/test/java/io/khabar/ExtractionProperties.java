package io.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Invariants of the whole extraction over generated news-like and hostile strings. */
class ExtractionProperties {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 29);

  private static final String[] WORDS = {
    "قال", "أكد", "الرئيس", "السوري", "أحمد", "الشرع", "وبوتين", "لموسكو", "بالسويداء", "التقى",
    "زار", "دمشق", "أمس", "الخميس", "27", "يناير", "٢٠٢٦", "كانون", "الثاني", "اتفقا", "على",
    "مع", "بين", "و", "في", "إلى", "(أ.ف.ب)", "«", "»", "،", ".", "؟", "\n", "قسد", "ترمب",
    "العقوبات", "فرضت", "الولايات", "المتحدة", "عبر", "الهاتف", "لم", "سيزور", "الأسبوع", "المقبل",
    "Putin", "AFP", "https://x.org/a", "\u200F", "ـ", "\uD800", "\u0000", "\uFEFB", "وزير",
    "الخارجية", "الروسي", "لافروف", "نظيره", "التركي", "رسالة", "مساعدات", "غارة", "انسحاب"
  };

  @Provide
  Arbitrary<String> newsLike() {
    return Arbitraries.of(WORDS).list().ofMaxSize(80).map(ws -> String.join(" ", ws));
  }

  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.strings().ofMaxLength(300)),
        Tuple.of(2, Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(' ', '.', '\n')
            .ofMaxLength(300)),
        Tuple.of(1, Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMaxLength(20)));
  }

  @Property(tries = 300)
  void newsLikeTextKeepsTheContract(@ForAll("newsLike") String text) throws Exception {
    checkContract(text);
  }

  @Property(tries = 300)
  void anyStringKeepsTheContract(@ForAll("anything") String text) throws Exception {
    checkContract(text);
  }

  private static void checkContract(String text) throws Exception {
    Extraction x = ExtractorTest.EXTRACTOR.extract(text, PUBLISHED);
    JsonNode doc = JSON.readTree(x.toJson());
    Set<String> ids = new HashSet<>();
    for (JsonNode e : doc.get("entities")) {
      ids.add(e.get("id").asText());
      for (JsonNode m : e.get("mentions")) {
        checkSpan(text, m, true);
      }
    }
    Set<String> timexIds = new HashSet<>();
    for (JsonNode t : doc.get("timexes")) {
      timexIds.add(t.get("id").asText());
      checkSpan(text, t, true);
    }
    for (JsonNode v : doc.get("events")) {
      checkSpan(text, v.get("trigger"), true);
      checkSpan(text, v.get("sentence"), false);
      assertTrue(v.get("participants").size() > 0);
      for (JsonNode p : v.get("participants")) {
        assertTrue(ids.contains(p.get("entity").asText()), p.toString());
      }
      if (!v.get("place").isNull()) {
        assertTrue(ids.contains(v.get("place").asText()));
      }
      if (!v.get("timex").isNull()) {
        assertTrue(timexIds.contains(v.get("timex").asText()));
      }
    }
  }

  private static void checkSpan(String text, JsonNode span, boolean withText) {
    int start = span.get("start").asInt();
    int end = span.get("end").asInt();
    assertTrue(0 <= start && start <= end && end <= text.length(), span.toString());
    if (withText) {
      assertEquals(text.substring(start, end), span.get("text").asText());
    }
  }
}
