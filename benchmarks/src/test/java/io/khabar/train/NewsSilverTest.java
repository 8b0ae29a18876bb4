package io.khabar.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extractor;
import io.khabar.ner.ArabicNameFinder;
import io.khabar.ner.NameSpan;
import io.khabar.testdata.conll.TaggedSentence;
import io.khabar.token.AnalyzedText;
import io.khabar.token.Tokenizer;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NewsSilverTest {

  private static Extractor recogniser;

  /** A news word list in which the adjectives are ordinary words (روسي as much as هاتفي). */
  private static final ToIntFunction<String> NEWS_WORDS =
      w -> Set.of("مهووس", "هاتفي", "روسي", "أمريكي", "امريكي").contains(w) ? 50 : 0;

  @BeforeAll
  static void load() {
    recogniser = Extractor.createDefault();
  }

  /** A name finder that finds {@code type} on every token equal to {@code word}. */
  private static ArabicNameFinder finding(String word, String type) {
    return ArabicNameFinder.of(() -> tokens -> {
      for (int i = 0; i < tokens.length; i++) {
        if (tokens[i].equals(word)) {
          return List.of(new NameSpan(i, i + 1, type, 1.0));
        }
      }
      return List.of();
    });
  }

  private static List<TaggedSentence> silver(String text, ArabicNameFinder finder) {
    return NewsSilver.agreed(AnalyzedText.of(text, Tokenizer.get()), recogniser.extract(text),
        finder);
  }

  @Test
  void knowledgeBaseNamesTheModelMissedAreSilverLabels() {
    List<TaggedSentence> kept = silver(
        "وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن المحادثات كانت مثمرة .",
        finding("باريس", "LOC"));
    assertEquals(1, kept.size());
    TaggedSentence s = kept.get(0);
    assertEquals("B-PERS", s.tags().get(s.tokens().indexOf("إيمانويل")));
    assertEquals("I-PERS", s.tags().get(s.tokens().indexOf("ماكرون")));
    assertEquals("B-LOC", s.tags().get(s.tokens().indexOf("باريس")));
    assertEquals("O", s.tags().get(s.tokens().indexOf("الرئيس")), "a title is no name");
  }

  @Test
  void sentenceWhereTheRecogniserRejectsTheModelsNameIsLeftOut() {
    assertTrue(silver("وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن المحادثات كانت مثمرة .",
        finding("المحادثات", "ORG")).isEmpty());
  }

  @Test
  void sentenceWithoutNamesIsLeftOut() {
    assertTrue(silver("وقال المتحدث إن المحادثات كانت مثمرة وإنها ستستمر غدا .",
        finding("غدا", "MISC")).isEmpty());
  }

  @Test
  void silverSentenceNamingAHeldOutEntityIsDropped() {
    TaggedSentence train = TaggedSentence.of(List.of("زار", "سمير", "حداد", "طرابلس"),
        List.of("O", "B-PERS", "I-PERS", "B-LOC"));
    TaggedSentence dev = TaggedSentence.of(List.of("وصل", "ناصر", "العلي", "إلى", "صيدا"),
        List.of("O", "B-PERS", "I-PERS", "O", "B-LOC"));
    TaggedSentence namesDev = TaggedSentence.of(List.of("استقبل", "ناصر", "العلي", "وفدا"),
        List.of("O", "B-PERS", "I-PERS", "O"));
    TaggedSentence namesTrain = TaggedSentence.of(List.of("غادر", "سمير", "حداد", "طرابلس"),
        List.of("O", "B-PERS", "I-PERS", "B-LOC"));
    List<TaggedSentence> silver = List.of(namesDev, namesTrain);
    assertEquals(List.of(namesTrain),
        NerExperiment.withoutHeldOutNames(silver, List.of(train, dev), List.of(train)));
    assertEquals(silver,
        NerExperiment.withoutHeldOutNames(silver, List.of(train, dev), List.of(train, dev)),
        "with all of train.txt in training nothing is held out");
  }

  @Test
  void aCountryNamedForItsTeamIsNoSilverBody() {
    String[] tokens = {"وفازت", "البرازيل", "على", "الأرجنتين", "في", "الدوحة", "."};
    assertTrue(NewsSilver.readsAPlaceAsABody(tokens, Set.of(new Span(1, 2, "ORG"))));
    assertFalse(NewsSilver.readsAPlaceAsABody(tokens, Set.of(new Span(1, 2, "LOC"))),
        "the country read as a place is what the model should learn");
    String[] body = {"وقالت", "الأمم", "المتحدة", "إن", "المساعدات", "وصلت", "."};
    assertFalse(NewsSilver.readsAPlaceAsABody(body, Set.of(new Span(1, 3, "ORG"))));
  }

  @Test
  void anAccusativeAfterANameIsNoSilverLabel() {
    String[] tokens = {"كان", "المدير", "سمير", "حداد", "مهووسا", "بالتوفير", "."};
    assertTrue(NewsSilver.labelsAnAccusative(tokens,
        new String[] {"O", "O", "B-PERS", "I-PERS", "I-PERS", "O", "O"}, NEWS_WORDS));
    assertFalse(NewsSilver.labelsAnAccusative(tokens,
        new String[] {"O", "O", "B-PERS", "I-PERS", "O", "O", "O"}, NEWS_WORDS));
  }

  @Test
  void anAdverbOfMannerIsNoPerson() {
    String[] tokens = {"أجرى", "الوزير", "اتصالا", "هاتفيا", "مع", "نظيره", "."};
    assertTrue(NewsSilver.labelsAnAccusative(tokens,
        new String[] {"O", "O", "O", "B-PERS", "O", "O", "O"}, NEWS_WORDS));
  }

  @Test
  void aPlaceNameEndingInAlifStaysSilver() {
    String[] tokens = {"وصل", "الوفد", "إلى", "روسيا", "وأمريكا", "أمس", "."};
    assertFalse(NewsSilver.labelsAnAccusative(tokens,
        new String[] {"O", "O", "O", "B-LOC", "B-LOC", "O", "O"}, NEWS_WORDS));
  }
}
