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
 * "The two sides" as the subject of a reciprocal verb (DualSubjects) are the two parties of the
 * call or meeting told just before. Sentences written for the test.
 */
class DualSubjectsTest {

  @Test
  void theTwoPartiesAfterACallAreItsParties() {
    Extraction x = extract("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي"
        + " رجب طيب أردوغان. واتفق الطرفان على مواصلة التنسيق في سوريا.");
    List<Event> agreements = ofType(x, EventType.AGREEMENT);
    assertEquals(1, agreements.size(), x.events().toString());
    assertEquals(Set.of("Vladimir Putin", "Recep Tayyip Erdoğan"), names(x, agreements.get(0)));
  }

  @Test
  void aDualVerbWithNoSubjectPointsBackToTheMeeting() {
    Extraction x = extract("التقى وزير الخارجية الأمريكي مايك بومبيو نظيره الروسي سيرغي لافروف"
        + " في هلسنكي. وتبادل الوزيران الآراء واتفقا على عقد لقاء آخر.");
    List<Event> agreements = ofType(x, EventType.AGREEMENT);
    assertEquals(1, agreements.size(), x.events().toString());
    assertEquals(Set.of("Mike Pompeo", "Sergey Lavrov"), names(x, agreements.get(0)));
  }

  @Test
  void noTwoPartyActToldBeforeLeavesTheTwoSidesUnnamed() {
    Extraction x = extract("قال الرئيس الفرنسي إيمانويل ماكرون إن الأزمة عميقة. واتفق الطرفان"
        + " على تشكيل لجنة.");
    assertTrue(ofType(x, EventType.AGREEMENT).isEmpty(), x.events().toString());
  }

  @Test
  void aCallToldLongBeforeIsNotPointedBackTo() {
    Extraction x = extract("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي"
        + " رجب طيب أردوغان. وارتفعت أسعار النفط أمس. وتراجع الدولار أمام اليورو. وهبطت"
        + " الأسهم في لندن. واتفق الطرفان على تشكيل لجنة.");
    assertTrue(ofType(x, EventType.AGREEMENT).isEmpty(), x.events().toString());
  }

  @Test
  void aNamedSubjectKeepsItsOwnAgreement() {
    Extraction x = extract("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي"
        + " رجب طيب أردوغان. واتفقت مصر مع السودان على فتح المعبر.");
    List<Event> agreements = ofType(x, EventType.AGREEMENT);
    assertEquals(1, agreements.size(), x.events().toString());
    assertEquals(Set.of("Egypt", "Sudan"), names(x, agreements.get(0)));
  }
}
