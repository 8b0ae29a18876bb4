package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import org.junit.jupiter.api.Test;

/**
 * وقع … على is "signed" before a document and "occurred on" before ground or a place (GROUND,
 * PLACE, a located name). Sentences written for the test.
 */
class SignedOnGroundTest {

  @Test
  void whatOccurredOnABorderRoadIsNoAgreement() {
    Extraction x = extract("وقال الجيش إن الانفجار وقع صباح الأحد على طريق قرب مدينة الموصل.");
    assertTrue(ofType(x, EventType.AGREEMENT).isEmpty(), x.events().toString());
  }

  @Test
  void whatOccurredOnTheLandOfABaseIsNoAgreement() {
    Extraction x = extract("وقع الحادث في ساعات الصباح الباكر على أراضي قاعدة تابعة لوزارة"
        + " الدفاع الأوكرانية.");
    assertTrue(ofType(x, EventType.AGREEMENT).isEmpty(), x.events().toString());
  }

  @Test
  void signingOnTheAgreementStaysAnAgreement() {
    Extraction x = extract("ووقع الرئيس الأمريكي دونالد ترامب على الاتفاق التجاري الجديد.");
    assertEquals(1, ofType(x, EventType.AGREEMENT).size(), x.events().toString());
  }
}
