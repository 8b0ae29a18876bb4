package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.text.Span;
import io.khabar.token.AnalyzedText;
import io.khabar.token.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name the name finder proposed never ends in a definite time expression of its own: news puts
 * the day right after the subject. Sentences written for the test.
 */
class TrailingDayTest {

  private static Candidate found(int start, int end) {
    return new Candidate(start, end, 0, Candidate.Source.MODEL, ImmutableList.of(),
        EntityType.PERSON, 0.9);
  }

  private static Span spanOf(String text, String words) {
    int at = text.indexOf(words);
    return new Span(at, at + words.length());
  }

  @Test
  void theDayAfterTheSpeakersNameIsNoPartOfIt() {
    // 0 وقال 1 النائب 2 لوران 3 سان 4 مارتان 5 الخميس 6 إن …
    String s = "وقال النائب لوران سان مارتان الخميس إن القرار صائب.";
    AnalyzedText text = AnalyzedText.of(s, Tokenizer.get());
    List<Candidate> candidates = new ArrayList<>(List.of(found(2, 6)));
    TimeOverlaps.yieldTo(text, List.of(spanOf(s, "الخميس")), candidates);
    assertEquals(List.of(found(2, 5)), candidates);
  }

  @Test
  void anIndefiniteTimeWordAtTheEndStays() {
    // صباح is a given name as much as a part of the day: the name keeps it
    String s = "وقالت الفنانة فاطمة صباح إنها سعيدة.";
    AnalyzedText text = AnalyzedText.of(s, Tokenizer.get());
    List<Candidate> candidates = new ArrayList<>(List.of(found(2, 4)));
    TimeOverlaps.yieldTo(text, List.of(spanOf(s, "صباح")), candidates);
    assertEquals(List.of(found(2, 4)), candidates);
  }

  @Test
  void anOutletNamedForTodayKeepsIt() {
    // 0 في 1 مقابلة 2 مع 3 صحيفة 4 روسيا 5 اليوم 6 نشرت …
    String s = "في مقابلة مع صحيفة روسيا اليوم نشرت أمس.";
    AnalyzedText text = AnalyzedText.of(s, Tokenizer.get());
    List<Candidate> candidates = new ArrayList<>(List.of(found(4, 6)));
    TimeOverlaps.yieldTo(text, List.of(spanOf(s, "اليوم")), candidates);
    assertEquals(List.of(found(4, 6)), candidates);
  }
}
