package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static io.khabar.event.EventTestTexts.onlyAttack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Attacks told from the victims' side (issue 13): «لقي … مصرعهم برصاص القوات الإسرائيلية» is an
 * attack by whoever owns the bullets, named by their genitive or by the adjective of the force in
 * construct; bullets of no one are no attack, and the body that reports the deaths never fired
 * them. The owner of a force or weapon subject acts with it (شنت طائرات التحالف غارات). Sentences
 * written for the test.
 */
class VictimSideAttacksTest {

  @Test
  void bulletsOfAForceQualifiedByACountryAreThatCountrysAttack() {
    Extraction x = extract("وقالت إسرائيل إنها ستواصل عملياتها. ولقي ثلاثة فلسطينيين مصرعهم "
        + "برصاص القوات الإسرائيلية في خان يونس.");
    assertEquals(Set.of("Israel"), names(x, onlyAttack(x), ParticipantRole.AGENT),
        x.toPrettyJson());
  }

  @Test
  void bulletsOfNoOneAreNoAttack() {
    Extraction x = extract("وأصيب شاب بالرصاص الحي خلال المواجهات في رام الله.");
    assertTrue(ofType(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
  }

  @Test
  void theMinistryReportingTheDeathDidNotFire() {
    Extraction x = extract("وأعلنت وزارة الصحة الفلسطينية وفاة شاب برصاص الجيش الإسرائيلي.");
    Set<String> agents = names(x, onlyAttack(x), ParticipantRole.AGENT);
    assertEquals(1, agents.size(), x.toPrettyJson());
    assertFalse(agents.stream().anyMatch(n -> n.contains("Health")), x.toPrettyJson());
  }

  @Test
  void theOwnerOfTheAircraftIsTheSubjectOfTheRaid() {
    Extraction x = extract("وشنت طائرات التحالف العربي غارات على مواقع الحوثيين في مديرية زبيد.");
    Event raid = onlyAttack(x);
    Set<String> agents = names(x, raid, ParticipantRole.AGENT);
    assertEquals(1, agents.size(), x.toPrettyJson());
    assertEquals(Set.of("Saudi-led coalition"), agents, x.toPrettyJson());
  }

  @Test
  void aForceNotInConstructWithTheNameLeavesItNoAgent() {
    Extraction x = extract("وقصفت طائرات مجهولة مواقع التحالف العربي في مديرية زبيد.");
    assertTrue(names(x, onlyAttack(x), ParticipantRole.AGENT).isEmpty(), x.toPrettyJson());
  }
}
