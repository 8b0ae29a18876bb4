package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.speakers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A passive verb of speech (قيل، يقال، أفيد) names no speaker: the name before it belongs to
 * another clause (issue 13, {@link Subjects}). Sentences written for the test.
 */
class PassiveSpeechTest {

  @Test
  void whatIsSaidIsSaidByNoOneNamed() {
    Extraction x = extract("رفض المدرب كارلو أنشيلوتي التعليق على ما يقال عن رحيله عن النادي.");
    assertTrue(speakers(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void itWasSaidAfterANameIsNotTheNamesStatement() {
    Extraction x = extract("وصلت وزيرة الخارجية الكندية كريستيا فريلاند إلى بكين، وقيل إنها "
        + "ستلتقي نظيرها الصيني.");
    assertTrue(speakers(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void theActiveVerbStillHasItsSpeaker() {
    Extraction x = extract("وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت مثمرة.");
    assertEquals(Set.of("Sergey Lavrov"), speakers(x), x.toPrettyJson());
  }
}
