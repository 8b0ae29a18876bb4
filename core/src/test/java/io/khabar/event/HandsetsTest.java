package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * هاتف opening its clause is the verb "phoned"; elsewhere the form it shares with the noun is the
 * telephone (Handsets). Sentences written for the test.
 */
class HandsetsTest {

  @Test
  void aVerbOpeningItsClausePhoned() {
    Extraction x = extract("وهاتف الرئيس الفرنسي إيمانويل ماكرون نظيره الأمريكي دونالد ترامب.");
    List<Event> calls = ofType(x, EventType.PHONE_CALL);
    assertEquals(1, calls.size(), x.events().toString());
    assertEquals(Set.of("Emmanuel Macron", "Donald Trump"), names(x, calls.get(0)));
  }

  @Test
  void aVerbAfterItsNamedSubjectPhoned() {
    Extraction x = extract("وقال البيت الأبيض إن ترامب هاتف ماكرون.");
    assertEquals(1, ofType(x, EventType.PHONE_CALL).size(), x.events().toString());
  }

  @Test
  void aPhoneInConstructIsNoCall() {
    Extraction x = extract("وأعلنت شركة سامسونغ عن موعد طرح هاتفها الجديد.");
    assertTrue(ofType(x, EventType.PHONE_CALL).isEmpty(), x.events().toString());
  }

  @Test
  void aPhoneUsedIsNoCall() {
    Extraction x = extract("وظهر محمد صلاح وهو يستخدم هاتفه أثناء القيادة.");
    assertTrue(ofType(x, EventType.PHONE_CALL).isEmpty(), x.events().toString());
  }
}
