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
 * A delegation acts for the body or state it comes from (Delegations); a delegation of no named
 * actor stays unnamed. Sentences written for the test.
 */
class DelegationsTest {

  @Test
  void aDelegationArrivingAfterItsDestinationIsItsBodys() {
    Extraction x = extract("وصل إلى القاهرة يوم الأحد، وفد من حركة حماس لبحث التهدئة.");
    List<Event> visits = ofType(x, EventType.VISIT);
    assertEquals(1, visits.size(), x.events().toString());
    assertTrue(names(x, visits.get(0)).contains("Hamas"), x.events().toString());
  }

  @Test
  void theVisitOfADelegationIsItsBodys() {
    Extraction x = extract("وكشفت الصحيفة عن زيارة وفد من جماعة الحوثي إلى بيروت.");
    List<Event> visits = ofType(x, EventType.VISIT);
    assertEquals(1, visits.size(), x.events().toString());
    assertEquals(Set.of("Houthis"), names(x, visits.get(0)));
  }

  @Test
  void aDelegationInConstructMeetsForItsBody() {
    Extraction x = extract("التقى وفد حركة حماس برئيس المخابرات المصرية في القاهرة.");
    List<Event> meetings = ofType(x, EventType.MEETING);
    assertEquals(1, meetings.size(), x.events().toString());
    assertTrue(names(x, meetings.get(0)).contains("Hamas"), x.events().toString());
  }

  @Test
  void aDelegationOfExpertsNamesNoOne() {
    Extraction x = extract("وصل إلى بغداد يوم الخميس، وفد من الخبراء.");
    assertTrue(ofType(x, EventType.VISIT).isEmpty(), x.events().toString());
  }

  @Test
  void aDelegationFromACityIsNotTheCitysAct() {
    Extraction x = extract("وصل وفد من تعز إلى عدن يوم الخميس.");
    assertTrue(ofType(x, EventType.VISIT).isEmpty(), x.events().toString());
  }
}
