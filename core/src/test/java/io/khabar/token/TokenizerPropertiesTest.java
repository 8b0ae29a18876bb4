package io.khabar.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.text.Span;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

class TokenizerPropertiesTest {

  private final Tokenizer tokenizer = Tokenizer.get();

  /** Chars that exercise every branch: Arabic, marks, digits, separators, surrogates, controls. */
  @Provide
  Arbitrary<String> nastyStrings() {
    Arbitrary<Character> interesting = Arbitraries.of(
        'ا', 'ب', 'أ', 'ف', 'د', 'ـ', '\u064E', '\u0651', '\u200C', '\u200F', '\u061C', 'a', 'Z',
        'é', 'w', '.', ',', ':', '/', '-', '@', '%', '٫', '٬', '٪', '١', '۴', '0', '9', ' ',
        '\u00A0', '\u2003', '\u3000', '\n', '\r', '\t', '\u0000', '\u001F', '«', '»', '"', '\'',
        '(', ')', '؟', '!', '?', '…', '،', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uE000',
        '$', '\u0378', '\uFFFF', '\uFEFB', 'ש', '中', '\u0301', '\uFE0F', '\u2028');
    Arbitrary<Character> any = Arbitraries.chars();
    Arbitrary<String> words = Arbitraries.of("https://", "www.", ".com", "...", "أ.ف.ب.", "U.S.",
        "e.g.", "@x.sy", "لـ«", "1,000.5", "2026-01-29", "😀", "د. ", "http://a.b/(c)");
    return Arbitraries.<String>oneOf(
        Arbitraries.just(""),
        Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, interesting.map(String::valueOf)),
                net.jqwik.api.Tuple.of(2, any.map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, words))
            .list().ofMaxSize(60).map(l -> String.join("", l)),
        Arbitraries.strings().ofMaxLength(200));
  }

  @Property(tries = 3000)
  void invariantsHoldForAnyString(@ForAll("nastyStrings") String s) {
    checkInvariants(s);
  }

  @Property(tries = 500)
  void invariantsHoldForArbitraryUnicode(@ForAll String s) {
    checkInvariants(s);
  }

  @Property(tries = 3000)
  void sentencesFromTheBoundaryCandidatesEqualThoseFromEveryToken(
      @ForAll("nastyStrings") String s) {
    assertSameSentencesAsVisitingEveryToken(s);
  }

  @Example
  void newsWithQuotesEllipsesAndLineBreaksSplitsAsVisitingEveryToken() {
    assertSameSentencesAsVisitingEveryToken("قال الرئيس: «سنواصل العمل...». ثم غادر القاعة!"
        + " وأضاف (...) أن الاجتماع انتهى؟! \nدمشق (أ.ف.ب) - أعلنت الوزارة… و الوفد وصل.\n\n"
        + "\"لا تعليق.\" قال المتحدث. د. محمد حضر… 3 وفود.");
  }

  private void assertSameSentencesAsVisitingEveryToken(String s) {
    char[] c = s.toCharArray();
    TokenBuffer b = new TokenBuffer();
    tokenizer.tokenize(c, 0, c.length, b);
    int[] fromCandidates = java.util.Arrays.copyOf(b.sentenceStarts, b.sentenceCount);
    SentenceSplitter.splitSentencesVisitingEveryToken(c, b);
    Assertions.assertArrayEquals(java.util.Arrays.copyOf(b.sentenceStarts, b.sentenceCount),
        fromCandidates, s);
  }

  @Property(tries = 300)
  void tokenizingASubrangeMatchesTokenizingTheSubstring(
      @ForAll("nastyStrings") String s, @ForAll int a, @ForAll int b) {
    int from = Math.floorMod(a, s.length() + 1);
    int to = from + Math.floorMod(b, s.length() - from + 1);
    TokenBuffer whole = new TokenBuffer();
    tokenizer.tokenize(s.toCharArray(), from, to, whole);
    TokenizedText sub = tokenizer.tokenize(s.substring(from, to));
    assertEquals(sub.tokens().size(), whole.size());
    for (int i = 0; i < whole.size(); i++) {
      assertEquals(sub.tokens().get(i).start() + from, whole.start(i));
      assertEquals(sub.tokens().get(i).end() + from, whole.end(i));
      assertEquals(sub.tokens().get(i).type(), whole.type(i));
    }
    assertEquals(sub.sentences().size(), whole.sentenceCount());
  }

  /** Arabic text with marks, tatweel, format chars and words longer than a run of bits. */
  @Provide
  Arbitrary<String> arabicRuns() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.of("ب", "ا", "ل", "م", "ة", "ﻻ")),
        net.jqwik.api.Tuple.of(2, Arbitraries.of("\u064E", "\u0651", "ـ", "\u200C", "\u200F",
            "\u0670")),
        net.jqwik.api.Tuple.of(4, Arbitraries.of(" ", "  ", "\n", "،", ".", "-", "a", "1", "«")),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(50, 140).map("ب"::repeat)));
    return piece.list().ofMaxSize(80).map(l -> String.join("", l));
  }

  /**
   * An Arabic word ends where a scan of its chars one by one ends (crossing format chars that
   * lie inside it), wherever the tokenised range starts: the tokeniser finds it in the bits of a
   * run of chars, 64 at a time.
   */
  @Property(tries = 1000)
  void arabicWordsEndWhereTheCharByCharScanEnds(@ForAll("arabicRuns") String s, @ForAll int a) {
    char[] c = s.toCharArray();
    int from = Math.floorMod(a, c.length + 1);
    TokenBuffer b = new TokenBuffer();
    tokenizer.tokenize(c, from, c.length, b);
    for (int t = 0; t < b.size(); t++) {
      if (CharClass.TABLE[c[b.start(t)]] != CharClass.AR_LETTER) {
        continue;
      }
      int j = scanArabic(c, b.start(t) + 1);
      byte next = j < c.length ? CharClass.TABLE[c[j]] : -1;
      if (next != CharClass.HYPHEN && next != CharClass.DOT) { // else compounds, abbreviations
        assertEquals(j, b.end(t), () -> "token at " + from + " in " + s);
        assertEquals(TokenType.ARABIC, b.type(t));
      }
    }
  }

  private static int scanArabic(char[] c, int j) {
    while (true) {
      while (j < c.length && continuesArabic(c[j])) {
        j++;
      }
      int k = j;
      while (k < c.length && CharClass.TABLE[c[k]] == CharClass.IGNORABLE) {
        k++;
      }
      if (k == j || k == c.length || !continuesArabic(c[k])) {
        return j;
      }
      j = k;
    }
  }

  private static boolean continuesArabic(char ch) {
    byte cls = CharClass.TABLE[ch];
    return cls == CharClass.AR_LETTER || cls == CharClass.AR_MARK || cls == CharClass.MARK
        || cls == CharClass.TATWEEL;
  }

  @Example
  void handlesAOneMegabyteSingleWord() {
    String word = "ب".repeat(1 << 20);
    TokenizedText t = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> tokenizer.tokenize(word));
    assertEquals(1, t.tokens().size());
    assertEquals(word.length(), t.tokens().get(0).end());
    checkInvariants(word);
  }

  /**
   * Repeated units that would make a back-tracking matcher quadratic; checked on the buffer. The
   * timeout only catches a hang: a quadratic pass over 1 MB takes many minutes, a linear one
   * milliseconds, so a minute leaves room for any load on a shared machine. Speed itself is
   * measured by TokenizerBenchmark, not here.
   */
  @Example
  void staysLinearOnOneMegabyteOfRepeatedUnits() {
    for (String unit : List.of(".", "1.", "a.", "a-", "ab.", "abc.", "a.b", "x_", "x.y@",
        "https://x.co/", "x@", "J. ", "لـ«", "\uD83D", "1-", "أ.", "و... ")) {
      char[] text = unit.repeat((1 << 20) / unit.length()).toCharArray();
      TokenBuffer b = new TokenBuffer();
      Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
          () -> tokenizer.tokenize(text, 0, text.length, b), unit);
      int prevEnd = 0;
      for (int i = 0; i < b.size(); i++) {
        assertTrue(b.start(i) >= prevEnd && b.end(i) > b.start(i) && b.end(i) <= text.length, unit);
        prevEnd = b.end(i);
      }
      int covered = 0;
      for (int s = 0; s < b.sentenceCount(); s++) {
        assertEquals(covered, b.sentenceStart(s), unit);
        assertTrue(b.sentenceEnd(s) > b.sentenceStart(s), unit);
        covered = b.sentenceEnd(s);
      }
      assertEquals(b.size(), covered, unit);
    }
  }

  private void checkInvariants(String s) {
    TokenizedText t = tokenizer.tokenize(s);
    int prevEnd = 0;
    for (Token token : t.tokens()) {
      assertTrue(token.start() >= prevEnd, "ordered, non-overlapping");
      assertTrue(token.end() > token.start(), "non-empty");
      assertTrue(token.end() <= s.length(), "in bounds");
      assertEquals(s.substring(token.start(), token.end()), token.text());
      assertFalse(token.text().isBlank(), "not whitespace-only");
      assertFalse(token.text().chars().allMatch(c -> Character.isWhitespace(c)
          || Character.getType(c) == Character.FORMAT || Character.isISOControl(c)),
          () -> "no token of only whitespace/format/control chars: " + token);
      prevEnd = token.end();
    }
    List<Span> sentences = t.sentences();
    if (t.tokens().isEmpty()) {
      assertTrue(sentences.isEmpty());
      return;
    }
    int covered = 0;
    int prevSentenceEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Span sp = sentences.get(i);
      assertTrue(sp.start() >= prevSentenceEnd, "sentences ordered, non-overlapping");
      List<Token> tokens = t.sentenceTokens(i);
      assertFalse(tokens.isEmpty(), "no empty sentence");
      assertEquals(sp.start(), tokens.get(0).start());
      assertEquals(sp.end(), tokens.get(tokens.size() - 1).end());
      assertEquals(t.tokens().get(covered), tokens.get(0), "sentences contiguous");
      covered += tokens.size();
      prevSentenceEnd = sp.end();
    }
    assertEquals(t.tokens().size(), covered, "sentences cover every token exactly once");
  }
}
