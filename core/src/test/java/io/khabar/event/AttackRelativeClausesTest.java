package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.place;
import static io.khabar.event.EventTestTexts.onlyAttack;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.Extraction;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The relative clause of carrying out (الهجوم الذي شنه X، هجوما … شنته X) tells the attack it
 * follows (issue 13): its subject is the attacker, before any party read after it, and the
 * target and place after its verb are the attack's; a relative clause of another noun further on
 * lends the attack nothing. Sentences written for the test.
 */
class AttackRelativeClausesTest {

  @Test
  void thePlaceAfterTheRelativeClauseIsTheAttacks() {
    Extraction x = extract("وأدان الرئيس الهجوم الذي شنه تنظيم داعش على مواقع الجيش في مدينة "
        + "حلب.");
    Event attack = onlyAttack(x);
    assertEquals(Set.of("Islamic State"), names(x, attack, ParticipantRole.AGENT),
        x.toPrettyJson());
    assertEquals(Optional.of("Aleppo"), place(x, attack), x.toPrettyJson());
  }

  @Test
  void theSubjectOfTheRelativeClauseLeadsThePartiesWithIt() {
    Extraction x = extract("واعتبرت دمشق أن الضربات التي نفذتها الولايات المتحدة مع فرنسا "
        + "وبريطانيا فشلت.");
    Event attack = onlyAttack(x);
    assertEquals(Set.of("United States"), names(x, attack, ParticipantRole.AGENT),
        x.toPrettyJson());
  }

  @Test
  void anotherNounsRelativeClauseLendsNoPlace() {
    Extraction x = extract("وتشن حركة الشباب هجمات ضد المدنيين، مثل الاعتداء الذي شنته في مقديشو "
        + "في شباط الماضي.");
    assertEquals(Optional.empty(), place(x, onlyAttack(x)), x.toPrettyJson());
  }
}
