package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.speakers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A speaker referred to by the head of his title or of his body's name, once the document has
 * named him (issue 13, {@link DescribedSpeakers}). Sentences written for the test.
 */
class DescribedSpeakersTest {


  @Test
  void theMinisterIsTheMinisterNamedBefore() {
    Extraction x = extract("التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في أنقرة. "
        + "وقال الوزير إن العقوبات لن تغير موقف بلاده.");
    assertEquals(Set.of("Sergey Lavrov"), speakers(x), x.toPrettyJson());
  }

  @Test
  void theFundIsTheFundNamedBefore() {
    Extraction x = extract("خفض صندوق النقد الدولي توقعاته للنمو العالمي. وقال الصندوق إن "
        + "الاقتصاد العالمي يواجه مخاطر متزايدة.");
    assertEquals(Set.of("International Monetary Fund"), speakers(x), x.toPrettyJson());
  }

  @Test
  void theHeadOfTheTitleDecidesWhomItDescribes() {
    // نائب الرئيس: the vice-president is no "president"
    Extraction x = extract("التقى نائب الرئيس الأمريكي مايك بنس بعدد من رجال الأعمال. وقال "
        + "الرئيس إن الاقتصاد الأمريكي ينمو بسرعة.");
    assertTrue(speakers(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aStatesAmbassadorIsNotTheState() {
    Extraction x = extract("وصل سفير تركيا إلى الدوحة أمس. وقال السفير إن زيارته تهدف إلى "
        + "تعزيز التعاون.");
    assertTrue(speakers(x).isEmpty(), x.toPrettyJson());
  }

  @Test
  void aDefiniteNounWithNothingSaidAfterItIsTheObject() {
    // وانتقد الشركة عدد من المستخدمين: the company is criticised, it says nothing
    Extraction x = extract("أطلقت شركة أبل هاتفا جديدا. وانتقد الشركة عدد كبير من المستخدمين "
        + "بسبب السعر المرتفع.");
    assertFalse(speakers(x).contains("Apple"), x.toPrettyJson());
  }
}
