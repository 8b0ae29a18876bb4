package io.khabar.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CliticSegmenterTest {

  private static final CliticSegmenter SEG = CliticSegmenter.loadDefault();

  /** "و/CONJUNCTION+قال/STEM" style rendering of a word's segments. */
  private static String seg(String word) {
    return render(word, SEG.segment(word));
  }

  private static String render(String text, List<Segment> segs) {
    return segs.stream()
        .map(s -> s.textOf(text) + "/" + s.kind())
        .collect(Collectors.joining("+"));
  }

  /** Segments the {@code nth} whitespace-separated word of a sentence, offsets into the sentence. */
  private static String segInSentence(String sentence, String word) {
    int start = sentence.indexOf(word);
    assertTrue(start >= 0, word);
    List<Segment> segs = SEG.segment(sentence, start, start + word.length());
    assertEquals(start, segs.get(0).span().start());
    assertEquals(start + word.length(), segs.get(segs.size() - 1).span().end());
    return render(sentence, segs);
  }

  @Test
  void keepsPlaceNamesWhoseFirstLetterLooksLikeAProclitic() {
    String sentence = "زار الوفد ليبيا ولبنان بعد بغداد وبيروت ثم فلسطين وكندا";
    assertEquals("ليبيا/STEM", segInSentence(sentence, "ليبيا"));
    assertEquals("بغداد/STEM", segInSentence(sentence, "بغداد"));
    assertEquals("فلسطين/STEM", segInSentence(sentence, "فلسطين"));
    assertEquals("و/CONJUNCTION+لبنان/STEM", segInSentence(sentence, "ولبنان"));
    assertEquals("و/CONJUNCTION+بيروت/STEM", segInSentence(sentence, "وبيروت"));
    assertEquals("و/CONJUNCTION+كندا/STEM", segInSentence(sentence, "وكندا"));
    assertEquals("لبنان/STEM", seg("لبنان"));
    assertEquals("بيروت/STEM", seg("بيروت"));
    assertEquals("كندا/STEM", seg("كندا"));
  }

  @Test
  void keepsLexicalWordsWhoseFirstLetterLooksLikeAProclitic() {
    // "أصدر والي المحافظة بيانا بعد لقاء ولي العهد مع فريق كتاب المدرسة"
    for (String w : new String[] {"والي", "ولي", "بيان", "فريق", "كتاب", "مؤكدا"}) {
      assertEquals(w + "/STEM", seg(w));
    }
  }

  @Test
  void splitsConjunctionFromKnownNameAndVerb() {
    String sentence = "وقال المتحدث إن الرئيس التقى وبوتين واتفقا على الهدنة";
    assertEquals("و/CONJUNCTION+قال/STEM", segInSentence(sentence, "وقال"));
    assertEquals("و/CONJUNCTION+بوتين/STEM", segInSentence(sentence, "وبوتين"));
    assertEquals("و/CONJUNCTION+اتفقا/STEM", segInSentence(sentence, "واتفقا"));
  }

  @Test
  void splitsPrepositionFromNameAndNoun() {
    String sentence = "توجه الوزير لموسكو بزيارة رسمية";
    assertEquals("ل/PREPOSITION+موسكو/STEM", segInSentence(sentence, "لموسكو"));
    assertEquals("ب/PREPOSITION+زيارة/STEM", segInSentence(sentence, "بزيارة"));
  }

  @Test
  void keepsTatweelWithThePrepositionItFollows() {
    assertEquals("لـ/PREPOSITION+موسكو/STEM", seg("لـموسكو"));
    assertEquals("ب/PREPOSITION+الـ/ARTICLE+رئيس/STEM", seg("بالـرئيس"));
  }

  @Test
  void splitsArticleAfterConjunctionAndPreposition() {
    String sentence = "اشتعلت المعارك بالسويداء وقالت مصادر إن والشرع يراقب كالعادة";
    assertEquals("ب/PREPOSITION+ال/ARTICLE+سويداء/STEM", segInSentence(sentence, "بالسويداء"));
    assertEquals("و/CONJUNCTION+ال/ARTICLE+شرع/STEM", segInSentence(sentence, "والشرع"));
    assertEquals("ك/PREPOSITION+ال/ARTICLE+عادة/STEM", segInSentence(sentence, "كالعادة"));
    assertEquals("و/CONJUNCTION+ب/PREPOSITION+ال/ARTICLE+تالي/STEM", seg("وبالتالي"));
  }

  @Test
  void reportsElidedArticleAfterLamAsTheSecondLam() {
    assertEquals("ل/PREPOSITION+ل/ARTICLE+رئيس/STEM", seg("للرئيس"));
    assertEquals("ف/CONJUNCTION+ل/PREPOSITION+ل/ARTICLE+مرة/STEM", seg("فللمرة"));
    // a stem that itself begins with ل: ل + لبنان, no article
    assertEquals("ل/PREPOSITION+لبنان/STEM", seg("للبنان"));
  }

  @Test
  void splitsFutureParticleOnlyBeforeImperfectVerb() {
    assertEquals("س/FUTURE+يكون/STEM", seg("سيكون"));
    assertEquals("ف/CONJUNCTION+س/FUTURE+يعود/STEM", seg("فسيعود"));
    assertEquals("سوريا/STEM", seg("سوريا"));
  }

  @Test
  void splitsPronounAndRestoresTehMarbutaInTheLookup() {
    assertEquals("وزارت/STEM+ه/PRONOUN", seg("وزارته"));
    assertEquals("لقائ/STEM+ه/PRONOUN", seg("لقائه"));
    assertEquals("كتاب/STEM+ه/PRONOUN", seg("كتابه"));
  }

  @Test
  void neverReadsTehMarbutaOrAlefMaksuraAsAPronoun() {
    assertEquals("ال/ARTICLE+رئيسة/STEM", seg("الرئيسة"));
    assertEquals("مستشفى/STEM", seg("مستشفى"));
    assertEquals("بيروت/STEM", seg("بيروت"));
    assertEquals("زيارة/STEM", seg("زيارة"));
  }

  @Test
  void splitsPrepositionWithPronounIntoOneLetterStem() {
    assertEquals("ل/STEM+ه/PRONOUN", seg("له"));
    assertEquals("ب/STEM+ها/PRONOUN", seg("بها"));
    assertEquals("و/CONJUNCTION+ل/STEM+هم/PRONOUN", seg("ولهم"));
  }

  @Test
  void keepsRelativePronounsAndDemonstrativesWhole() {
    assertEquals("الذي/STEM", seg("الذي"));
    assertEquals("و/CONJUNCTION+الذي/STEM", seg("والذي"));
    assertEquals("ذلك/STEM", seg("ذلك"));
    assertEquals("ل/PREPOSITION+ذلك/STEM", seg("لذلك"));
  }

  @Test
  void doesNotReadTheAlefLamOfAFormEightVerbAsTheArticle() {
    String sentence = "والتقى الوزير نظيره في العاصمة";
    assertEquals("و/CONJUNCTION+التقى/STEM", segInSentence(sentence, "والتقى"));
    assertEquals("ال/ARTICLE+وزير/STEM", segInSentence(sentence, "الوزير"));
    assertEquals("نظير/STEM+ه/PRONOUN", segInSentence(sentence, "نظيره"));
  }

  @Test
  void keepsHarakatWithTheLetterTheyFollow() {
    assertEquals("وَ/CONJUNCTION+قَالَ/STEM", seg("وَقَالَ"));
  }

  @Test
  void treatsNonArabicAndEmptyInputAsOneStemOrNothing() {
    assertEquals("CNN/STEM", seg("CNN"));
    assertEquals("2026/STEM", seg("2026"));
    assertEquals("و/STEM", seg("و"));
    assertEquals(0, SEG.segment("").size());
    SegmentBuffer buf = new SegmentBuffer();
    SEG.segment("".toCharArray(), 0, 0, buf);
    assertEquals(-1, buf.stemIndex());
  }

  @Test
  void neverSplitsInsideAPresentationLigature() {
    // ﻻ (lam-alef ligature) expands to two matching chars from one original char
    List<Segment> segs = SEG.segment("\uFEFBعب");
    assertEquals(1, segs.size());
    assertEquals(SegmentKind.STEM, segs.get(0).kind());
  }

  @Test
  void bufferApiAgreesWithListApiAndReusesStorage() {
    String sentence = "وقال المتحدث للرئيس إن وزارته مستعدة";
    char[] chars = sentence.toCharArray();
    SegmentBuffer buf = new SegmentBuffer();
    int start = sentence.indexOf("للرئيس");
    SEG.segment(chars, start, start + "للرئيس".length(), buf);
    assertEquals(3, buf.size());
    assertEquals(2, buf.stemIndex());
    assertEquals("رئيس", sentence.substring(buf.start(2), buf.end(2)));
    start = sentence.indexOf("وقال");
    SEG.segment(chars, start, start + 4, buf);
    assertEquals(2, buf.size());
    assertEquals(SegmentKind.CONJUNCTION, buf.kind(0));
  }

  @Test
  void customLexiconDrivesTheDecision() {
    StemLexicon lex = StemLexicon.of(java.util.Map.of("بنان", 50, "لبنان", 1), java.util.Set.of());
    CliticSegmenter s = new CliticSegmenter(lex);
    assertEquals("ل/PREPOSITION+بنان/STEM", render("لبنان", s.segment("لبنان")));
    StemLexicon lex2 = StemLexicon.of(java.util.Map.of("بنان", 1, "لبنان", 50), java.util.Set.of());
    assertEquals("لبنان/STEM", render("لبنان", new CliticSegmenter(lex2).segment("لبنان")));
  }
}
