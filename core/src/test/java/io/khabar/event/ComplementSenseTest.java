package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Senses and roles decided by what a trigger governs (Complements, RelativeObjects,
 * VerbalAttacks) and goals (SOUGHT). Sentences written for the test.
 */
class ComplementSenseTest {

  private static List<Event> asserted(String text, EventType type) {
    return ofType(extract(text), type).stream()
        .filter(e -> e.core().modality() == Modality.ASSERTED
            || e.core().modality() == Modality.PLANNED)
        .toList();
  }

  @Test
  void aSignatureIsNoAgreement() {
    assertTrue(asserted("ونشر النادي صورة القميص وعليه توقيع اللاعب محمد صلاح.",
        EventType.AGREEMENT).isEmpty());
  }

  @Test
  void imposingAPenaltyIsNoAgreement() {
    assertTrue(asserted("وقررت المحكمة توقيع عقوبة الغرامة على رجل الأعمال أحمد سعيد.",
        EventType.AGREEMENT).isEmpty());
  }

  @Test
  void signingATreatyIsAnAgreement() {
    assertFalse(asserted("وشهد الاحتفال توقيع وزير الخارجية المصري سامح شكري ونظيره الأردني"
        + " أيمن الصفدي على اتفاقية للتعاون الاقتصادي.", EventType.AGREEMENT).isEmpty());
  }

  @Test
  void anInterviewWithAPaperIsNoNegotiation() {
    Extraction x = extract("وقال وزير الخارجية البحريني خالد بن أحمد في حوار مع صحيفة الشرق"
        + " الأوسط إن الأزمة مع قطر ستطول.");
    assertTrue(ofType(x, EventType.NEGOTIATION).isEmpty());
    assertTrue(ofType(x, EventType.MEETING).isEmpty());
    assertFalse(ofType(x, EventType.STATEMENT).isEmpty());
  }

  @Test
  void aTelevisedTalkIsNoMeeting() {
    assertTrue(asserted("وأوضحت الفنانة المصرية يسرا في لقاء تلفزيوني أنها ستعود إلى المسرح.",
        EventType.MEETING).isEmpty());
  }

  @Test
  void aTalkWithAMinisterIsStillAMeeting() {
    assertFalse(asserted("وعقد الرئيس المصري عبد الفتاح السيسي لقاء مع وزير الخارجية الروسي"
        + " سيرغي لافروف في القاهرة أمس.", EventType.MEETING).isEmpty());
  }

  @Test
  void reachingAStateIsNoVisit() {
    assertTrue(asserted("ووصل الخلاف بين الحزبين الحاكمين إلى حد القطيعة التامة.",
        EventType.VISIT).isEmpty());
    assertTrue(asserted("وفضل رئيس الوزراء الباكستاني السابق نواز شريف التوجه إلى زنزانة السجن.",
        EventType.VISIT).isEmpty());
  }

  @Test
  void headingToAnUnknownTownThenAKnownCityIsAVisit() {
    assertFalse(asserted("وسيتوجه البابا فرنسيس إلى أور ثم إلى الموصل يوم الأحد.",
        EventType.VISIT).isEmpty());
  }

  @Test
  void arrivingInACityIsAVisit() {
    assertFalse(asserted("ووصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت مساء الأحد.",
        EventType.VISIT).isEmpty());
  }

  @Test
  void anAgreementSoughtIsNotAsserted() {
    List<Event> agreements = ofType(extract(
        "وتسعى بريطانيا إلى اتفاق تجاري مع الولايات المتحدة بعد خروجها من الاتحاد الأوروبي."),
        EventType.AGREEMENT);
    assertTrue(agreements.stream().allMatch(e -> e.core().modality() == Modality.SOUGHT),
        agreements.toString());
  }

  @Test
  void aMeetingHeldWithinEffortsHappened() {
    List<Event> meetings = ofType(extract("وفي إطار مساعيه لحل الأزمة التقى وزير الخارجية"
        + " الأمريكي مايك بومبيو نظيره الروسي سيرغي لافروف في موسكو."), EventType.MEETING);
    assertFalse(meetings.isEmpty());
    assertEquals(Modality.ASSERTED, meetings.get(0).core().modality());
  }

  @Test
  void theNameAfterARelativesVerbIsTheTarget() {
    Extraction x = extract("ودانت حركة حماس التفجير الذي استهدف موكب رئيس الوزراء الفلسطيني"
        + " رامي الحمد الله في قطاع غزة.");
    for (Event e : ofType(x, EventType.ATTACK)) {
      assertTrue(names(x, e, ParticipantRole.AGENT).stream().noneMatch(n -> n.contains("Hamdallah")
          || n.contains("Hamdalla") || n.contains("Rami")), names(x, e).toString());
    }
  }

  @Test
  void criticismIsNoAttack() {
    assertTrue(asserted("وهاجم النائب المصري مصطفى بكري الرئيس التونسي السابق منصف المرزوقي،"
        + " قائلا إنه أساء إلى الشعب المصري.", EventType.ATTACK).isEmpty());
  }

  @Test
  void stormingAVillageIsAnAttack() {
    assertFalse(asserted("وهاجم تنظيم داعش قرية في ريف دير الزور وقتل عشرة مدنيين.",
        EventType.ATTACK).isEmpty());
  }

  @Test
  void anAttackSomeoneElseReportsIsStillAnAttack() {
    assertFalse(asserted("وهاجم تنظيم داعش قرية في ريف دير الزور، وقال المرصد السوري إن عشرة"
        + " مدنيين قتلوا.", EventType.ATTACK).isEmpty());
  }

