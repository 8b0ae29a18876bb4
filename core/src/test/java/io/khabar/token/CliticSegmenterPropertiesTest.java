package io.khabar.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CliticSegmenterPropertiesTest {

  private static final CliticSegmenter SEG = CliticSegmenter.loadDefault();

  @Provide
  Arbitrary<String> arabicWords() {
    // letters, harakat, tatweel, hamza forms, ligatures, zero-width and bidi marks
    return Arbitraries.strings()
        .withChars("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآؤئةى")
        .withChars("\u064E\u064F\u0650\u0651\u0652\u064B\u0640\uFEFB\uFDF2\u200F\u200C")
        .ofMinLength(0).ofMaxLength(14);
  }

  @Provide
  Arbitrary<String> anyStrings() {
    return Arbitraries.strings().all().ofMaxLength(60);
  }

  @Property(tries = 1500)
  void segmentsTileTheWordWithOneStem(@ForAll("arabicWords") String word) {
    checkTiling(word);
  }

  @Property(tries = 1000)
  void neverThrowsOnAnyString(@ForAll("anyStrings") String text) {
    checkTiling(text);
  }

  @Property(tries = 500)
  void segmentsASubrangeWithOffsetsIntoTheWholeText(@ForAll("arabicWords") String word) {
    String text = "قال " + word + " أمس";
    SegmentBuffer buf = new SegmentBuffer();
    SEG.segment(text.toCharArray(), 4, 4 + word.length(), buf);
    if (word.isEmpty()) {
      assertEquals(0, buf.size());
      return;
    }
    assertEquals(4, buf.start(0));
    assertEquals(4 + word.length(), buf.end(buf.size() - 1));
  }

  @Provide
  Arbitrary<String> cliticisedNewsWords() {
    Arbitrary<String> proclitics = Arbitraries.of("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب",
        "فل", "ال", "وال", "بال", "فال", "كال", "وبال");
    Arbitrary<String> stems = Arbitraries.of("قال", "رئيس", "وزارة", "حكومة", "موسكو", "بوتين",
        "زيارة", "اتفاق", "مدينة", "جيش", "شرطة", "انتخابات", "مجلس", "قرار", "عاصمة", "بيان",
        "لبنان", "بيروت", "فريق", "كتاب", "ليبيا", "بغداد", "فلسطين", "كندا", "سلام", "وزير");
    return net.jqwik.api.Combinators.combine(proclitics, stems).as(String::concat);
  }

  @Property(tries = 400)
  void stemOfASegmentedWordHasNoFurtherProclitic(@ForAll("cliticisedNewsWords") String word) {
    SegmentBuffer buf = new SegmentBuffer();
    SEG.segment(word.toCharArray(), 0, word.length(), buf);
    int si = buf.stemIndex();
    String stem = word.substring(buf.start(si), buf.end(si));
    SegmentBuffer again = new SegmentBuffer();
    SEG.segment(stem.toCharArray(), 0, stem.length(), again);
    for (int i = 0; i < again.stemIndex(); i++) {
      assertTrue(again.kind(i) == SegmentKind.ARTICLE,
          () -> "stem " + stem + " of " + word + " split again: " + again);
    }
  }

  private static void checkTiling(String word) {
    SegmentBuffer buf = new SegmentBuffer();
    SEG.segment(word.toCharArray(), 0, word.length(), buf);
    if (word.isEmpty()) {
      assertEquals(0, buf.size());
      assertEquals(-1, buf.stemIndex());
      return;
    }
    assertTrue(buf.size() >= 1 && buf.size() <= 5);
    int pos = 0;
    int stems = 0;
    for (int i = 0; i < buf.size(); i++) {
      assertEquals(pos, buf.start(i), () -> word + " " + buf);
      assertTrue(buf.end(i) > buf.start(i), () -> "empty segment in " + word + " " + buf);
      pos = buf.end(i);
      if (buf.kind(i) == SegmentKind.STEM) {
        stems++;
        assertEquals(i, buf.stemIndex());
      }
      if (i > 0) {
        assertTrue(buf.kind(i).ordinal() >= buf.kind(i - 1).ordinal()
            || buf.kind(i - 1) == SegmentKind.PREPOSITION && buf.kind(i) == SegmentKind.ARTICLE,
            () -> "out of order " + buf);
      }
    }
    assertEquals(word.length(), pos);
    assertEquals(1, stems);
  }
}
