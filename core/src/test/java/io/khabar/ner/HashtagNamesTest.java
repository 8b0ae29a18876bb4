package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.token.AnalyzedText;
import io.khabar.token.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name inside a hashtag ends with the hashtag, in sentences written for the test. */
class HashtagNamesTest {

  private static int indexOf(AnalyzedText text, String surface) {
    for (int i = 0; i < text.size(); i++) {
      if (text.surface(i).equals(surface)) {
        return i;
      }
    }
    throw new AssertionError(surface + " not a token");
  }

  @Test
  void aHashtagsWordsAreJoinedByUnderscores() {
    AnalyzedText text = AnalyzedText.of("وغرد المتابعون تحت وسم #سعاد_عبدالله أبدعت الليلة.",
        Tokenizer.get());
    int first = indexOf(text, "سعاد");
    assertEquals(first, HashtagNames.hashtagStart(text, first + 1));
    assertEquals(first + 2, HashtagNames.hashtagEnd(text, first));
    assertEquals(-1, HashtagNames.hashtagStart(text, first + 2), "أبدعت is after the hashtag");
  }

  @Test
  void wordsWithoutAHashAreNoHashtag() {
    AnalyzedText text = AnalyzedText.of("وقالت سعاد عبدالله إن الدور صعب.", Tokenizer.get());
    assertEquals(-1, HashtagNames.hashtagStart(text, indexOf(text, "عبدالله")));
  }

  @Test
  void aNameInAHashtagStopsAtItsEnd() {
    List<Entity> es = entities("وكتبت الصحيفة أن #سعاد_عبدالله أبدعت في دورها الجديد.");
    assertTrue(withMention(es, "سعاد_عبدالله أبدعت").isEmpty(), es::toString);
  }

  @Test
  void aOneWordHashtagLeavesTheNameWhole() {
    List<Entity> es = entities("وعرض المتحف لوحات #ليوناردو دافنشي للمرة الأولى.");
    assertTrue(withMention(es, "ليوناردو").isEmpty(), es::toString);
  }

  @Test
  void aDefiniteAdjectiveAfterTheHashtagMayStillBeTheNames() {
    List<Entity> es = entities("ويحيي المطرب حفلا في #دار_الأوبرا المصرية الشهر المقبل.");
    assertTrue(withMention(es, "دار_الأوبرا").isEmpty(), es::toString);
  }
}
