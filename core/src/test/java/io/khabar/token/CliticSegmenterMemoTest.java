package io.khabar.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fast path (the {@link SegmentMemo} of a {@link SegmentBuffer}, and the early exit for words
 * that cannot carry a clitic) gives exactly the segments of scoring every analysis afresh
 * ({@code segmentExhaustively}), cold and warm, at any offset, through evictions, and per
 * segmenter.
 */
class CliticSegmenterMemoTest {

  private static final CliticSegmenter SEG = CliticSegmenter.loadDefault();

  private static final String[] PREFIXES = {"", "و", "ف", "ب", "ل", "ك", "س", "وب", "ول", "فل",
      "وس", "ال", "وال", "بال", "فال", "كال", "لل", "ولل", "وبال"};
  private static final String[] SUFFIXES = {"", "ه", "ها", "هم", "هما", "كم", "نا", "ي", "ك",
      "ني", "هن"};

  /** Scores every analysis afresh, no memo, no early exit: the reference decision. */
  private static String reference(CliticSegmenter seg, char[] text, int start, int end) {
    SegmentBuffer ref = new SegmentBuffer(0);
    seg.segmentExhaustively(text, start, end, ref);
    String exhaustive = ref.toString();
    seg.segment(text, start, end, ref); // no memo, early exit allowed
    assertEquals(exhaustive, ref.toString(), "early exit");
    return exhaustive;
  }

  private static void assertSame(CliticSegmenter seg, SegmentBuffer memo, String word) {
    char[] c = word.toCharArray();
    String expected = reference(seg, c, 0, c.length);
    seg.segment(c, 0, c.length, memo);
    assertEquals(expected, memo.toString(), () -> "cold: " + word);
    seg.segment(c, 0, c.length, memo);
    assertEquals(expected, memo.toString(), () -> "warm: " + word);
  }

  @Test
  void everyLexiconWordWithCliticsMatchesScoring() {
    StemLexicon lex = SEG.lexicon();
    SegmentBuffer big = new SegmentBuffer();
    SegmentBuffer small = new SegmentBuffer(500); // refilled again and again
    int checked = 0;
    for (int i = 0; i < lex.size(); i++) {
      String form = lex.form(i);
      for (String w : variants(form)) {
        assertSame(SEG, big, w);
        assertSame(SEG, small, w);
        checked++;
      }
      // clitic combinations on a sample of entries (all of them would take minutes)
      if (i % 7 == 0) {
        for (String p : PREFIXES) {
          for (String s : SUFFIXES) {
            String w = p + form + s;
            assertSame(SEG, big, w);
            assertSame(SEG, small, w);
            checked++;
          }
        }
      }
    }
    assertTrue(big.memo.size() > 0);
    assertTrue(small.memo.size() <= 500);
    assertTrue(checked > 100_000, "checked " + checked);
  }

  /** The lexicon's matching form and spellings that fold to it (ة ى أ, harakat, tatweel). */
  private static String[] variants(String form) {
    String taMarbuta = form.endsWith("ه") ? form.substring(0, form.length() - 1) + "ة" : form;
    String alefMaqsura = form.endsWith("ي") ? form.substring(0, form.length() - 1) + "ى" : form;
    String hamza = form.startsWith("ا") ? "أ" + form.substring(1) : form;
    String marked = form.length() > 1 ? form.charAt(0) + "\u064E\u0640" + form.substring(1) : form;
    return new String[] {form, taMarbuta, alefMaqsura, hamza, marked};
  }

  @Test
  void aWordAtAnotherOffsetGetsShiftedOffsets() {
    String text = "وقال الرئيس للصحفيين وقال الرئيس للصحفيين لـموسكو";
    char[] c = text.toCharArray();
    SegmentBuffer memo = new SegmentBuffer();
    for (int round = 0; round < 2; round++) {
      int start = 0;
      for (int i = 0; i <= c.length; i++) {
        if (i == c.length || c[i] == ' ') {
          String expected = reference(SEG, c, start, i);
          SEG.segment(c, start, i, memo);
          assertEquals(expected, memo.toString());
          start = i + 1;
        }
      }
    }
  }

  @Test
  void forgetsDecisionsOfAnotherSegmenter() {
    CliticSegmenter tiny = new CliticSegmenter(
        StemLexicon.of(Map.of("بنان", 1000, "موسكو", 1), Set.of()));
    CliticSegmenter other = new CliticSegmenter(SEG.lexicon(),
        SEG.weights().with("unseenPrep", 5.0).with("wa", -5.0));
    SegmentBuffer memo = new SegmentBuffer();
    for (int round = 0; round < 3; round++) {
      for (String w : new String[] {"لبنان", "لموسكو", "وزارته", "وبوتوماك", "بوتوماك"}) {
        assertSame(SEG, memo, w);
        assertSame(tiny, memo, w);
        assertSame(other, memo, w);
      }
    }
  }

