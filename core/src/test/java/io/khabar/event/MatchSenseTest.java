package io.khabar.event;

import static io.khabar.event.EventTestTexts.EXTRACTOR;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Teams meet and attack on the pitch: a match is no meeting nor attack. Sentences written for the test. */
class MatchSenseTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2018, 5, 20);

  private static boolean has(String text, EventType type) {
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    return x.events().stream().anyMatch(e -> e.type() == type);
  }

  @Test
  void twoClubsMeetingIsAMatch() {
    assertFalse(has("ويلتقي يوفنتوس مع ريال مدريد في دور الثمانية الشهر المقبل.",
        EventType.MEETING));
  }

  @Test
  void anAttackInTheSecondHalfIsPlay() {
    assertFalse(has("وتعرض المنتخب لهجوم كاسح في الشوط الثاني واستقبلت شباكه هدفين.",
        EventType.ATTACK));
  }

  @Test
  void ministersMeetingIsStillAMeeting() {
    assertTrue(has("والتقى وزير الخارجية الأمريكي مايك بومبيو نظيره الروسي سيرغي لافروف في موسكو أمس.",
        EventType.MEETING));
  }
}
