package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import io.khabar.ner.Entity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The attacker named by a pronoun or by the body its fighters belong to (AttackAgents): the
 * possessive of an attack noun with its target after على, the possessive of the verbal noun of
 * carrying out before the noun, and a لـ genitive of fighters. Sentences written for the test,
 * each rule with a sentence it must leave alone.
 */
class AttackPronounAgentsTest {

  /** Every mention text of {@code e}'s agents. */
  private static Set<String> agents(Extraction x, Event e) {
    return e.core().participants().stream().filter(p -> p.role() == ParticipantRole.AGENT)
        .flatMap(p -> x.entity(p.entity()).map(Entity::mentions).orElseThrow().stream())
        .map(m -> m.text()).collect(Collectors.toSet());
  }

  private static String trigger(Extraction x, Event e) {
    return x.text().substring(e.core().trigger().start(), e.core().trigger().end());
  }

  @Test
  void thePossessiveOfAnAttackWithItsTargetIsTheAntecedentBody() {
    Extraction x = extract("وقال المرصد إن حركة الشباب فجرت سيارة مفخخة في هجومها على قاعدة"
        + " عسكرية قرب مدينة كسمايو.");
    List<Event> attacks = ofType(x, EventType.ATTACK);
    assertTrue(attacks.stream().anyMatch(e -> trigger(x, e).equals("هجومها")
        && agents(x, e).contains("الشباب")), attacks.toString());
  }

  @Test
  void theCarryingOutNounBeforeTheAttackTakesTheAntecedentBody() {
    Extraction x = extract("وسيطرت قوات سوريا الديمقراطية على البلدة بعد شنها هجمات عنيفة"
        + " عليها.");
    List<Event> attacks = ofType(x, EventType.ATTACK);
    assertEquals(1, attacks.size(), attacks.toString());
    assertTrue(agents(x, attacks.get(0)).contains("قوات سوريا الديمقراطية"));
  }

  @Test
  void theTellerBeforeTheComplementizerIsNoAntecedent() {
    // the pronoun points to التنظيم, which names no one: not the director nor the agency told
    Extraction x = extract("وقال مدير المرصد رامي عبد الرحمن لوكالة رويترز إن القرويين قتلوا"
        + " أثناء هجومه على القرية.");
    assertTrue(ofType(x, EventType.ATTACK).stream().allMatch(e -> agents(x, e).isEmpty()),
        ofType(x, EventType.ATTACK).toString());
  }

  @Test
  void aPersonsAttackByPronounIsNoArmedAttack() {
    Extraction x = extract("وصعد الرئيس الأمريكي دونالد ترامب هجومه على حلفائه الأوروبيين.");
    assertTrue(ofType(x, EventType.ATTACK).stream()
        .noneMatch(e -> trigger(x, e).equals("هجومه")), x.events().toString());
  }

  @Test
  void aPossessedAttackWithNoTargetNamesNoAttacker() {
    // استهدافها: "targeting it" as much as "its targeting"; nothing says whose
    Extraction x = extract("وأعلنت حركة حماس أن إسرائيل هددت المدينة، وأدان مجلس الأمن"
        + " استهدافها.");
    assertTrue(ofType(x, EventType.ATTACK).stream()
        .noneMatch(e -> trigger(x, e).equals("استهدافها")
            && agents(x, e).contains("إسرائيل")), x.events().toString());
  }

  @Test
  void fightersByLamNameTheBodyTheyBelongTo() {
    Extraction x = extract("وقتل ثلاثة جنود أتراك في هجوم لعناصر من حزب العمال الكردستاني"
        + " على مركز حدودي.");
    List<Event> attacks = ofType(x, EventType.ATTACK);
    assertEquals(1, attacks.size(), attacks.toString());
    assertTrue(agents(x, attacks.get(0)).contains("حزب العمال الكردستاني"));
  }

  @Test
  void positionsOfABodyAfterLamAreItsTarget() {
    Extraction x = extract("وشن الطيران الإسرائيلي غارات على مواقع لحزب الله في جنوب لبنان.");
    assertTrue(ofType(x, EventType.ATTACK).stream()
        .noneMatch(e -> agents(x, e).contains("حزب الله")), x.events().toString());
  }
}
