package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import org.junit.jupiter.api.Test;

/**
 * The participle of gathering meets only with its مع or بـ complement; otherwise it is
 * "combined, together" (Circumstantials). Sentences written for the test.
 */
class GatheringParticipleTest {

  @Test
  void combinedIsNoMeeting() {
    Extraction x = extract("ويملك صندوق الأجيال وصندوق الاحتياطي العام أصولا تشكل مجتمعة ثروة"
        + " دولة الكويت السيادية.");
    assertTrue(ofType(x, EventType.MEETING).isEmpty(), x.events().toString());
  }

  @Test
  void gatheredWithAPartyMeets() {
    Extraction x = extract("وظل وزير الخارجية الأمريكي مايك بومبيو مجتمعا مع نظيره الروسي سيرغي"
        + " لافروف ساعتين.");
    assertEquals(1, ofType(x, EventType.MEETING).size(), x.events().toString());
  }
}
