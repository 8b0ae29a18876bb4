package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static io.khabar.event.EventTestTexts.spoken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The speaker named by a title: the person after the title's complement, not the body or person
 * in its genitive; an unnamed official when no name follows (issue 13, {@link TitleHeads}), and
 * a common noun as a speech verb's subject names no one (Subjects). Sentences written for the
 * test.
 */
class TitleHeadsTest {

  @Test
  void theTitlesOwnNameSpeaksNotTheBodyInItsComplement() {
    Extraction x = extract("وقال منسق الأمم المتحدة للشؤون الإنسانية في الأراضي الفلسطينية "
        + "جيمي ماكغولدريك إن الوضع في القطاع صعب.");
    assertEquals(Set.of("جيمي ماكغولدريك"), spoken(x), x.toPrettyJson());
    Extraction y = extract("وقال مسؤول مكتب الإحصاءات للوزارات الاجتماعية جان مارك أوبير إن "
        + "الفقر تراجع.");
    assertEquals(Set.of("جان مارك أوبير"), spoken(y), y.toPrettyJson());
  }

  @Test
  void aPersonInTheGenitiveIsNotTheHeadsName() {
    Extraction x = extract("وقال الرئيس الأمريكي دونالد ترامب إن الاقتصاد قوي. والأحد قال "
        + "محامي ترامب رودي جولياني إن التحقيق قد يطول.");
    assertTrue(spoken(x).contains("رودي جولياني"), x.toPrettyJson());
    Extraction y = extract("قال مستشار الرئيس الأمريكي دونالد ترامب للأمن القومي، جون بولتون، "
        + "إن واشنطن لن تنسحب.");
    assertEquals(Set.of("جون بولتون"), spoken(y), y.toPrettyJson());
  }

  @Test
  void aTitleWithNoNameIsAnUnnamedOfficial() {
    Extraction x = extract("وقال مرشح حزب العمال الذي حل ثانيا في الدورة الأولى، إن تسليح "
        + "الناس لن يحل شيئا.");
    assertTrue(spoken(x).isEmpty(), x.toPrettyJson());
    Extraction y = extract("قال مستشار للرئيس التركي إن الصحفي قتل في القنصلية.");
    assertTrue(spoken(y).isEmpty(), y.toPrettyJson());
  }

