package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static io.khabar.event.EventTestTexts.speakers;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A verb whose subject is a pronoun (لكنها حذرت، الذي قالت إنه) or no one (في ما وصف بأنه) takes
 * no name near it as its subject. Sentences written for the test.
 */
class PronounSubjectsTest {

  @Test
  void aCountryInsideWhatWasSaidDoesNotWarnAfterButShe() {
    Extraction x = extract("وقالت المديرة العامة لصندوق النقد الدولي كريستين لاغارد إن البنوك "
        + "تتأهب لرفع أسعار الفائدة في دول مثل الولايات المتحدة، لكنها حذرت من أن المخاطر كبيرة.");
    assertFalse(speakers(x).contains("United States"), x.toPrettyJson());
    assertFalse(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void withoutThePronounTheNameAfterTheVerbStillSpeaks() {
    Extraction x = extract("وقالت لاغارد إن الاقتصاد ينمو، وحذرت الولايات المتحدة من حرب تجارية.");
    assertTrue(speakers(x).contains("United States") || speakers(x).contains("Christine Lagarde"),
        x.toPrettyJson());
  }

  @Test
  void aPlaceBeforeAMasculineRelativeIsNotTheSpeakerOfAFeminineVerb() {
    Extraction x = extract("وحذرت المنظمة من خطورة الوضع في اليمن، الذي قالت إنه كارثي.");
    assertFalse(speakers(x).contains("Yemen"), x.toPrettyJson());
  }

  @Test
  void anAgreeingRelativeKeepsItsAntecedentAsSpeaker() {
    Extraction x = extract("التقى الرئيس وزير الخارجية الروسي سيرغي لافروف، الذي قال إن "
        + "المحادثات كانت بناءة.");
    assertTrue(speakers(x).contains("Sergey Lavrov"), x.toPrettyJson());
  }

  @Test
  void whatWasDescribedAsNamesNoSpeaker() {
    Extraction x = extract("وكشف تحقيق بريطاني أن العائلة غرقت قرب جزيرة بالي، في ما وصف بأنه "
        + "\"حادث مأساوي\".");
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void whatTheMinisterDescribedStillHasItsSpeaker() {
    Extraction x = extract("وندد وزير الخارجية الروسي سيرغي لافروف بما وصفه الغرب بأنه تدخل.");
    assertFalse(speakers(x).contains("Bali"), x.toPrettyJson());
    Extraction y = extract("ووصف وزير الخارجية الروسي سيرغي لافروف الهجوم بأنه \"عمل إرهابي\".");
    assertTrue(speakers(y).contains("Sergey Lavrov"), y.toPrettyJson());
  }

  @Test
  void aParticipleAfterAnUnnamedSourceTakesNoNameFromTheDateline() {
    Extraction x = extract("دبي، الإمارات العربية المتحدة (CNN)- أكد مصدر مطلع في وزارة النفط "
        + "الإيرانية، الإثنين، أن بلاده قررت منح خصومات لعملائها، مشيرا إلى أن هذا الإجراء عادي.");
    assertFalse(speakers(x).contains("United Arab Emirates"), x.toPrettyJson());
  }

  @Test
  void aParticipleAfterANamedSpeakerIsHis() {
    Extraction x = extract("دبي، الإمارات العربية المتحدة (CNN)- أكد وزير الخارجية الروسي سيرغي "
        + "لافروف، الإثنين، أن بلاده لن تتراجع، مشيرا إلى أن الحوار مستمر.");
    assertTrue(speakers(x).contains("Sergey Lavrov"), x.toPrettyJson());
    assertFalse(speakers(x).contains("United Arab Emirates"), x.toPrettyJson());
  }

  @Test
  void aSubjectAfterADisagreeingRelativeSpeaks() {
    Extraction x = extract("وصل الوفد إلى المنطقة التي أعلن وزير الخارجية الروسي سيرغي لافروف "
        + "أنها آمنة.");
    assertTrue(speakers(x).contains("Sergey Lavrov"), x.toPrettyJson());
  }

  @Test
  void butHeGoesBackToTheMainSubject() {
    Extraction x = extract("وزير الخارجية الروسي سيرغي لافروف بدا متفائلا بالمحادثات مع واشنطن، "
        + "لكنه قال إن الوقت غير مناسب.");
    assertTrue(speakers(x).contains("Sergey Lavrov"), x.toPrettyJson());
  }

  @Test
  void aNameBeginningWithBaAfterWhatIsTheSpeaker() {
    Extraction x = extract("وتوقفت الرحلات، بحسب ما أوضح باتريك جينتي رئيس مجلس إدارة الشركة.");
    assertFalse(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }
}
