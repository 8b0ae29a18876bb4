package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import io.khabar.ner.Entity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Word senses decided by the frame, the modality of events the text does not assert, dates
 * anchored to publication, and who is no speaker or party. Sentences written for the test.
 */
class EventSenseAndModalityTest {

  private static List<Event> asserted(Extraction x, EventType type) {
    return ofType(x, type).stream().filter(e -> e.core().modality().isAsserted()).toList();
  }

  private static Optional<Modality> modalityOf(Extraction x, EventType type) {
    return ofType(x, type).stream().findFirst().map(e -> e.core().modality());
  }

  // ------------------------------------------------------------------ senses

  @Test
  void anExplosionThatOccurredIsNoAgreement() {
    Extraction x = extract("وقع انفجار قوي في العاصمة العراقية بغداد صباح اليوم.");
    assertTrue(ofType(x, EventType.AGREEMENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aTotalThatAmountsToASumIsNoVisit() {
    Extraction x = extract("ويصل إجمالي المساعدات السعودية إلى اليمن إلى ملياري دولار.");
    assertTrue(ofType(x, EventType.VISIT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void sanctionsThatAimAtBehaviourAreNoAttack() {
    Extraction x = extract("فرضت الولايات المتحدة عقوبات تستهدف سلوك إيران في المنطقة.");
    assertTrue(ofType(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
    assertEquals(1, ofType(x, EventType.SANCTIONS).size(), x.toPrettyJson());
  }

  @Test
  void aCeasefireIsNoAttack() {
    Extraction x = extract("وأكد الرئيس الفرنسي إيمانويل ماكرون أن روسيا مستعدة لوقف إطلاق النار.");
    assertTrue(ofType(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
  }

  // ------------------------------------------------------------------ modality

  @Test
  void aNegatedAttackIsNegated() {
    Extraction x = extract("ولم تشن إسرائيل أي هجوم على قطاع غزة أمس.");
    assertTrue(asserted(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
    assertEquals(Optional.of(Modality.NEGATED), modalityOf(x, EventType.ATTACK), x.toPrettyJson());
  }

  @Test
  void anUrgedAttackIsExhorted() {
    Extraction x = extract("يحث تنظيم داعش أتباعه على شن هجمات في أوروبا.");
    assertTrue(asserted(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
    assertEquals(Optional.of(Modality.EXHORTED), modalityOf(x, EventType.ATTACK), x.toPrettyJson());
  }

  @Test
  void anExpectedMeetingIsExpected() {
    Extraction x = extract("ومن المتوقع أن يلتقي الرئيس الفرنسي إيمانويل ماكرون نظيره الأمريكي "
        + "جو بايدن في باريس.");
    assertEquals(Optional.of(Modality.EXPECTED), modalityOf(x, EventType.MEETING),
        x.toPrettyJson());
  }

  @Test
  void aFearedAttackIsFeared() {
    Extraction x = extract("ويخشى مسؤولون في بغداد من هجوم تشنه إسرائيل على إيران.");
    assertTrue(asserted(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aVisitUnderAConditionIsConditional() {
    Extraction x = extract("وإذا زار الرئيس الروسي فلاديمير بوتين تركيا فسيلتقي رجب طيب أردوغان.");
    assertEquals(Optional.of(Modality.CONDITIONAL), modalityOf(x, EventType.VISIT),
        x.toPrettyJson());
  }

  @Test
  void aCounterfactualVisitIsHypothetical() {
    Extraction x = extract("ولو زار الرئيس الروسي فلاديمير بوتين أوكرانيا لتغير كل شيء.");
    assertEquals(Optional.of(Modality.HYPOTHETICAL), modalityOf(x, EventType.VISIT),
        x.toPrettyJson());
  }

  @Test
  void assertedEventsLeaveOutWhatTheTextDoesNotAssert() {
    Extraction x = extract("التقى الرئيس السوري أحمد الشرع نظيره الروسي فلاديمير بوتين في موسكو. "
        + "ولم تشن إسرائيل أي هجوم على قطاع غزة أمس.");
    assertTrue(x.assertedEvents().stream().allMatch(e -> e.core().modality().isAsserted()));
    assertEquals(1, x.assertedEvents().stream().filter(e -> e.type() == EventType.MEETING)
        .count(), x.toPrettyJson());
    assertTrue(x.assertedEvents().stream().noneMatch(e -> e.type() == EventType.ATTACK),
        x.toPrettyJson());
  }

  // ------------------------------------------------------------------ dates

  @Test
  void anUndatedStatementIsDatedByPublication() {
    Extraction x = extract("قال وزير الخارجية الأمريكي ماركو روبيو إن الحوار مع إيران مستمر.");
    Event s = ofType(x, EventType.STATEMENT).get(0);
    assertEquals(Optional.of("2026-03-12"), s.core().date(), x.toPrettyJson());
    assertEquals(Optional.of(DateBasis.PUBLICATION), s.core().dateBasis());
    assertTrue(s.core().timex().isEmpty());
  }

  @Test
  void aStatementInThePastPerfectStaysUndated() {
    Extraction x = extract("وكان وزير الخارجية الأمريكي ماركو روبيو قد قال إن الحوار مع إيران "
        + "مستمر.");
    assertTrue(ofType(x, EventType.STATEMENT).stream().allMatch(s -> s.core().date().isEmpty()),
        x.toPrettyJson());
  }

  @Test
  void aStatementWithItsOwnDateKeepsTheTextsDate() {
    Extraction x = extract("قال وزير الخارجية الأمريكي ماركو روبيو أمس الأربعاء إن الحوار مستمر.");
    Event s = ofType(x, EventType.STATEMENT).get(0);
    assertEquals(Optional.of("2026-03-11"), s.core().date(), x.toPrettyJson());
    assertEquals(Optional.of(DateBasis.TEXT), s.core().dateBasis());
  }

  // ------------------------------------------------------------------ speakers and parties

  @Test
  void aSourceAfterAccordingToIsNoSpeaker() {
    Extraction x = extract("وبدأت القوات الأمريكية سحب جنودها من سوريا، بحسب ما أفادت وكالة "
        + "رويترز.");
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aDatelineCreditIsNoSpeaker() {
    Extraction x = extract("دبي، الإمارات العربية المتحدة (CNN)-- أعلنت وزارة الخزانة التركية "
        + "أنها أصدرت سندات جديدة.");
    assertTrue(ofType(x, EventType.STATEMENT).stream()
        .noneMatch(s -> names(x, s).contains("CNN")), x.toPrettyJson());
  }

  @Test
  void aCountryAfterInIsNoParty() {
    Extraction x = extract("زار الرئيس الفرنسي إيمانويل ماكرون مدينة عدن في اليمن أمس.");
    assertTrue(ofType(x, EventType.VISIT).stream()
        .noneMatch(v -> names(x, v).contains("Yemen")), x.toPrettyJson());
  }

  @Test
  void aVisitedCapitalIsThePlaceNotTheVisitor() {
    Extraction x = extract("وقال المبعوث الأممي غير بيدرسن إنه سيزور دمشق الشهر المقبل للقاء "
        + "المسؤولين السوريين.");
    Event visit = ofType(x, EventType.VISIT).get(0);
    assertEquals(Set.of("Geir Pedersen"), names(x, visit), x.toPrettyJson());
    assertEquals(Optional.of("Damascus"), visit.core().place().flatMap(x::entity)
        .map(Entity::name));
    assertTrue(ofType(x, EventType.MEETING).stream()
        .noneMatch(m -> names(x, m).contains("Damascus")), x.toPrettyJson());
  }

  @Test
  void aPlaceFrontedWithAConjunctionIsTheStatementsPlace() {
    Extraction x = extract("وفي بيروت، قال وزير الخارجية الفرنسي جان نويل بارو إن الحوار مستمر.");
    Event s = ofType(x, EventType.STATEMENT).get(0);
    assertEquals(Optional.of("Beirut"), s.core().place().flatMap(x::entity).map(Entity::name),
        x.toPrettyJson());
  }

  @Test
  void aVerbAfterWhereTakesTheSubjectBeforeIt() {
    Extraction x = extract("ووصل المبعوث الأممي غير بيدرسن إلى بيروت قادما من عمّان، حيث التقى "
        + "وزير الخارجية الأردني أيمن الصفدي.");
    Event meeting = ofType(x, EventType.MEETING).get(0);
    assertEquals(Set.of("Geir Pedersen", "Ayman Safadi"), names(x, meeting), x.toPrettyJson());
  }

  @Test
  void aSpanSinceAnEarlierDateDoesNotDateALaterEvent() {
    Extraction x = extract("استقبل الرئيس السوري أحمد الشرع وزير الخارجية التركي هاكان فيدان، في "
        + "زيارة هي الثالثة له منذ مطلع العام، وبحث الجانبان خلال الاجتماع انسحاب القوات "
        + "التركية.");
    assertTrue(ofType(x, EventType.WITHDRAWAL).stream()
        .noneMatch(w -> w.core().date().isPresent()), x.toPrettyJson());
  }

  @Test
  void aStatementSaidThenIsNotDatedByPublication() {
    Extraction x = extract("وقال رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني يومها إن "
        + "بلاده ستواصل دعم الحوار.");
    assertTrue(ofType(x, EventType.STATEMENT).stream()
        .allMatch(s -> s.core().date().isEmpty()), x.toPrettyJson());
  }

  @Test
  void theMediumOfAnInterviewIsNoSpeaker() {
    Extraction x = extract("ورأى وزير الخارجية الإيراني محمد جواد ظريف، في مقابلة مع CNN، أن "
        + "العقوبات لن تنجح.");
    assertTrue(ofType(x, EventType.STATEMENT).stream()
        .noneMatch(s -> names(x, s).contains("CNN")), x.toPrettyJson());
  }

  @Test
  void aStatementMadeRecentlyIsNotDatedByPublication() {
    Extraction x = extract("وأبدى الرئيس الفرنسي إيمانويل ماكرون مؤخرا أسفه لما حدث.");
    assertTrue(ofType(x, EventType.STATEMENT).stream()
        .allMatch(s -> s.core().date().isEmpty()), x.toPrettyJson());
  }

  @Test
  void theSpeakerOfAnAppositionIsTheHeadsName() {
    Extraction x = extract("قال مستشار الرئيس الأمريكي دونالد ترامب للأمن القومي، جون بولتون، إن "
        + "واشنطن لن تنسحب من سوريا.");
    Event s = ofType(x, EventType.STATEMENT).get(0);
    assertEquals(Set.of("John Bolton"), names(x, s), x.toPrettyJson());
  }

  @Test
  void theBodyInAnUnnamedEnvoysTitleIsNoSpeaker() {
    Extraction x = extract("وقال مبعوث الأمم المتحدة إن هناك نحو عشرة آلاف مقاتل في إدلب.");
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void theNameAfterAnotherNounIsNotTheVerbalNounsAgent() {
    Extraction x = extract("وقال الرئيس المصري عبد الفتاح السيسي عقب إعلان فوز الناشطة العراقية "
        + "نادية مراد بالجائزة إن الفوز مستحق.");
    assertTrue(ofType(x, EventType.STATEMENT).stream()
        .noneMatch(s -> names(x, s).contains("Nadia Murad")), x.toPrettyJson());
  }

  @Test
  void aHeaderInAMatchIsNoAttack() {
    Extraction x = extract("وأدرك مدافع البرتغال بيبي التعادل بضربة رأسية في الدقيقة 55 أمام "
        + "منتخب الأوروغواي.");
    assertTrue(ofType(x, EventType.ATTACK).isEmpty(), x.toPrettyJson());
    Extraction y = extract("ورغم تعزز خط هجوم البرتغال بكواريسما، لم يسجل المنتخب.");
    assertTrue(ofType(y, EventType.ATTACK).isEmpty(), y.toPrettyJson());
  }
}
