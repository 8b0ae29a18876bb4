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
 * A visit told as the setting of an act (خلال زيارة إلى …) is made by the act's subject, even when
 * the act is a condemnation with its object between (Subjects). Sentences written for the test.
 */
class VisitSettingSubjectTest {

  @Test
  void whoCondemnedDuringAVisitIsTheVisitor() {
    Extraction x = extract("وأدان الرئيس الفرنسي إيمانويل ماكرون أعمال العنف خلال زيارة رسمية"
        + " إلى أستراليا.");
    List<Event> visits = ofType(x, EventType.VISIT);
    assertEquals(1, visits.size(), x.events().toString());
    assertEquals(Set.of("Emmanuel Macron"), names(x, visits.get(0)));
  }

  @Test
  void aCondemnedAttackIsStillNotTheCondemners() {
    Extraction x = extract("وأدان الرئيس الفرنسي إيمانويل ماكرون الهجوم على قرية في مالي.");
    ofType(x, EventType.ATTACK).forEach(a ->
        assertTrue(!names(x, a).contains("Emmanuel Macron"), x.events().toString()));
  }
}
