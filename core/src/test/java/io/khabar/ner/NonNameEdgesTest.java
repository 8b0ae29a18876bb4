package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.token.AnalyzedText;
import io.khabar.token.Tokenizer;
import org.junit.jupiter.api.Test;

/** An adverb in the indefinite accusative or a negated verb is no part of a name (issue 12). */
class NonNameEdgesTest {

  private static AnalyzedText analyze(String sentence) {
    return AnalyzedText.of(sentence, Tokenizer.get());
  }

  private static int indexOf(AnalyzedText text, String surface) {
    for (int i = 0; i < text.size(); i++) {
      if (text.surface(i).equals(surface)) {
        return i;
      }
    }
    throw new AssertionError(surface + " not a token");
  }

  @Test
  void tanwinAlFathMarksAnAdverbWhicheverLetterCarriesIt() {
    assertTrue(NonNameEdges.isIndefiniteAccusative("هاتفياً"));
    assertTrue(NonNameEdges.isIndefiniteAccusative("دبلوماسيًا"));
    assertFalse(NonNameEdges.isIndefiniteAccusative("هاتفيا"), "no mark, no evidence");
    assertFalse(NonNameEdges.isIndefiniteAccusative("أمريكا"));
    assertFalse(NonNameEdges.isIndefiniteAccusative("ً"));
  }

  @Test
  void anAdverbBeforeANameIsCutOff() {
    AnalyzedText text = analyze("واتصل الرئيس هاتفياً بسامر الخطيب مساء الأحد.");
    int adverb = indexOf(text, "هاتفياً");
    assertEquals(adverb + 1, NonNameEdges.trimStart(text, adverb, adverb + 3));
  }

  @Test
  void anAdverbAfterANameIsCutOff() {
    AnalyzedText text = analyze("ورد سامر الخطيب رسمياً على الاتهامات.");
    int name = indexOf(text, "سامر");
    assertEquals(name + 2, NonNameEdges.trimEnd(text, name, name + 3));
  }

  @Test
  void anAdverbAloneLeavesNothing() {
    AnalyzedText text = analyze("وتحرك البلدان دبلوماسياً لاحتواء الأزمة.");
    int adverb = indexOf(text, "دبلوماسياً");
    assertEquals(adverb + 1, NonNameEdges.trimStart(text, adverb, adverb + 1));
  }

  @Test
  void theWordAfterLamIsAVerb() {
    AnalyzedText text = analyze("ولم ترد السلطات الروسية على هذه الاتهامات.");
    int verb = indexOf(text, "ترد");
    assertEquals(verb + 1, NonNameEdges.trimStart(text, verb, verb + 1));
  }

  @Test
  void aNameAfterAnotherWordIsKept() {
    AnalyzedText text = analyze("وقال سامر الخطيب إن الاتفاق لم يكتمل.");
    int name = indexOf(text, "سامر");
    assertEquals(name, NonNameEdges.trimStart(text, name, name + 2));
    assertEquals(name + 2, NonNameEdges.trimEnd(text, name, name + 2));
  }

  @Test
  void aParticleGoverningTheNameIsNoPartOfIt() {
    AnalyzedText text = analyze("وإذا استمرت المعارك فإن ميليشيات الحوثي ستنسحب من المدينة.");
    int particle = indexOf(text, "فإن");
    assertEquals(particle + 1, NonNameEdges.trimStart(text, particle, particle + 3));
    assertTrue(NonNameEdges.isNounParticle("لأنّ"));
    assertTrue(NonNameEdges.isNounParticle("بأن"));
  }

  @Test
  void aVanWithoutHamzaMayBeginAName() {
    AnalyzedText text = analyze("وسجل فان دايك الهدف الثاني لليفربول.");
    int van = indexOf(text, "فان");
    assertEquals(van, NonNameEdges.trimStart(text, van, van + 2));
    assertFalse(NonNameEdges.isNounParticle("فان"));
    assertFalse(NonNameEdges.isNounParticle("أنور"));
  }

  @Test
  void theLetterNOfAnAcronymStays() {
    AnalyzedText text = analyze("وقالت قناة إن تي في التركية إن الاتفاق وشيك.");
    int n = indexOf(text, "إن");
    assertEquals(n, NonNameEdges.trimStart(text, n, n + 3));
  }
}
