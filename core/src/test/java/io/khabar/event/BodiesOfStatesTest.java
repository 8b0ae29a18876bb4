package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.speakers;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A state named as the genitive of the speaking body is not the speaker (issue 13,
 * {@link BodiesOfStates}). Sentences written for the test.
 */
class BodiesOfStatesTest {


  @Test
  void anEmbassySpeaksNotItsState() {
    Extraction x = extract("ردت سفارة المملكة العربية السعودية في روسيا على التقرير الذي نشرته "
        + "صحيفة محلية.");
    assertFalse(speakers(x).contains("Saudi Arabia"), x.toPrettyJson());
  }

  @Test
  void anArmyToldBeforeItsVerbSpeaksNotItsState() {
    Extraction x = extract("وكان جيش النيجر أعلن مساء السبت أنه قتل عشرة مسلحين.");
    assertFalse(speakers(x).contains("Niger"), x.toPrettyJson());
  }

  @Test
  void aStateWithdrawnInAQuotationIsNoSpeaker() {
    // «أعلن اليوم انسحاب …»: the president announces in the first person
    Extraction x = extract("وقال الرئيس في كلمة متلفزة \"أعلن اليوم انسحاب الولايات المتحدة من "
        + "الاتفاق النووي\".");
    assertFalse(speakers(x).contains("United States"), x.toPrettyJson());
  }

  @Test
  void aStateThatIsTheSubjectStillSpeaks() {
    Extraction x = extract("وكانت السعودية أعلنت الجمعة أنها ستقدم مئة مليون دولار لدعم الخطة.");
    assertTrue(speakers(x).contains("Saudi Arabia"), x.toPrettyJson());
    Extraction y = extract("وطلبت الدنمارك تسليمه مرارا، لكن البحرين رفضت أن تسلمه.");
    assertTrue(speakers(y).contains("Bahrain"), y.toPrettyJson());
  }
}
