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
 * The genitive of a verbal noun of an intransitive act (زيارة، لقاء، انسحاب) is who does it,
 * whatever verb governs the noun; a transitive one's genitive (استقبال، سحب) is not. Sentences
 * written for the test.
 */
class DoerGenitiveTest {

  @Test
  void theVisitorIsTheGenitiveNotTheAnnouncer() {
    Extraction x = extract("وأعلنت الرئاسة الفرنسية في اليوم الأخير من زيارة الرئيس إيمانويل"
        + " ماكرون إلى الصين أن بكين اشترت طائرات.");
    List<Event> visits = ofType(x, EventType.VISIT);
    assertEquals(1, visits.size(), x.events().toString());
    assertEquals(Set.of("Emmanuel Macron"), names(x, visits.get(0), ParticipantRole.AGENT));
  }

  @Test
  void theOneWhoWelcomesAVisitDoesNotMakeIt() {
    Extraction x = extract("ورحب الرئيس الأمريكي دونالد ترامب بزيارة الرئيس الفرنسي إيمانويل"
        + " ماكرون إلى واشنطن.");
    List<Event> visits = ofType(x, EventType.VISIT);
    assertEquals(1, visits.size(), x.events().toString());
    assertEquals(Set.of("Emmanuel Macron"), names(x, visits.get(0), ParticipantRole.AGENT));
  }

  @Test
  void theOneWhoThreatensAWithdrawalIsNotWhoWithdraws() {
    Extraction x = extract("وهدد الرئيس الأمريكي دونالد ترامب بانسحاب الولايات المتحدة من"
        + " منظمة التجارة العالمية.");
    List<Event> withdrawals = ofType(x, EventType.WITHDRAWAL);
    assertTrue(withdrawals.stream().noneMatch(w -> names(x, w, ParticipantRole.AGENT)
        .contains("Donald Trump")), x.events().toString());
  }

  @Test
  void aLightVerbWithNoGenitiveStillGivesItsSubject() {
    Extraction x = extract("وقام وزير الخارجية الروسي سيرغي لافروف بزيارة إلى دمشق.");
    List<Event> visits = ofType(x, EventType.VISIT);
    assertEquals(1, visits.size(), x.events().toString());
    assertEquals(Set.of("Sergey Lavrov"), names(x, visits.get(0), ParticipantRole.AGENT));
  }
}
