package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.khabar.Extraction;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sanctions lifted from someone (LiftedSanctions): the one after عن, or the antecedent of its
 * pronoun, is the target, never the agent; the one lifting them stays the agent. Sentences
 * written for the test.
 */
class LiftedSanctionsTest {

  private static Event only(Extraction x) {
    List<Event> s = ofType(x, EventType.SANCTIONS);
    assertEquals(1, s.size(), x.events().toString());
    return s.get(0);
  }

  @Test
  void theOneSanctionsAreLiftedFromIsTheTarget() {
    Extraction x = extract("وقررت الولايات المتحدة رفع العقوبات عن السودان.");
    Event e = only(x);
    assertEquals(Set.of("Sudan"), names(x, e, ParticipantRole.TARGET));
    assertEquals(Set.of("United States"), names(x, e, ParticipantRole.AGENT));
  }

  @Test
  void adjectivesMayStandBeforeFrom() {
    Extraction x = extract("وقررت الأمم المتحدة رفع العقوبات الدولية عن الرئيس السابق عمر"
        + " البشير.");
    assertEquals(Set.of("Omar al-Bashir"), names(x, only(x), ParticipantRole.TARGET));
  }

  @Test
  void whoWelcomesTheLiftingFromItIsTheTarget() {
    Extraction x = extract("ورحبت إيران برفع العقوبات عنها.");
    Event e = only(x);
    assertEquals(Set.of("Iran"), names(x, e, ParticipantRole.TARGET));
    assertFalse(names(x, e, ParticipantRole.AGENT).contains("Iran"));
  }

  @Test
  void imposedSanctionsKeepTheirAgent() {
    Extraction x = extract("وأعلنت الولايات المتحدة فرض عقوبات جديدة على كوريا الشمالية.");
    Event e = only(x);
    assertEquals(Set.of("United States"), names(x, e, ParticipantRole.AGENT));
    assertEquals(Set.of("North Korea"), names(x, e, ParticipantRole.TARGET));
  }
}
