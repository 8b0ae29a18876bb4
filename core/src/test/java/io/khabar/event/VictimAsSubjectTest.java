package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static io.khabar.event.EventTestTexts.onlyAttack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The victim told as the subject ({@link VictimSide}): of a verb of undergoing before the attack
 * with لـ, of a verb of suffering before the means with بـ, of a passive attack verb. The victim
 * is the TARGET, the attacker only whom the attack's frame names after it. Sentences written for
 * the test.
 */
class VictimAsSubjectTest {

  @Test
  void theStabbedCandidateIsTheTarget() {
    Extraction x = extract("تعرض جاير بولسونارو، المرشح الرئاسي في البرازيل، للطعن أثناء مسيرة "
        + "انتخابية الجمعة.");
    Event e = onlyAttack(x);
    assertEquals(Set.of("Jair Bolsonaro"), names(x, e, ParticipantRole.TARGET), x.toPrettyJson());
    assertTrue(names(x, e, ParticipantRole.AGENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void whoUnderwentAnAttackIsItsTarget() {
    Extraction x = extract("تعرض الرئيس الأفغاني أشرف غني لهجوم في كابل الأحد.");
    Event e = onlyAttack(x);
    assertEquals(Set.of("Ashraf Ghani"), names(x, e, ParticipantRole.TARGET), x.toPrettyJson());
    assertTrue(names(x, e, ParticipantRole.AGENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void theAssassinatedIsTheTarget() {
    Extraction x = extract("اغتيل الرئيس المصري أنور السادات خلال عرض عسكري في القاهرة عام 1981.");
    Event e = onlyAttack(x);
    assertEquals(Set.of("Anwar Sadat"), names(x, e, ParticipantRole.TARGET), x.toPrettyJson());
  }

  @Test
  void theOwnerOfTheFireThatWoundedStaysTheAttacker() {
    Extraction x = extract("أصيب ثلاثة جنود أتراك بنيران حزب العمال الكردستاني في ولاية هكاري.");
    Event e = onlyAttack(x);
    assertEquals(1, names(x, e, ParticipantRole.AGENT).size(), x.toPrettyJson());
    assertTrue(names(x, e, ParticipantRole.TARGET).isEmpty(), x.toPrettyJson());
  }

  @Test
  void theActorAfterAtTheHandsOfIsTheAttacker() {
    Extraction x = extract("تعرضت القرية لقصف بأيدي الجيش السوري فجر الاثنين.");
    assertEquals(Set.of("Syrian Army"), names(x, onlyAttack(x), ParticipantRole.AGENT),
        x.toPrettyJson());
  }

  @Test
  void anInjuryUndergoneIsNoAttack() {
    Extraction x = extract("تعرض لاعب ريال مدريد كريستيانو رونالدو لإصابة في الركبة.");
    assertTrue(ofType(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
  }

  @Test
  void deathsInARoadAccidentAreNoAttack() {
    Extraction x = extract("قتل ثلاثة أشخاص في حادث سير على طريق عمان الخميس.");
    assertTrue(ofType(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
  }

  @Test
  void killingADealIsNoAttack() {
    Extraction x = extract("قتل الوزير الصفقة بتصريحاته أمس.");
    assertTrue(ofType(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aForceThatKilledWithBulletsStaysTheAttacker() {
    Extraction x = extract("وقتل الجيش الإسرائيلي ثلاثة فلسطينيين برصاص قناصته قرب حدود غزة.");
    for (Event e : ofType(x, EventType.ATTACK)) {
      assertTrue(names(x, e, ParticipantRole.TARGET).stream()
          .noneMatch(n -> n.contains("Israel")), x.toPrettyJson());
    }
  }

  @Test
  void theArmyThatRepelledAnAttackIsItsTarget() {
    Extraction x = extract("وصد الجيش العراقي هجوما لتنظيم داعش على مواقعه قرب الموصل.");
    Event e = onlyAttack(x);
    assertTrue(names(x, e, ParticipantRole.TARGET).stream().anyMatch(n -> n.contains("Iraqi")),
        x.toPrettyJson());
    assertTrue(names(x, e, ParticipantRole.AGENT).stream().noneMatch(n -> n.contains("Iraqi")),
        x.toPrettyJson());
  }
}
