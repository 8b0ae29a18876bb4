package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static io.khabar.event.EventTestTexts.speakers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Statements of real news and who makes them: a question's names do not answer it, words quoted
 * are no statement of their own, a coordinated speech verb shares the subject of the verb that
 * opens the sentence, and verbs with a second sense (هدد "endangers", رجح "tipped") or nouns with
 * one (بيانات "data") are statements only in the frame of speech. Sentences written for the test.
 */
class StatementSpeakersRealNewsTest {

  @Test
  void aNameAskedAboutDoesNotAnswer() {
    Extraction x = extract("وعندما سئل أيضا عما إذا كان يزور فيروز، قال: \"أي طبعا\".");
    assertFalse(speakers(x).contains("Fairuz"), x.toPrettyJson());
  }

  @Test
  void theOneAskedAnswers() {
    Extraction x = extract("وسئل وزير الخارجية الروسي سيرغي لافروف عن الاتفاق فقال إنه صامد.");
    assertEquals(Set.of("Sergey Lavrov"), speakers(x), x.toPrettyJson());
  }

  @Test
  void aSpeechWordInsideAQuotedTweetIsNoStatement() {
    Extraction x = extract("وقال الاتحاد في تغريدة \"فارقنا هذا الصباح هنري ميشال، صرح كرة "
        + "القدم الفرنسية\".");
    assertFalse(speakers(x).contains("Henry Michel"), x.toPrettyJson());
    Extraction y = extract("وتابع: \"تحتفظ قطر بسمعة سيئة بشأن أوضاع العمال كما أنها ترفض "
        + "إجراء الإصلاحات\".");
    assertTrue(ofType(y, EventType.STATEMENT).isEmpty(), y.toPrettyJson());
  }

  @Test
  void aReportQuotedInItsOwnOrderKeepsItsSpeaker() {
    Extraction x = extract("وأضاف المصدر: \"قال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن "
        + "تقبل بأي حل مفروض\".");
    assertEquals(Set.of("Sergey Lavrov"), speakers(x), x.toPrettyJson());
  }

  @Test
  void aCoordinatedSpeechVerbSharesTheOpeningSubjectNotTheObjectBeforeIt() {
    Extraction x = extract("دافع وزير الخارجية الأردني أيمن الصفدي عن موقف بلاده من الرئيس "
        + "السوري بشار الأسد، وأكد أن الحوار هو الحل.");
    assertEquals(Set.of("Ayman Safadi"), speakers(x), x.toPrettyJson());
  }

  @Test
  void aStateRightAfterTheVerbIsItsSubjectNotTheTitleOfThePersonAfter() {
    Extraction x = extract("وتتهم واشنطن الرئيس الفنزويلي نيكولاس مادورو بحرمان شعبه من الغذاء.");
    assertFalse(speakers(x).contains("Nicolás Maduro"), x.toPrettyJson());
  }

  @Test
  void threatenedWithIsSaidButEndangersIsNot() {
    assertEquals(Set.of("Iran"), speakers(extract("هددت إيران بالرد على أي هجوم إسرائيلي.")));
    assertEquals(Set.of("Turkey"), speakers(extract(
        "وهددت تركيا مرارا بشن عملية عسكرية ضد المقاتلين الأكراد في منبج.")));
    Extraction x = extract("وقال النائب محمد سعد إن الأزمة التي أصبحت تهدد حياة المرضى تتفاقم.");
    assertEquals(1, ofType(x, EventType.STATEMENT).size(), x.toPrettyJson());
  }

  @Test
  void deemedLikelyBeforeThatIsSaidButTippedIsNot() {
    assertEquals(Set.of("United Nations"), speakers(extract(
        "رجحت الأمم المتحدة أن يكون التنظيم قد خسر معظم مقاتليه.")));
    Extraction x = extract("واستطاعت روسيا أن ترجح كفة الجيش السوري في المعارك.");
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void dataAndPriceAreNoStatements() {
    Extraction x = extract("أظهرت بيانات البنك المركزي المصري ارتفاع الفائض.");
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
    Extraction y = extract("ويدفع المواطنون ثمن الأزمة التي افتعلتها الحكومة.");
    assertTrue(ofType(y, EventType.STATEMENT).isEmpty(), y.toPrettyJson());
  }
}
