package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ArabicNormalizerProperties {

  private final ArabicNormalizer normalizer = ArabicNormalizer.get();

  /** Arabic letters, harakat, presentation forms, digits, marks, surrogates and controls mixed. */
  @Provide
  Arbitrary<String> mixedText() {
    Arbitrary<Character> arabic = Arbitraries.chars().range('\u0600', '\u06FF');
    Arbitrary<Character> presentation = Arbitraries.chars().range('\uFB50', '\uFEFF');
    Arbitrary<Character> marks = Arbitraries.of('\u200B', '\u200C', '\u200D', '\u200E', '\u200F',
        '\u061C', '\u0640', '\u064E', '\u0651', '\uFEFF', '\u202B');
    Arbitrary<Character> surrogates = Arbitraries.chars().range('\uD800', '\uDFFF');
    Arbitrary<Character> other = Arbitraries.chars().range('\u0000', '\u007F');
    Arbitrary<Character> any = Arbitraries.chars();
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, arabic), net.jqwik.api.Tuple.of(2, presentation),
            net.jqwik.api.Tuple.of(2, marks), net.jqwik.api.Tuple.of(1, surrogates),
            net.jqwik.api.Tuple.of(2, other), net.jqwik.api.Tuple.of(1, any))
        .list().ofMaxSize(200)
        .map(cs -> {
          StringBuilder sb = new StringBuilder(cs.size());
          cs.forEach(sb::append);
          return sb.toString();
        });
  }

  @Property(tries = 500)
  void normalisationIsIdempotent(@ForAll("mixedText") String text) {
    String once = normalizer.matchingForm(text);
    assertEquals(once, normalizer.matchingForm(once));
  }

  @Property(tries = 500)
  void idempotentOnArbitraryStrings(@ForAll String text) {
    String once = normalizer.matchingForm(text);
    assertEquals(once, normalizer.matchingForm(once));
  }

  @Property(tries = 500)
  void everyNormalisedCharMapsToAnOrderedOriginalIndex(@ForAll("mixedText") String text) {
    NormalizedText nt = normalizer.normalize(text);
    int n = nt.normalized().length();
    int previous = 0;
    for (int i = 0; i < n; i++) {
      int src = nt.originalIndex(i);
      assertTrue(src >= previous && src < text.length(), "index " + src + " at " + i);
      previous = src;
    }
    assertEquals(text.length(), nt.originalIndex(n));
  }

  @Property(tries = 500)
  void anyNormalisedRangeMapsToAValidOriginalSpan(@ForAll("mixedText") String text) {
    NormalizedText nt = normalizer.normalize(text);
    int n = nt.normalized().length();
    for (int s = 0; s < n; s += 3) {
      for (int e = s; e <= n; e += 5) {
        Span span = nt.toOriginal(s, e);
        assertTrue(span.end() <= text.length());
        // the original text of the span normalises to something containing the normalised range
        String back = normalizer.matchingForm(span.textOf(text));
        String range = nt.normalized().substring(s, e);
        assertTrue(back.contains(range), "range " + range + " of " + nt.normalized());
      }
    }
  }

  @Property(tries = 200)
  void neverGrowsMoreThanPresentationFormsAllow(@ForAll("mixedText") String text) {
    // only presentation ligatures expand; everything else is 1:1 or deleted
    String norm = normalizer.matchingForm(text);
    long ligatures = text.chars().filter(c -> c >= 0xFB50 && c <= 0xFEFF).count();
    assertTrue(norm.length() <= text.length() + ligatures * 18);
  }
}
