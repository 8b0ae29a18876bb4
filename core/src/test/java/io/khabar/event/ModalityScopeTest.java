package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How far a modal cue reaches ({@link Modalities}): a clause of its own (كما، لكن، وذلك, a
 * relative clause) is told as fact, a question of whether (ما إذا) has no consequence clause, a
 * negation may carry و (ولم), ما after a word or a comma is no negation, and لا / ما + زال is
 * "still". Sentences written for the test.
 */
class ModalityScopeTest {

  private static List<Modality> modalities(Extraction x, EventType type) {
    return ofType(x, type).stream().map(e -> e.core().modality()).toList();
  }

  @Test
  void aSourceAfterKamaIsNoConditionalStatement() {
    Extraction x = extract("وتهدد الخطوة بحرمان الطلبة من التعليم في حال عدم توفر التمويل، "
        + "كما يقول وزير الخارجية الأردني أيمن الصفدي.");
    assertEquals(List.of(Modality.ASSERTED), modalities(x, EventType.STATEMENT),
        x.toPrettyJson());
  }

  @Test
  void aNegationJoinedByWawNegates() {
    Extraction x = extract("ولم يعلن رئيس الوزراء العراقي حيدر العبادي موعد الانتخابات.");
    assertEquals(List.of(Modality.NEGATED), modalities(x, EventType.STATEMENT), x.toPrettyJson());
  }

  @Test
  void maAfterACommaIsTheRelativeNotANegation() {
    Extraction x = extract("وشهدت مراكز الاقتراع إقبالا ضعيفا، ما دعا الرئيس اللبناني ميشال عون "
        + "إلى مناشدة الناخبين.");
    assertTrue(modalities(x, EventType.STATEMENT).stream().noneMatch(m -> m == Modality.NEGATED),
        x.toPrettyJson());
  }

  @Test
  void laTazalIsStillNotANegation() {
    Extraction x = extract("والطائرات الإسرائيلية لا تزال تشن غارات على قطاع غزة.");
    assertEquals(List.of(Modality.ASSERTED), modalities(x, EventType.ATTACK), x.toPrettyJson());
  }

  @Test
  void aRelativeClauseIsToldAsFact() {
    Extraction x = extract("ويرجح المحللون فوز الفريق والذي يقول مدربه حسام حسن إنه جاهز "
        + "للمباراة.");
    assertEquals(List.of(Modality.ASSERTED), modalities(x, EventType.STATEMENT),
        x.toPrettyJson());
  }

  @Test
  void theAnswerToAQuestionOfWhetherIsAsserted() {
    Extraction x = extract("وردا على سؤال عما إذا كان سيترشح لولاية ثانية، قال الرئيس الروسي "
        + "فلاديمير بوتين إنه لم يقرر بعد.");
    assertEquals(List.of(Modality.ASSERTED), modalities(x, EventType.STATEMENT),
        x.toPrettyJson());
  }

  @Test
  void aPastVerbAfterTheConditionsCommaIsAMainClause() {
    Extraction x = extract("وطالب مجلس الأمن الدول المجاورة بتفتيش السفن في حال وجود أسلحة "
        + "فيها، وطالب الحوثيين بسحب قواتهم من الحديدة.");
    assertTrue(modalities(x, EventType.STATEMENT).stream().allMatch(m -> m == Modality.ASSERTED),
        x.toPrettyJson());
  }

  @Test
  void aStatementNounAfterFiIsWhereTheDemandWasMade() {
    Extraction x = extract("وطالبت عائلة الصحفي جمال خاشقجي، في أول بيان لها، بتحقيق دولي "
        + "مستقل.");
    assertTrue(modalities(x, EventType.STATEMENT).stream().allMatch(m -> m == Modality.ASSERTED),
        x.toPrettyJson());
  }

