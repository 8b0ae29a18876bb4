package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.khabar.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

class CueWordsTest {

  private static CueWords.Cue cue(String w) {
    return CueWords.of(ArabicNormalizer.get().matchingForm(w));
  }

  @Test
  void findsCueWordsWhateverTheHamzaSpelling() {
    assertEquals(CueWords.Cue.SPEECH, cue("أكد"));
    assertEquals(CueWords.Cue.SPEECH, cue("اكد"));
    assertEquals(CueWords.Cue.PLACE, cue("مدينة"));
    assertEquals(CueWords.Cue.ORG, cue("وكالة"));
    assertEquals(CueWords.Cue.TITLE, cue("الرئيس"));
    assertEquals(CueWords.Cue.GIVEN_NAME, cue("أسامة"));
  }

  @Test
  void ordinaryWordIsNoCue() {
    assertNull(cue("السيارات"));
  }
}
