package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A letter after في that a speech verb governs, with no addressee, is how the words were said,
 * not a message (Letters.mediumOfSpeech); أبلغ with an audience as its object tells a statement
 * (Telling). Sentences written for the test.
 */
class SpeechMediumLettersTest {

  @Test
  void aLetterByEmailAfterSaidIsTheStatementsMedium() {
    Extraction x = extract("وقال المتحدث باسم شركة أمازون جيف بيزوس في رسالة بالبريد"
        + " الإلكتروني إن الشركة ستراجع سياستها.");
    assertTrue(ofType(x, EventType.MESSAGE).isEmpty(), x.events().toString());
    assertEquals(1, ofType(x, EventType.STATEMENT).size(), x.events().toString());
  }

  @Test
  void aLetterSentToSomeoneIsStillAMessage() {
    Extraction x = extract("وقال الرئيس الأمريكي دونالد ترامب في رسالة وجهها إلى الرئيس الصيني"
        + " شي جين بينغ إن بلاده تريد اتفاقا تجاريا.");
    assertEquals(1, ofType(x, EventType.MESSAGE).size(), x.events().toString());
  }

  @Test
  void aLetterWrittenToSomeoneIsStillAMessage() {
    Extraction x = extract("وكتب الرئيس الأمريكي دونالد ترامب في رسالة إلى الزعيم الكوري"
        + " الشمالي كيم جونغ أون أن القمة ألغيت.");
    assertEquals(1, ofType(x, EventType.MESSAGE).size(), x.events().toString());
  }

  @Test
  void informingAPressConferenceIsAStatement() {
    Extraction x = extract("وأبلغت المستشارة الألمانية أنجيلا ميركل مؤتمرا صحفيا في برلين أنها"
        + " لا تشعر بالإحباط من المفاوضات.");
    assertTrue(ofType(x, EventType.MESSAGE).isEmpty(), x.events().toString());
    assertEquals(1, ofType(x, EventType.STATEMENT).size(), x.events().toString());
  }

  @Test
  void informingAGovernmentIsAMessage() {
    Extraction x = extract("وأبلغت الولايات المتحدة الحكومة العراقية بأنها ستسحب قواتها.");
    assertEquals(1, ofType(x, EventType.MESSAGE).size(), x.events().toString());
  }
}