  @Test
  void theSettingAfterDhalikaIsToldAsFact() {
    Extraction x = extract("وحذرت حركة طالبان من أنها ستدافع عن نفسها في حال تعرضها لهجوم، "
        + "وذلك في بيان صدر بعد يومين على إعلان الحكومة الأفغانية الهدنة.");
    assertTrue(modalities(x, EventType.STATEMENT).stream().allMatch(m -> m == Modality.ASSERTED),
        x.toPrettyJson());
    assertEquals(List.of(Modality.CONDITIONAL), modalities(x, EventType.ATTACK), x.toPrettyJson());
  }

  @Test
  void theClauseAfterButIsToldOnItsOwn() {
    Extraction x = extract("ولم تؤكد الشرطة ما إذا كان المساعد سيدلي بشهادته، لكن الصحف "
        + "الإسرائيلية ذكرت أنه تم التوصل لاتفاق مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو.");
    assertEquals(List.of(Modality.ASSERTED), modalities(x, EventType.AGREEMENT),
        x.toPrettyJson());
  }

  @Test
  void aConditionStillGovernsItsOwnClause() {
    Extraction x = extract("وقال الرئيس التركي رجب طيب أردوغان إن بلاده سترد إذا فرضت الولايات "
        + "المتحدة عقوبات عليها.");
    assertEquals(List.of(Modality.CONDITIONAL), modalities(x, EventType.SANCTIONS),
        x.toPrettyJson());
  }

  @Test
  void notRulingOutIsASayingThatHappened() {
    Extraction x = extract("ولم يستبعد وزير الخارجية الأمريكي مايك بومبيو أن تفرض واشنطن "
        + "عقوبات جديدة.");
    assertTrue(modalities(x, EventType.STATEMENT).stream().allMatch(m -> m == Modality.ASSERTED),
        x.toPrettyJson());
  }

  @Test
  void notRulingOutInsideAnotherSayingIsAReportedStance() {
    Extraction x = extract("وقال الرئيس الروسي فلاديمير بوتين إن روسيا لا تستبعد تأييد قرار في "
        + "مجلس الأمن.");
    assertTrue(ofType(x, EventType.STATEMENT).stream()
        .filter(e -> x.text().substring(e.core().trigger().start(), e.core().trigger().end())
            .equals("تستبعد"))
        .noneMatch(e -> e.core().modality() == Modality.ASSERTED), x.toPrettyJson());
  }

  @Test
  void aVerbJoinedAfterACommaIsBeyondTheFear() {
    Extraction x = extract("وتقول إسرائيل إنها تدافع عن حدودها خشية تسلل جماعي، وتتهم حركة "
        + "حماس بالسعي إلى التصعيد.");
    assertEquals(List.of(Modality.ASSERTED, Modality.ASSERTED),
        modalities(x, EventType.STATEMENT), x.toPrettyJson());
  }

  @Test
  void aMeetingAfterIndIsTheSettingOfTheUrging() {
    Extraction x = extract("وحضت رئيسة الوزراء البريطانية تيريزا ماي الرئيس الأمريكي دونالد ترامب "
        + "على الحزم عند لقائه مع الرئيس الروسي فلاديمير بوتين في هلسنكي الأسبوع المقبل.");
    assertTrue(modalities(x, EventType.MEETING).stream().noneMatch(m -> m == Modality.EXHORTED),
        x.toPrettyJson());
  }

  @Test
  void qadBeforeAnImperfectIsAPossibility() {
    Extraction x = extract("وذكر التلفزيون الإسرائيلي أن رئيس المخابرات المصرية عباس كامل قد يزور "
        + "رام الله الأسبوع المقبل.");
    assertEquals(List.of(Modality.EXPECTED), modalities(x, EventType.VISIT), x.toPrettyJson());
  }

  @Test
  void qadBeforeAPerfectIsToldAsFact() {
    Extraction x = extract("وكان رئيس المخابرات المصرية عباس كامل قد زار رام الله الشهر الماضي.");
    assertEquals(List.of(Modality.ASSERTED), modalities(x, EventType.VISIT), x.toPrettyJson());
  }
}