  @Test
  void theGenitiveOfTargetingIsTheTarget() {
    Extraction x = extract("وأدانت الجامعة العربية استهداف السعودية بصواريخ باليستية.");
    for (Event e : ofType(x, EventType.ATTACK)) {
      assertTrue(names(x, e, ParticipantRole.AGENT).stream().noneMatch(n -> n.contains("Saudi")),
          names(x, e).toString());
    }
  }

  @Test
  void theGenitiveBeforeAnObjectWithLamIsTheAttacker() {
    Extraction x = extract("وأدانت الحكومة اليمنية استهداف الحوثيين لناقلتي نفط سعوديتين في البحر"
        + " الأحمر.");
    for (Event e : ofType(x, EventType.ATTACK)) {
      assertTrue(names(x, e, ParticipantRole.TARGET).stream().noneMatch(n -> n.contains("Houthi")),
          names(x, e).toString());
    }
  }

  @Test
  void whoCondemnsAnAttackIsNotTheAttacker() {
    Extraction x = extract("وأدانت الجامعة العربية استهداف السعودية بصواريخ باليستية.");
    Extraction y = extract("وندد وزير الخارجية الفرنسي جان إيف لودريان بقصف مدينة إدلب.");
    for (Extraction z : List.of(x, y)) {
      for (Event e : ofType(z, EventType.ATTACK)) {
        assertTrue(names(z, e, ParticipantRole.AGENT).stream()
            .noneMatch(n -> n.contains("Arab League") || n.contains("Le Drian")),
            names(z, e).toString());
      }
    }
  }

  @Test
  void whoAnnouncesAWithdrawalWithdraws() {
    Extraction x = extract("وأعلن الرئيس الأمريكي دونالد ترامب سحب القوات الأمريكية من سوريا.");
    assertTrue(ofType(x, EventType.WITHDRAWAL).stream()
        .anyMatch(e -> names(x, e, ParticipantRole.AGENT).contains("Donald Trump")),
        x.events().toString());
  }

  @Test
  void aTemporaryCeasefireIsNoAttack() {
    assertTrue(asserted("وأعلن الرئيس الأفغاني أشرف غني وقفا مؤقتا لإطلاق النار مع حركة طالبان.",
        EventType.ATTACK).isEmpty());
    assertTrue(asserted("وتوصلت الأطراف إلى وقف طويل الأمد لإطلاق النار في قطاع غزة.",
        EventType.ATTACK).isEmpty());
  }

  @Test
  void whoReportsAnAttackIsNotTheAttacker() {
    Extraction x = extract("وأعلن المرصد السوري لحقوق الإنسان أن طائرات حربية نفذت غارات على"
        + " مقرات المعارضة في ريف إدلب.");
    for (Event e : ofType(x, EventType.ATTACK)) {
      assertTrue(names(x, e, ParticipantRole.AGENT).stream()
          .noneMatch(n -> n.contains("Observatory")), names(x, e).toString());
    }
  }

  @Test
  void anArmyAnnouncingItsStrikeIsTheAttacker() {
    Extraction x = extract("وأعلن الجيش الأمريكي أنه شن غارة جوية على مواقع لحركة طالبان في"
        + " ولاية كونار.");
    assertFalse(ofType(x, EventType.ATTACK).isEmpty());
    assertTrue(ofType(x, EventType.ATTACK).stream()
        .anyMatch(e -> !names(x, e, ParticipantRole.AGENT).isEmpty()), x.events().toString());
  }

  @Test
  void aRelativeClauseKeepsTheSpeakerBeforeIt() {
    Extraction x = extract("وشركة توتال الفرنسية التي تعتبر أكبر مستثمر أوروبي في إيران قالت"
        + " إنها ستنسحب من مشروع لتطوير حقل غاز.");
    assertTrue(ofType(x, EventType.STATEMENT).stream()
        .anyMatch(e -> names(x, e, ParticipantRole.SPEAKER).stream()
            .anyMatch(n -> n.contains("Total"))), x.events().toString());
  }

  @Test
  void rumoursSpreadingAreNoDeployment() {
    assertTrue(asserted("وانتشرت الشائعات حول انفصال الفنانة المصرية ياسمين صبري بسرعة كبيرة.",
        EventType.DEPLOYMENT).isEmpty());
    assertTrue(asserted("وخرجت مظاهرات في المغرب احتجاجا على انتشار الفقر والبطالة.",
        EventType.DEPLOYMENT).isEmpty());
  }

  @Test
  void forcesSpreadingIsADeployment() {
    assertFalse(asserted("وتنتشر القوات الروسية في مدينة دوما السورية منذ أسبوع.",
        EventType.DEPLOYMENT).isEmpty());
  }

  @Test
  void grantingALeadIsNoAid() {
    assertTrue(asserted("ومنح محمد صلاح هدف التقدم لمصر في الدقيقة 56 من المباراة.",
        EventType.AID).isEmpty());
  }

  @Test
  void sharingAViewIsNoAgreement() {
    assertTrue(asserted("وقال رئيس المجلس الأوروبي دونالد توسك إن المجلس اتفق مع بريطانيا بأن"
        + " روسيا مسؤولة عن الهجوم.", EventType.AGREEMENT).isEmpty());
    assertTrue(asserted("وأكملت القوات انسحابها بالاتفاق مع التحالف الدولي.",
        EventType.AGREEMENT).isEmpty());
  }

  @Test
  void agreeingOnTermsIsAnAgreement() {
    assertFalse(asserted("واتفقت الحكومة السودانية مع الحركة الشعبية على وقف القتال في ولاية"
        + " النيل الأزرق.", EventType.AGREEMENT).isEmpty());
  }
}
