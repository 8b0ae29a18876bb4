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
 * A proclitic on an unknown name is read off by the name's other mentions in the document
 * (issue 12). Sentences written for the test.
 */
class DocumentCliticsTest {

  private static Candidate person(int start, int end) {
    return new Candidate(start, end, 0, Candidate.Source.MODEL, ImmutableList.of(),
        EntityType.PERSON, 0.9);
  }

  @Test
  void aPrepositionBeforeANameMentionedBareIsStripped() {
    // 0 وأعلنت 1 الممثلة 2 غوينث 3 بالترو 4 زواجها 5 . 6 وهذا 7 هو 8 الزواج 9 الثاني 10 لغوينث
    AnalyzedText text = AnalyzedText.of(
        "وأعلنت الممثلة غوينث بالترو زواجها. وهذا هو الزواج الثاني لغوينث.", Tokenizer.get());
    List<Candidate> accepted = new ArrayList<>(List.of(person(2, 4), person(10, 11)));
    DocumentClitics.apply(text, accepted);
    assertEquals(1, accepted.get(1).stripped());
    assertEquals(0, accepted.get(0).stripped());
  }

  @Test
  void aNameThatStartsWithTheLetterTwiceKeepsIt() {
    // برونو twice and رونو once: the ب is the name's
    AnalyzedText text = AnalyzedText.of(
        "وقال برونو إن الفريق جاهز. ورد رونو على برونو بحدة.", Tokenizer.get());
    List<Candidate> accepted = new ArrayList<>();
    for (int t = 0; t < text.size(); t++) {
      String f = text.form(t);
      if (f.equals("برونو") || f.equals("رونو")) {
        accepted.add(person(t, t + 1));
      }
    }
    DocumentClitics.apply(text, accepted);
    accepted.forEach(c -> assertEquals(0, c.stripped(), accepted::toString));
  }
}
