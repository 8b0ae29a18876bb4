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
 * A definite event noun with the relative clause telling that it took place (الاتصال الذي جرى
 * بين X وY) tells the event here, its parties after the clause; without it, or with a clause
 * naming no party, it points back to an event told before. Sentences written for the test.
 */
class HeldClauseTest {

  @Test
  void aCallThatTookPlaceBetweenTwoNamesIsTold() {
    Extraction x = extract("وتناول الاتصال الهاتفي الذي جرى بين الرئيس المصري عبد الفتاح السيسي"
        + " والرئيس الأمريكي دونالد ترامب العلاقات الثنائية.");
    List<Event> calls = ofType(x, EventType.PHONE_CALL);
    assertEquals(1, calls.size(), x.events().toString());
    assertEquals(Set.of("Abdel Fattah el-Sisi", "Donald Trump"), names(x, calls.get(0)));
  }

  @Test
  void aMeetingHeldSomewhereWithNoPartyPointsBack() {
    Extraction x = extract("وقال المتحدث إن الاجتماع الذي عقد في الرياض كان مثمرا.");
    assertTrue(ofType(x, EventType.MEETING).isEmpty(), x.events().toString());
  }

  @Test
  void aRelativeClauseOfAnotherVerbNamesNoParty() {
    Extraction x = extract("وانتقد الوزير الاتصال الذي وصفه الإعلام بين الرئيسين بأنه سري.");
    assertTrue(ofType(x, EventType.PHONE_CALL).isEmpty(), x.events().toString());
  }
}