  @Test
  void aSpokesmanInABodysNameLetsTheBodySpeak() {
    Extraction x = extract("وقالت متحدثة باسم وزارة الخارجية الصينية إنها ليست على علم بهذه "
        + "التطورات.");
    assertFalse(spoken(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aLonePartyAdjectiveBeforeANameIsItsApposition() {
    Extraction x = extract("وقال الديمقراطي، بيل نيلسون، عضو مجلس الشيوخ الأميركي إن القرار "
        + "خطأ.");
    assertEquals(Set.of("بيل نيلسون"), spoken(x), x.toPrettyJson());
  }

  @Test
  void theAddresseeAfterATitleWithLamIsNoSpeaker() {
    Extraction x = extract("وقال رئيس الحكومة لنظيره الروسي سيرغي لافروف إن الوضع خطير.");
    assertTrue(spoken(x).isEmpty(), x.toPrettyJson());
    Extraction y = extract("وقال سفير فرنسا لرئيس الوزراء الإسرائيلي بنيامين نتنياهو إن القرار "
        + "نهائي.");
    assertTrue(spoken(y).isEmpty(), y.toPrettyJson());
  }

  @Test
  void aCommonNounSubjectNamesNoSpeaker() {
    Extraction x = extract("وتشير الشكوى أيضا إلى استخدام السعودية للقنابل العنقودية.");
    assertTrue(spoken(x).isEmpty(), x.toPrettyJson());
    Extraction y = extract("وتتهم الجمعية وزير الدفاع السعودي بالتواطؤ في عمليات تعذيب.");
    assertTrue(spoken(y).isEmpty(), y.toPrettyJson());
  }

  @Test
  void aNominativePluralIsTheUnnamedSubject() {
    Extraction x = extract("وفي استطلاع أجرته رويترز، توقع اقتصاديون أن يرتفع التضخم.");
    assertTrue(spoken(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aDefiniteTitleWithItsNameStillSpeaks() {
    Extraction x = extract("وقال الرئيس التنفيذي لشركة أبل تيم كوك إن المبيعات ارتفعت.");
    assertTrue(spoken(x).contains("تيم كوك"), x.toPrettyJson());
    Extraction y = extract("وقالت الخبيرة باتريشا ريد إنه لا يوجد دليل كاف.");
    assertFalse(spoken(y).isEmpty(), y.toPrettyJson());
  }

  @Test
  void theNameApposedAfterAGenitivePersonIsTheHeads() {
    Extraction x = extract("وقال محامي عائلة كولفن، سكوت غيلمور، إن الحكومة مسؤولة.");
    assertEquals(Set.of("سكوت غيلمور"), spoken(x), x.toPrettyJson());
  }

  @Test
  void aGroupInConstructWithAPersonSpeaksUnnamed() {
    Extraction x = extract("قالت عائلة الصحفية، ماري كولفن، التي قتلت في حمص إن الحكومة "
        + "استهدفتها.");
    assertTrue(spoken(x).isEmpty(), x.toPrettyJson());
    Extraction y = extract("وقالت أسرة اللاعب محمد صلاح إنه بخير.");
    assertTrue(spoken(y).isEmpty(), y.toPrettyJson());
    Extraction z = extract("وقال جون بولتون إن العقوبات ستفرض.");
    assertEquals(Set.of("جون بولتون"), spoken(z), z.toPrettyJson());
  }

  @Test
  void theSubjectBeforeAnAsideUrgesNotTheObjectAfterTheVerb() {
    Extraction x = extract("وكان الاتحاد الأوروبي، في بيان صدر أمس، قد دعا إيران إلى احترام "
        + "الاتفاق.");
    assertEquals(Set.of("الاتحاد الأوروبي"), spoken(x), x.toPrettyJson());
    Extraction y = extract("وكانت منظمة العفو الدولية قد دعت الحكومة المصرية إلى الإفراج عن "
        + "المعتقلين.");
    assertEquals(Set.of("منظمة العفو الدولية"), spoken(y), y.toPrettyJson());
  }

  @Test
  void onTheTongueOfNamesTheSpeaker() {
    Extraction x = extract("وأكدت الحركة على لسان المتحدث باسمها فوزي برهوم أن الاحتلال يتحمل "
        + "المسؤولية.");
    assertEquals(Set.of("فوزي برهوم"), spoken(x), x.toPrettyJson());
  }

  @Test
  void aNameAfterAPrepositionIsTheTopicNotTheSpeaker() {
    Extraction x = extract("وأضاف أن ضابطا في المخابرات قال عن ماري كولفن إنها دخلت البلاد.");
    assertFalse(spoken(x).contains("ماري كولفن"), x.toPrettyJson());
    Extraction y = extract("واتهم عدد من النواب الديمقراطيين البيت الأبيض بعرقلة التحقيق.");
    assertFalse(spoken(y).contains("البيت الأبيض"), y.toPrettyJson());
  }

  @Test
  void aPersonSetOffByCommasAfterALongTitleSpeaks() {
    Extraction x = extract("وأكد مدير عمليات الصيانة بالمطار، جواد الكرعاوي، أن المعدات وصلت.");
    assertTrue(spoken(x).contains("جواد الكرعاوي"), x.toPrettyJson());
    Extraction y = extract("وقال الرئيس التنفيذي للنادي وأحد مؤسسيه، بروس باك، لصحيفة محلية إن "
        + "الفريق سيعود.");
    assertTrue(spoken(y).contains("بروس باك"), y.toPrettyJson());
  }

  @Test
  void aPersonAfterACommaInTheReportedClauseIsNoTitlesName() {
    Extraction x = extract("وقال مدير الشركة، التي يرأسها كارلوس غصن، إن الأرباح ارتفعت.");
    assertFalse(spoken(x).contains("كارلوس غصن"), x.toPrettyJson());
  }

  @Test
  void aTitleOwnedByTheRelativesAntecedentSpeaksNotTheAntecedent() {
    Extraction x = extract("ويستند القرار إلى مشروع قدمته بريطانيا التي قالت سفيرتها لدى الأمم "
        + "المتحدة كارين بيرس إن العقوبات ضرورية.");
    assertTrue(spoken(x).contains("كارين بيرس"), x.toPrettyJson());
    assertFalse(spoken(x).contains("بريطانيا"), x.toPrettyJson());
    Extraction y = extract("ويستند القرار إلى مشروع قدمته بريطانيا التي قال سفيرها إن العقوبات "
        + "ضرورية.");
    assertFalse(spoken(y).contains("بريطانيا"), y.toPrettyJson());
  }

  @Test
  void aQuotedNameAfterATitleIsTheTitlesName() {
    Extraction x = extract("واعتبر المتحدث باسم الحكومة السابقة \"ستيفان لو فول\" أن القرار خاطئ.");
    assertTrue(spoken(x).contains("ستيفان لو فول"), x.toPrettyJson());
    Extraction y = extract("وقال المتحدث باسم الحكومة \"إن القرار خاطئ\".");
    assertTrue(spoken(y).isEmpty(), y.toPrettyJson());
  }
}
