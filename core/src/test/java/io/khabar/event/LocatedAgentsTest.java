package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A place after a noun of direction or nearness is where an event happened, never who acted
 * (Places.withoutLocatedAgents); a state acting before such a phrase still acts. Sentences
 * written for the test.
 */
class LocatedAgentsTest {

  @Test
  void aCountryAfterADirectionIsNoAttacker() {
    Extraction x = extract("أسفرت هجمات تفجيرية جنوبي سوريا عن مقتل عشرين شخصا على الأقل.");
    assertTrue(ofType(x, EventType.ATTACK).stream()
        .noneMatch(e -> names(x, e, ParticipantRole.AGENT).contains("Syria")),
        x.events().toString());
  }

  @Test
  void aCountryAfterADirectionIsNoSpeaker() {
    Extraction x = extract("وصوتت المحكمة التي مقرها لاهاي غرب هولندا على قرار يؤكد أن الدعوى"
        + " مقبولة.");
    assertTrue(ofType(x, EventType.STATEMENT).stream()
        .noneMatch(e -> names(x, e).contains("Netherlands")), x.events().toString());
  }

  @Test
  void aStateActingBeforeTheDirectionStillActs() {
    Extraction x = extract("وشنت تركيا غارات جوية على مواقع لحزب العمال الكردستاني شمال العراق.");
    assertTrue(ofType(x, EventType.ATTACK).stream()
        .anyMatch(e -> names(x, e, ParticipantRole.AGENT).contains("Turkey")),
        x.events().toString());
    assertFalse(ofType(x, EventType.ATTACK).stream()
        .anyMatch(e -> names(x, e, ParticipantRole.AGENT).contains("Iraq")),
        x.events().toString());
  }
}
