package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static io.khabar.event.EventTestTexts.onlyAttack;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Whoever reports an attack is not its agent unless the words point back to the speaker, claim
 * or accuse, or name the speaker in the attack's own frame ({@link ReportingSpeakers}).
 * Sentences written for the test.
 */
class ReportingSpeakersTest {

  @Test
  void monitorReportingAnExecutionIsNoAttacker() {
    Extraction x = extract("وأكد المرصد السوري لحقوق الانسان إعدام التنظيم للشابة "
        + "\"بإطلاق النار على رأسها\".");
    assertTrue(ofType(x, EventType.ATTACK).stream()
        .noneMatch(e -> names(x, e, ParticipantRole.AGENT).stream()
            .anyMatch(n -> n.contains("Observatory") || n.contains("مرصد"))), x.toPrettyJson());
  }

  @Test
  void officialQuotingTheStormIsNoAttacker() {
    Extraction x = extract("وقال مدير المكتب خالد عمر إن مجموعة من المتشددين اقتحموا مقر المفوضية "
        + "في العاصمة.");
    assertTrue(ofType(x, EventType.ATTACK).stream()
        .allMatch(e -> names(x, e, ParticipantRole.AGENT).isEmpty()), x.toPrettyJson());
  }

  @Test
  void armyAnnouncingItsOwnRaidsIsTheAttacker() {
    Extraction x = extract("وأعلن الجيش الإسرائيلي، مساء الاثنين، شن غارات على مواقع لحركة حماس.");
    assertFalse(names(x, onlyAttack(x), ParticipantRole.AGENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void speakerWhoseForcesStruckIsTheAttacker() {
    Extraction x = extract("وقال الجيش الإسرائيلي إن طائراته قصفت مواقع لحركة حماس.");
    assertFalse(names(x, onlyAttack(x), ParticipantRole.AGENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void speakerNamedByTheAttackItselfStays() {
    Extraction x = extract("وأعلن الجيش التركي عن مقتل 23 عنصرا في هجوم للجيش التركي على "
        + "مواقعهم.");
    assertFalse(names(x, onlyAttack(x), ParticipantRole.AGENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void accuserLeavesTheAccusedAsAttacker() {
    Extraction x = extract("واتهمت إسرائيل المتظاهرين بأنهم إرهابيون مبررة بذلك فتح جنودها النار "
        + "عليهم.");
    assertFalse(names(x, onlyAttack(x), ParticipantRole.AGENT).isEmpty(), x.toPrettyJson());
  }
}
