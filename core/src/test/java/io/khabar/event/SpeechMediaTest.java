package io.khabar.event;

import static io.khabar.event.EventTestTexts.EXTRACTOR;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import io.khabar.ner.Entity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Where a statement was made or whom it was told to is no speaker (issue 13). Sentences written
 * for the test.
 */
class SpeechMediaTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2018, 10, 3);

  private static boolean speaks(String text, String name) {
    Extraction x = EXTRACTOR.extract(text, PUBLISHED);
    return x.events().stream().filter(e -> e.type() == EventType.STATEMENT)
        .flatMap(e -> e.core().participants().stream())
        .anyMatch(p -> x.entity(p.entity()).map(Entity::name).orElse("").equals(name));
  }

  @Test
  void aNetworkToldIsNoSpeaker() {
    assertFalse(speaks("وقال مصدر في وزارة الخارجية، في تصريح لـCNN، إن القرار نهائي.", "CNN"));
  }

  @Test
  void aPlatformWrittenOnIsNoSpeaker() {
    assertFalse(speaks("وكتبت المغنية تغريدة على موقع تويتر قالت فيها إنها ستعود قريبا.",
        "Twitter"));
    assertFalse(speaks("وأعلنت الفرقة الخبر عبر تويتر قبل ساعات من الحفل.", "Twitter"));
  }

  @Test
  void aPaperCreditedAsSourceIsNoSpeaker() {
    assertFalse(speaks("وارتفعت أسعار النفط، حسبما ذكرت صحيفة \"الغارديان\".", "The Guardian"));
  }

  @Test
  void aReporterSpeaksNotHisChannel() {
    assertFalse(speaks("وأفاد مراسل \"سكاي نيوز عربية\" بأن الصاروخ سقط في منطقة مفتوحة.",
        "Sky News Arabia"));
  }

  @Test
  void aStatesRadioIsNotTheState() {
    assertFalse(speaks("وقال راديو إسرائيل إن دوي انفجارات سمع في المدينة.", "Israel"));
  }

  @Test
  void theCompanySpeakingIsStillTheSpeaker() {
    assertTrue(speaks("وقالت شركة تويتر إنها حظرت نشر الإعلانات السياسية.", "Twitter"));
  }

  @Test
  void aMinistrysOwnStatementIsStillItsOwn() {
    assertTrue(speaks("وقال مراسلنا إن الإنتاج بدأ في ديسمبر بحسب بيان لوزارة الخارجية الأمريكية.",
        "US State Department"));
  }
}
