package io.khabar.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
  void segmentsEndingFarFromTheWordStartKeepTheirOffsets() {
    // hundreds of harakat after the conjunction: the later ends do not fit the packed eight bits
    for (int marks : new int[] {250, 254, 255, 300}) {
      String w = "و" + "\u064E".repeat(marks) + "الرئيس";
      SegmentBuffer buf = new SegmentBuffer();
      char[] c = ("  " + w).toCharArray();
      SEG.segment(c, 2, c.length, buf);
      assertEquals("[CONJUNCTION[2," + (marks + 3) + "), ARTICLE[" + (marks + 3) + "," + (marks + 5)
          + "), STEM[" + (marks + 5) + "," + (marks + 9) + ")]", buf.toString(), "marks " + marks);
      assertEquals(2, buf.stemIndex());
      assertSame(SEG, buf, w);
    }
  }

  @Test
  void compactWordsAndTheirLookAlikesKeepTheirOwnDecisions() {
    // a compact word (at most eight chars of U+0621–U+065F) is keyed by six bits a char: chars
    // just outside the range, or in other blocks with the same low bits, must not pass for it,
    // nor a shorter or longer word with the same first chars
    String[] words = {"وقال", "وقال\u0600", "\u0600وقال", "ولد", "ولد\u0620", "\u0620ولد",
        "ولد\u0660",
        "\u0748\u0642\u0627\u0644", "\u0722\u0642\u0627\u0644", "\u8622\u0642\u0627\u0644",
        "وﻗال", "لهم", "لهم\u0600\u0600", "بها", "بهاء", "للرئيس", "للرئيسين", "\u0621\u065F",
        "\u065F\u0621", "وبالمستشفي", "وبالمستشفى", "وبالمستش", "وبالمست", "ٱلرئيس", "\u0640لل"};
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

  /** Chars at and around the edges of the compact range, and look-alikes in other blocks. */
  @Provide
  Arbitrary<String> edgeWords() {
    return Arbitraries.strings()
        .withChars("\u0600\u061F\u0620\u0621\u0622\u0627\u0628\u0644\u0647\u0648\u064A"
            + "\u0640\u064B\u0652\u065F\u0660\u0661\u0671\u06A9\u06FF\u0521\u0727\u8621"
            + "\uFE8D\u0021\u200C")
        .ofMinLength(1).ofMaxLength(10);
  }

  @Property(tries = 2000)
  void memoisedSegmentsEqualScoredSegmentsAtTheEdgesOfTheCompactRange(
      @ForAll("edgeWords") String word, @ForAll("edgeWords") String before) {
    for (SegmentBuffer memo : new SegmentBuffer[] {SHARED, SHARED_SMALL}) {
      assertMemoEqualsScoring(word, before, memo);
    }
  }

  /** {@code word} after {@code before}, segmented through {@code memo} cold then warm. */
  private static void assertMemoEqualsScoring(String word, String before, SegmentBuffer memo) {
    String text = before + " " + word + " .";
    char[] c = text.toCharArray();
    int start = before.length() + 1;
    int end = start + word.length();
    String expected = reference(SEG, c, start, end);
    SEG.segment(c, start, end, memo);
    assertEquals(expected, memo.toString(), () -> "cold: " + word);
    SEG.segment(c, start, end, memo);
    assertEquals(expected, memo.toString(), () -> "warm: " + word);
  }

  /**
   * The memo as a map: whatever words it is given (compact or not, alone or followed by more
   * text) and however many distinct values, it answers a word with the value put for it or not
   * at all.
   */
  @Property(tries = 20)
  void theMemoAnswersAWordWithItsOwnValueOrNotAtAll(
      @ForAll("memoWords") List<String> words, @ForAll int seed) {
    SegmentMemo memo = new SegmentMemo(1_000);
    Object owner = new Object();
    for (int round = 0; round < 2; round++) {
      for (String w : words) {
        // alone, or with text after it: both ways of reading a word's first chars
        char[] text = ((round + w.length()) % 2 == 0 ? w + " والرئيس" : w).toCharArray();
        long value = valueOf(w, seed);
        int hash = memo.hash(text, 0, w.length());
        long known = memo.get(owner, text, 0, w.length(), hash);
        if (known == SegmentMemo.ABSENT) {
          memo.put(text, 0, w.length(), hash, value);
        } else {
          assertEquals(value, known, () -> "word " + w);
        }
      }
    }
    assertTrue(memo.size() <= 1_000 && memo.patternCount() <= SegmentMemo.MAX_PATTERNS);
  }

  @Provide
  Arbitrary<List<String>> memoWords() {
    return Arbitraries.strings()
        .withChars("\u0621\u0627\u0628\u0644\u0647\u0648\u064A\u065F\u0620\u0660\u0721")
        .ofMinLength(1).ofMaxLength(12)
        .list().ofMinSize(0).ofMaxSize(3_000);
  }

  @Test
  void aFullDictionaryStartsAfresh() {
    // more distinct values than the dictionary numbers, all for compact words
    String letters = "ابتثجحخدذرسشصضطظعغفقكلمنهوي";
    int n = letters.length();
    SegmentMemo memo = new SegmentMemo(SegmentMemo.MAX_WORDS);
    Object owner = new Object();
    int words = SegmentMemo.MAX_PATTERNS + 1000;
    for (int round = 0; round < 3; round++) {
      // rounds 0 and 1 put every word, the memo refilled whenever its dictionary is full;
      // round 2 finds the last words put, since the last refill
      for (int i = round < 2 ? 0 : words - 100; i < words; i++) {
        char[] text = {letters.charAt(i % n), letters.charAt(i / n % n),
            letters.charAt(i / (n * n) % n), ' ', ' ', ' ', ' ', ' '};
        String w = new String(text, 0, 3);
        int hash = memo.hash(text, 0, 3);
        long known = memo.get(owner, text, 0, 3, hash);
        if (known == SegmentMemo.ABSENT) {
          assertTrue(round < 2, () -> "lost " + w);
          memo.put(text, 0, 3, hash, valueOf(w, 0));
        } else {
          assertEquals(valueOf(w, 0), known, () -> "word " + w);
        }
      }
      assertEquals(memo.size(), memo.compactSize());
      assertTrue(memo.patternCount() <= memo.size());
    }
  }

  /** A value per word and seed, neither 0 nor ABSENT; most words have their own. */
  private static long valueOf(String word, int seed) {
    long h = (word.hashCode() * 0x9E3779B97F4A7C15L + seed) * 0xD6E8FEB86659FD93L;
    return (h ^ h >>> 29) & 0x0FFF_FFFF_FFFF_FFF0L | 1;
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
    for (SegmentBuffer memo : new SegmentBuffer[] {SHARED, SHARED_SMALL}) {
      assertMemoEqualsScoring(word, before, memo);
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
