package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event that someone is open to, ready for, wishes or needs is not reported as having happened
 * (the AIM cues of {@code argument-cues.tsv}: modality SOUGHT), nor is one that is on someone to do
 * (إن على X أن، عليها أن: EXHORTED), and ratifying a treaty or a bill is no agreement between
 * parties. Sentences written for the test.
 */
class DispositionModalityTest {

  private static List<Event> asserted(String text, EventType type) {
    return ofType(extract(text), type).stream()
        .filter(e -> e.core().modality() == Modality.ASSERTED
            || e.core().modality() == Modality.PLANNED)
        .toList();
  }

  @Test
  void opennessToAnAgreementIsNoAgreement() {
    assertTrue(asserted("وأبدى الرئيس الأمريكي دونالد ترامب انفتاحه على اتفاق جديد مع إيران.",
        EventType.AGREEMENT).isEmpty());
  }

  @Test
  void readinessForAMeetingIsNoMeeting() {
    assertTrue(asserted("وأعلن وزير الخارجية الروسي سيرغي لافروف استعداده للقاء نظيره الأمريكي"
        + " مايك بومبيو.", EventType.MEETING).isEmpty());
  }

  @Test
  void aWishToVisitIsNoVisit() {
    assertTrue(asserted("وأعرب رئيس الوزراء العراقي حيدر العبادي عن رغبته في زيارة السعودية.",
        EventType.VISIT).isEmpty());
  }

  @Test
  void aNeededAgreementIsNoAgreement() {
    assertTrue(asserted("وقال وزير المالية الفرنسي برونو لومير إن أوروبا بحاجة إلى اتفاق مع"
        + " الولايات المتحدة.", EventType.AGREEMENT).isEmpty());
  }

  @Test
  void aPastVerbAfterAWishIsTold() {
    assertFalse(asserted("ورغبة في التهدئة، التقى الرئيس المصري عبد الفتاح السيسي نظيره السوداني"
        + " عمر البشير في القاهرة.", EventType.MEETING).isEmpty());
  }

  @Test
  void anAgreementSignedAfterReadinessIsTold() {
    assertFalse(asserted("وأكد الوزير استعداده للتعاون، ووقعت مصر والسودان اتفاقية للتعاون"
        + " الاقتصادي يوم الأحد.", EventType.AGREEMENT).isEmpty());
  }

  @Test
  void ratifyingABillIsNoAgreement() {
    assertTrue(asserted("وصادق البرلمان الإيراني يوم الأحد على مشروع قانون لمكافحة تمويل الإرهاب.",
        EventType.AGREEMENT).isEmpty());
    assertTrue(asserted("وأكدت الحكومة مصادقة فرنسا على اتفاقية مناهضة التعذيب.",
        EventType.AGREEMENT).isEmpty());
  }

  @Test
  void signingATreatyIsStillAnAgreement() {
    assertFalse(asserted("ووقعت مصر والسودان اتفاقية للتعاون الاقتصادي يوم الأحد.",
        EventType.AGREEMENT).isEmpty());
  }

  @Test
  void sanctionsItIsOnAStateToImposeAreDemanded() {
    assertTrue(asserted("وقال الرئيس التركي رجب طيب أردوغان إن على روسيا أن تفرض عقوبات على"
        + " النظام السوري.", EventType.SANCTIONS).isEmpty());
  }

  @Test
  void aMeetingItIsOnThemToHoldIsDemanded() {
    assertTrue(asserted("وقال وزير الخارجية الألماني هايكو ماس إن عليهم أن يلتقوا بالرئيس الروسي"
        + " فلاديمير بوتين.", EventType.MEETING).isEmpty());
  }

  @Test
  void whatWasAgreedOnIsNoObligation() {
    Modality m = ofType(extract("وقال المتحدث إن الطرفين اتفقا على أن يلتقي الرئيس المصري عبد"
        + " الفتاح السيسي نظيره السوداني عمر البشير في الخرطوم."), EventType.MEETING).stream()
        .map(e -> e.core().modality()).findFirst().orElse(null);
    assertFalse(m == Modality.EXHORTED);
  }

  @Test
  void aConcessionIsToldAsFact() {
    assertFalse(asserted("وقال المحلل إنه على الرغم من أن روسيا تفرض عقوبات على تركيا فإن"
        + " التجارة بينهما تنمو.", EventType.SANCTIONS).isEmpty());
  }

  @Test
  void aReplyThatIsNoObligation() {
    assertFalse(asserted("ورد عليه الوزير بأن واشنطن فرضت عقوبات على الشركة الروسية.",
        EventType.SANCTIONS).isEmpty());
  }

  @Test
  void aSecondClauseOfThatIsTold() {
    assertFalse(asserted("وقال الرئيس الأمريكي دونالد ترامب إن على دول المنطقة أن تدفع حصتها وأن"
        + " مهمة القوات الأمريكية في قتال تنظيم داعش انتهت.", EventType.ATTACK).isEmpty());
  }
}
