package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static io.khabar.event.EventTestTexts.spoken;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Who speaks in a relayed report ({@link RelayedSpeech}); a name in construct with the object
 * ({@link ObjectGenitives}) does not; and two speakers the grammar of the title and of the verb
 * once hid: a title whose genitive is coordinated (وزير التربية والتعليم) and a feminine verb
 * before a name in ل (قالت لورا). Sentences written for the test.
 */
class RelayedSpeechTest {

  @Test
  void aPaperRelayingUnnamedSourcesIsNoSpeaker() {
    Extraction x = extract("وذكرت صحيفة الغارديان نقلا عن مسؤولين بريطانيين أن الاتفاق بات قريبا.");
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void theNameAfterTheSourcesIsWhomTheyAreCloseTo() {
    Extraction x = extract("وقالت شبكة سي إن إن نقلا عن مقربين من الرئيس جو بايدن إنه لن يترشح.");
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void anAgencyQuotingFromAMinisterGivesTheMinistersStatement() {
    Extraction x = extract("وذكرت وكالة رويترز نقلا عن وزير الخارجية الروسي سيرغي لافروف أن "
        + "المحادثات كانت مثمرة.");
    assertTrue(spoken(x).contains("سيرغي لافروف"), x.toPrettyJson());
    assertFalse(spoken(x).contains("رويترز"), x.toPrettyJson());
  }

  @Test
  void aPaperThatSpeaksItselfStillSpeaks() {
    Extraction x = extract("وقالت وزارة الخارجية الفرنسية إن باريس ستستضيف المؤتمر.");
    assertFalse(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aMinisterWithACoordinatedPortfolioSpeaks() {
    Extraction x = extract("قال وزير التربية والتعليم في الحكومة اليمنية عبدالله لملس إن "
        + "المدارس ستفتح أبوابها.");
    assertTrue(spoken(x).contains("عبدالله لملس"), x.toPrettyJson());
  }

  @Test
  void aFeminineSayingBeforeANameInLamSpeaks() {
    Extraction x = extract("وقالت ليلى حداد لوكالة فرانس برس إن الأسعار ارتفعت كثيرا.");
    assertTrue(spoken(x).contains("ليلى حداد"), x.toPrettyJson());
  }

  @Test
  void whatBelongsToSomeoneIsStillNoStatement() {
    Extraction x = extract("وقصفت الطائرات موقعا تابع للحركة في جنوب المدينة.");
    assertTrue(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aGeneralQuotedFromByTitleSpeaks() {
    Extraction x = extract("ونقلت الوزارة عن الميجر جنرال يوري يفتوشينكو قوله إن الوضع هادئ.");
    assertTrue(spoken(x).contains("يوري يفتوشينكو"), x.toPrettyJson());
  }

  @Test
  void aSpeakerCreditedThroughAnAgencyStillSpeaks() {
    Extraction x = extract("وصرح رئيس الوزراء عمر الرزاز خلال لقاء مع الشباب نقلا عن وكالة "
        + "الأنباء الأردنية قوله إن الأمر يتعلق بالسياسة الخارجية.");
    assertTrue(spoken(x).contains("عمر الرزاز"), x.toPrettyJson());
  }

  @Test
  void doctorsDescribingAPatientsConditionDoNotMakeHimSpeak() {
    Extraction x = extract("ووصف الأطباء حالة المرشح جايير بولسونارو بأنها خطيرة لكن مستقرة.");
    assertFalse(spoken(x).contains("جايير بولسونارو"), x.toPrettyJson());
  }

  @Test
  void theInquiryDescribedIsNotItsInvestigatorSpeaking() {
    Extraction x = extract("وبدأ روبرت مولر تحقيقه العام الماضي. ولجأ الرئيس إلى الهجوم، ثم "
        + "وصف تحقيق مولر بأنه غير شرعي ومزور.");
    assertFalse(spoken(x).contains("روبرت مولر"), x.toPrettyJson());
  }

  @Test
  void aNameAfterAPrepositionsNounDoesNotSpeakForTheParticiple() {
    Extraction x = extract("وتراجعت أصول صندوق الاحتياطي العام هذا العام. وأشار إلى أصول "
        + "صندوق الاحتياطي العام، موضحا أنها تنقسم مناصفة.");
    assertFalse(spoken(x).contains("صندوق الاحتياطي العام"), x.toPrettyJson());
  }

  @Test
  void aClubNamedAfterItsKindStillSpeaks() {
    Extraction x = extract("وأعلن نادي برشلونة الإسباني أن لاعبه سيغيب ثلاثة أسابيع.");
    assertFalse(ofType(x, EventType.STATEMENT).isEmpty(), x.toPrettyJson());
  }
}
