package io.khabar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.text.Span;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TimexRecognizerPropertiesTest {

  private static final TimexRecognizer RECOGNIZER = TimexRecognizer.create();

  /** Pieces of real time expressions, glued with noise, so that the grammar is exercised. */
  private static final List<String> PIECES = List.of(
      "يوم", "أمس", "الأربعاء", "28", "يناير", "كانون", "الثاني", "٢٠٢٦", "/", "(", ")", "مارس",
      "آذار", "عام", "1436", "هـ", "رمضان", "15", "بين", "عامي", "و2020", "من", "إلى", "-",
      "خلال", "يوماً", "منذ", "ثلاث", "سنوات", "الأسبوع", "الماضي", "المقبل", "مطلع", "أواخر",
      "خريف", "الشتاء", "القرن", "الربع", "النصف", "الأسبوعين", "الماضيين", "العشرين", "سيزور", "الخميس", "الأول", "عشر", "مساء", "اليوم",
      "كل", "جمعة", "ساعتين", "لعدة", "ساعات", ".", "؟", "\n", " ", "  ", "\u064B", "\u0640",
      "\u200F", "\uD83D", "\uDE00", "\u0000", "abc", "31", "فبراير", "2025", "9999999999");

  @Provide
  Arbitrary<String> timeLikeText() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> sep = Arbitraries.of(" ", "", "  ", "\u064E", "\u200F");
    return Combinators.combine(piece, sep).as((p, s) -> p + s).list().ofMaxSize(30)
        .map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.oneOf(Arbitraries.just(null),
        Arbitraries.integers().between(-3000, 3000).map(d -> LocalDate.of(2026, 1, 29).plusDays(d)));
  }

  private static void assertWellFormed(String text, List<Timex> found) {
    int previousEnd = 0;
    for (Timex t : found) {
      Span s = t.span();
      assertTrue(s.start() >= previousEnd, () -> "overlap or unsorted: " + found);
      assertTrue(s.end() <= text.length() && s.start() < s.end());
      assertEquals(text.substring(s.start(), s.end()), t.text());
      previousEnd = s.end();
    }
  }

  /** Any UTF-16 units, lone surrogates and control chars included, biased to Arabic and digits. */
  @Provide
  Arbitrary<String> anyUtf16() {
    return Arbitraries.strings()
        .withCharRange('\u0000', '\uFFFF')
        .withCharRange('\u0600', '\u06FF')
        .withCharRange('0', '9')
        .withChars(' ', '/', '(', ')', '.', '\n', '\uD800', '\uDFFF', '\u200F', '\u0640')
        .ofMaxLength(300);
  }

  @Property(tries = 400)
  void neverThrowsOnAnyString(@ForAll String text, @ForAll("dates") LocalDate published) {
    assertWellFormed(text, RECOGNIZER.find(text, published));
  }

  @Property(tries = 400)
  void neverThrowsOnAnyUtf16(@ForAll("anyUtf16") String text, @ForAll("dates") LocalDate published) {
    assertWellFormed(text, RECOGNIZER.find(text, published));
  }

  @Property(tries = 600)
  void spansAreInBoundsSortedAndNonOverlapping(@ForAll("timeLikeText") String text,
      @ForAll("dates") LocalDate published) {
    assertWellFormed(text, RECOGNIZER.find(text, published));
  }

  @Property(tries = 200)
  void toleratesArbitrarySentenceSpans(@ForAll("timeLikeText") String text,
      @ForAll List<@net.jqwik.api.constraints.IntRange(min = 0, max = 400) Integer> cuts) {
    List<Span> sentences = new java.util.ArrayList<>();
    for (int k = 0; k + 1 < cuts.size(); k += 2) {
      int a = Math.min(cuts.get(k), cuts.get(k + 1));
      int b = Math.max(cuts.get(k), cuts.get(k + 1));
      sentences.add(new Span(a, b));
    }
    assertWellFormed(text, RECOGNIZER.find(text, sentences, LocalDate.of(2026, 1, 29)));
  }

  private static final List<String> WEEKDAYS = List.of(
      "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد");

  /** An imperfect verb's weekday is within the coming week, a perfect verb's within the last. */
  @Property(tries = 200)
  void verbTenseDecidesTheWeekOfABareWeekday(@ForAll("weekdays") String weekday,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -2000, max = 2000) int shift) {
    LocalDate p = LocalDate.of(2026, 1, 29).plusDays(shift);
    LocalDate coming = LocalDate.parse(RECOGNIZER.find(
        "يستقبل الرئيس وزير الخارجية " + weekday + " في القصر.", p).get(0).value().orElseThrow());
    LocalDate last = LocalDate.parse(RECOGNIZER.find(
        "استقبل الرئيس وزير الخارجية " + weekday + " في القصر.", p).get(0).value().orElseThrow());
    assertTrue(!coming.isBefore(p) && coming.isBefore(p.plusDays(7)), () -> p + " " + coming);
    assertTrue(!last.isAfter(p) && last.isAfter(p.minusDays(7)), () -> p + " " + last);
    assertEquals(coming.getDayOfWeek(), last.getDayOfWeek());
  }

  @Provide
  Arbitrary<String> weekdays() {
    return Arbitraries.of(WEEKDAYS);
  }

  @Property(tries = 50)
  void findsSameExpressionsWithAndWithoutPublicationDate(@ForAll("timeLikeText") String text) {
    assertEquals(RECOGNIZER.find(text, null).stream().map(Timex::span).toList(),
        RECOGNIZER.find(text, LocalDate.of(2026, 1, 29)).stream().map(Timex::span).toList());
  }

  @Property(tries = 300)
  void firstWordFilterNeverHidesAMatch(@ForAll("timeLikeText") String text) {
    TimeTokens t = TimeTokens.of(io.khabar.text.ArabicNormalizer.get().normalize(text).normalized());
    for (int i = 0; i < t.size; i++) {
      TimexGrammar.Match full = TimexGrammar.longestAtUnfiltered(t, i, false);
      TimexGrammar.Match filtered = TimexGrammar.longestAt(t, i, false);
      assertEquals(full == null ? -1 : full.end(), filtered == null ? -1 : filtered.end(),
          () -> "token " + text);
    }
  }

  /** The value shapes the grammar may produce (TIMEX3 / ISO 8601 subsets). */
  private static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile(
      "\\d{2,4}(-\\d{2}(-\\d{2}(T(MO|MI|AF|EV|NI))?)?|-W\\d{2}|-(SP|SU|FA|WI)|-Q[1-4]|-H[12])?"
          + "|(\\d{4}(-\\d{2}(-\\d{2})?)?)/(\\d{4}(-\\d{2}(-\\d{2})?)?)"
          + "|P(\\d+(D|W|M|Y|DE|CE)|T\\d+(H|M|S))|XXXX-XX-XXT\\d{2}:\\d{2}|XXXX-WXX-[1-7]"
          + "|PAST_REF|FUTURE_REF|PRESENT_REF");

  @Property(tries = 600)
  void valuesHaveTimexShapes(@ForAll("timeLikeText") String text, @ForAll("dates") LocalDate published) {
    for (Timex t : RECOGNIZER.find(text, published)) {
      t.value().ifPresent(v -> assertTrue(VALUE.matcher(v).matches(), () -> v + " for " + t));
    }
  }

  /** Every example sentence of the unit tests: no rule may start on a word the filter skips. */
  @org.junit.jupiter.api.Test
  void firstWordFilterKeepsEveryUnitTestExpression() throws java.io.IOException {
    java.nio.file.Path source = java.nio.file.Path.of("src/test/java/io/khabar/time/TimexRecognizerTest.java");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(source), "run from core/");
    for (String line : java.nio.file.Files.readAllLines(source)) {
      TimeTokens t = TimeTokens.of(io.khabar.text.ArabicNormalizer.get().normalize(line).normalized());
      for (int i = 0; i < t.size; i++) {
        TimexGrammar.Match full = TimexGrammar.longestAtUnfiltered(t, i, false);
        if (full != null) {
          assertTrue(TimexGrammar.canStart(t, i), () -> "filter skips a start in: " + line);
        }
      }
    }
  }
}