  @Test
  void wordsLongerThanTheMemoKeyAreScoredEachTime() {
    String w = "و" + "ب".repeat(SegmentMemo.MAX_KEY + 5);
    SegmentBuffer memo = new SegmentBuffer();
    assertSame(SEG, memo, w);
    assertEquals(0, memo.memo.size());
    String marked = "وال" + "\u064E".repeat(SegmentMemo.MAX_KEY) + "رئيس";
    assertSame(SEG, memo, marked);
  }

  @Test
  void shortWordsThatShareTheirLowBytesKeepTheirOwnDecisions() {
    // a short all-Arabic word is keyed by its chars' low bytes and its length: U+0600 adds a
    // zero byte like the end of a shorter word, and other blocks share the low bytes
    String[] words = {"وقال", "وقال\u0600", "\u0600وقال", "ولد", "ولد\u0600", "\u0748\u0642\u0627\u0644",
        "وﻗال", "لهم", "لهم\u0600\u0600", "بها", "بهاء", "للرئيس", "للرئيسين"};
    SegmentBuffer memo = new SegmentBuffer();
    SegmentBuffer tiny = new SegmentBuffer(3); // refilled every few words
    for (int round = 0; round < 3; round++) {
      for (String w : words) {
        assertSame(SEG, memo, w);
        assertSame(SEG, tiny, w);
      }
    }
    assertTrue(memo.memo.compactSize() > 0 && memo.memo.compactSize() < memo.memo.size(),
        "both tables used: " + memo.memo.compactSize() + " of " + memo.memo.size());
    assertTrue(memo.memo.meanProbes() >= 1);
  }

  private static final SegmentBuffer SHARED_SMALL = new SegmentBuffer(64);
  private static final SegmentBuffer SHARED = new SegmentBuffer();

  @Provide
  Arbitrary<String> arabicWords() {
    Arbitrary<String> random = Arbitraries.strings()
        .withChars("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآؤئةىٱ")
        .withChars("\u064E\u064F\u0650\u0651\u0652\u064B\u0640\uFEFB\uFDF2\u200F\u200C")
        .ofMinLength(0).ofMaxLength(14);
    Arbitrary<String> built = Combinators.combine(Arbitraries.of(PREFIXES),
        Arbitraries.strings().withChars("ابتجحدرسعفقكلمنهويةىأ").ofMinLength(1).ofMaxLength(6),
        Arbitraries.of(SUFFIXES)).as((p, s, x) -> p + s + x);
    return Arbitraries.oneOf(random, built);
  }

  @Property(tries = 3000)
  void memoisedSegmentsEqualScoredSegments(@ForAll("arabicWords") String word,
      @ForAll("arabicWords") String before) {
    String text = before + " " + word + " .";
    char[] c = text.toCharArray();
    int start = before.length() + 1;
    int end = start + word.length();
    String expected = reference(SEG, c, start, end);
    for (SegmentBuffer memo : new SegmentBuffer[] {SHARED, SHARED_SMALL}) {
      SEG.segment(c, start, end, memo);
      assertEquals(expected, memo.toString(), () -> "cold: " + word);
      SEG.segment(c, start, end, memo);
      assertEquals(expected, memo.toString(), () -> "warm: " + word);
      // the same word alone, at offset 0
      char[] alone = word.toCharArray();
      String expectedAlone = reference(SEG, alone, 0, alone.length);
      SEG.segment(alone, 0, alone.length, memo);
      assertEquals(expectedAlone, memo.toString(), () -> "alone: " + word);
    }
  }

  @Property(tries = 500)
  void packingRoundTrips(@ForAll("arabicWords") String word) {
    char[] c = word.toCharArray();
    SegmentBuffer ref = new SegmentBuffer(0);
    SEG.segmentExhaustively(c, 0, c.length, ref);
    if (c.length == 0 || c.length > SegmentMemo.MAX_KEY) {
      return;
    }
    SegmentBuffer back = new SegmentBuffer(0);
    SegmentMemo.unpack(SegmentMemo.pack(ref, 0), 0, back.clear());
    assertEquals(ref.toString(), back.toString());
    assertEquals(ref.stemIndex(), back.stemIndex());
  }
}
