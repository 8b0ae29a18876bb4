package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import org.junit.jupiter.api.Test;

/**
 * التام after a noun is the adjective "complete", not التأم "convened" with its hamza folded
 * (TriggerFinder). Sentences written for the test.
 */
class ConvenedSpellingTest {

  @Test
  void completeSolidarityIsNoMeeting() {
    Extraction x = extract("وأعربت البحرين عن تضامنها التام مع دولة الإمارات العربية المتحدة.");
    assertTrue(ofType(x, EventType.MEETING).isEmpty(), x.events().toString());
  }

  @Test
  void theCouncilConvenedWithItsHamzaIsAMeeting() {
    Extraction x = extract("التأم مجلس الوزراء السعودي برئاسة الملك سلمان في الرياض.");
    assertEquals(1, ofType(x, EventType.MEETING).size(), x.events().toString());
  }

  @Test
  void theVerbAfterTheConjunctionIsAMeetingEvenBare() {
    Extraction x = extract("والتام مجلس الوزراء السعودي برئاسة الملك سلمان في الرياض.");
    assertEquals(1, ofType(x, EventType.MEETING).size(), x.events().toString());
  }
}
