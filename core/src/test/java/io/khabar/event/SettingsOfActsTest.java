package io.khabar.event;

import static io.khabar.event.EventTestTexts.PUBLISHED;
import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A visit, meeting or call after خلال / أثناء is the setting of the act that governs it: with no
 * genitive of its own its doer is that act's subject, and with no date of its own it has that
 * act's date and basis (SettingsOfActs). Sentences written for the test.
 */
class SettingsOfActsTest {

  @Test
  void theSpeakerVisitsWhereHeSpeaksOnThePublicationDay() {
    Extraction x = extract("وقال الرئيس الفرنسي إيمانويل ماكرون خلال زيارة رسمية إلى أستراليا"
        + " إن الشراكة بين البلدين قوية.");
    List<Event> visits = ofType(x, EventType.VISIT);
    assertEquals(1, visits.size(), x.events().toString());
    assertEquals(Set.of("Emmanuel Macron"), names(x, visits.get(0), ParticipantRole.AGENT));
    assertEquals(Optional.of(PUBLISHED.toString()), visits.get(0).core().date());
    assertEquals(Optional.of(DateBasis.PUBLICATION), visits.get(0).core().dateBasis());
  }

  @Test
  void aPossessedVisitAfterDuringIsToldHere() {
    Extraction x = extract("وأكد وزير الخارجية الروسي سيرغي لافروف خلال زيارته إلى القاهرة أن"
        + " العلاقات متينة.");
    List<Event> visits = ofType(x, EventType.VISIT);
    assertEquals(1, visits.size(), x.events().toString());
    assertEquals(Set.of("Sergey Lavrov"), names(x, visits.get(0), ParticipantRole.AGENT));
  }

  @Test
  void theSettingTakesTheDateTheActHas() {
    Extraction x = extract("وقال وزير الخارجية الروسي سيرغي لافروف الثلاثاء خلال زيارته إلى"
        + " القاهرة إن العلاقات متينة.");
    List<Event> visits = ofType(x, EventType.VISIT);
    assertEquals(1, visits.size(), x.events().toString());
    assertEquals(Optional.of(DateBasis.TEXT), visits.get(0).core().dateBasis());
    assertEquals(ofType(x, EventType.STATEMENT).get(0).core().date(),
        visits.get(0).core().date());
  }

  @Test
  void aBackgroundActLeavesItsSettingUndated() {
    Extraction x = extract("وكان لافروف قد قال خلال زيارته إلى القاهرة إن العلاقات متينة.");
    assertTrue(ofType(x, EventType.VISIT).stream().allMatch(v -> v.core().date().isEmpty()),
        x.events().toString());
  }

  @Test
  void anotherVisitorNamedInTheGenitiveIsNoSpeaker() {
    Extraction x = extract("وقال ماكرون خلال زيارة الرئيس الأمريكي دونالد ترامب إلى باريس إن"
        + " العلاقات قوية.");
    List<Event> visits = ofType(x, EventType.VISIT);
    assertEquals(1, visits.size(), x.events().toString());
    assertEquals(Set.of("Donald Trump"), names(x, visits.get(0), ParticipantRole.AGENT));
  }
}
