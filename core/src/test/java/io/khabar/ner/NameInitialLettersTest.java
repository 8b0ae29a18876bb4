package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import io.khabar.token.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name's first letter و that the segmenter took for a conjunction is the name's when the
 * document writes the whole word again and never the rest alone. Sentences written for the test.
 */
class NameInitialLettersTest {

  private static Candidate person(int start, int end, int stripped) {
    return new Candidate(start, end, stripped, Candidate.Source.MODEL, ImmutableList.of(),
        EntityType.PERSON, 0.9);
  }

  private static List<Candidate> stripped(AnalyzedText text, String word) {
    List<Candidate> accepted = new ArrayList<>();
    for (int t = 0; t < text.size(); t++) {
      if (text.form(t).equals(word)) {
        accepted.add(person(t, t + 1, 1));
      }
    }
    return accepted;
  }

  @Test
  void aLetterTheNameKeepsAtEveryMentionIsTheNames() {
    AnalyzedText text = AnalyzedText.of("أجبرت الإصابة ويتسورث على الغياب. "
        + "وقالت ويتسورث إنها ستعود قريبا.", Tokenizer.get());
    List<Candidate> accepted = stripped(text, "ويتسورث");
    NameInitialLetters.apply(text, accepted, w -> false);
    assertEquals(2, accepted.size());
    accepted.forEach(c -> assertEquals(0, c.stripped(), accepted::toString));
  }

  @Test
  void aFirstNameCutOffByTheConjunctionReadingIsJoinedAgain() {
    // 0 تحدثت 1 كورين 2 ويتسورث 3 للصحفيين 4 . 5 ثم 6 غادرت 7 ويتسورث 8 القاعة
    AnalyzedText text = AnalyzedText.of("تحدثت كورين ويتسورث للصحفيين. ثم غادرت ويتسورث القاعة.",
        Tokenizer.get());
    List<Candidate> accepted = new ArrayList<>(List.of(person(1, 2, 0), person(2, 3, 1),
        person(7, 8, 1)));
    NameInitialLetters.apply(text, accepted, w -> false);
    assertEquals(List.of(person(1, 3, 0), person(7, 8, 0)), accepted);
  }

  @Test
  void aConjunctionBeforeANameSeenBareElsewhereStays() {
    AnalyzedText text = AnalyzedText.of("فاز تسورث بالسباق. وهنأ المدرب وتسورث ثم وتسورث "
        + "مرة أخرى.", Tokenizer.get());
    List<Candidate> accepted = stripped(text, "وتسورث");
    NameInitialLetters.apply(text, accepted, w -> false);
    accepted.forEach(c -> assertEquals(1, c.stripped(), accepted::toString));
  }

  @Test
  void aConjunctionBeforeAKnownNameStays() {
    AnalyzedText text = AnalyzedText.of("وصل وحسين إلى المطار ثم غادر وحسين.", Tokenizer.get());
    List<Candidate> accepted = stripped(text, "وحسين");
    NameInitialLetters.apply(text, accepted, w -> w.equals("حسين"));
    accepted.forEach(c -> assertEquals(1, c.stripped(), accepted::toString));
  }

  @Test
  void aNameWrittenOnceKeepsTheSegmentersReading() {
    AnalyzedText text = AnalyzedText.of("وصل الوفد ووايتلي إلى المطار.", Tokenizer.get());
    List<Candidate> accepted = stripped(text, "ووايتلي");
    NameInitialLetters.apply(text, accepted, w -> false);
    assertEquals(1, accepted.get(0).stripped());
  }
}
