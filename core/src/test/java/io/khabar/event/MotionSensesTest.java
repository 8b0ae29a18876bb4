package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.khabar.Extraction;
import org.junit.jupiter.api.Test;

/**
 * An arrival is a visit only when a person, a delegation or an official body travels; an
 * advance, an aim, or a backing away from an act tells no event. Sentences written for the test.
 */
class MotionSensesTest {

  @Test
  void forcesReachingTheOutskirtsAdvance() {
    assertFalse(!ofType(extract("ووصلت القوات التركية السبت إلى مشارف مدينة عفرين."),
        EventType.VISIT).isEmpty());
  }

  @Test
  void reachingTheBorderAsAnAimIsNoVisit() {
    assertFalse(!ofType(extract("وتريد أنقرة التوسع شرقا لتصل إلى الحدود العراقية."),
        EventType.VISIT).isEmpty());
  }

  @Test
  void aMinisterArrivingVisits() {
    assertEquals(1, ofType(extract("ووصل وزير الخارجية الأمريكي مايك بومبيو إلى بغداد أمس."),
        EventType.VISIT).size());
  }

  @Test
  void withdrawingFromSigningNegatesTheAgreement() {
    Extraction x = extract("وانسحبت نيجيريا من توقيع اتفاقية التجارة الحرة الأفريقية.");
    assertEquals(1, ofType(x, EventType.AGREEMENT).size());
    assertEquals(Modality.NEGATED, ofType(x, EventType.AGREEMENT).get(0).core().modality());
  }

  @Test
  void signingIsAsserted() {
    Extraction x = extract("ووقعت نيجيريا وغانا اتفاقية للتجارة الحرة أمس.");
    assertEquals(Modality.ASSERTED, ofType(x, EventType.AGREEMENT).get(0).core().modality());
  }
}
