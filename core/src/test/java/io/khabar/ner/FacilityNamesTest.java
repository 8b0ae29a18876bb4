package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extractor;
import io.khabar.kb.EntityType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A facility's head, the name it governs and its adjectives are one place or body (issue 12).
 * Sentences written for the test.
 */
class FacilityNamesTest {

  private static final Extractor EXTRACTOR = Extractor.createDefault();

  private static List<Entity> entities(String text) {
    return EXTRACTOR.extract(text, LocalDate.of(2018, 6, 1)).entities();
  }

  private static boolean named(List<Entity> es, EntityType type, String name) {
    return es.stream().filter(e -> e.type() == type).anyMatch(e -> e.mentions().stream()
        .anyMatch(m -> m.kind() == MentionKind.NAME && m.text().equals(name)));
  }

  @Test
  void anAirportNamedAfterACityIsOnePlace() {
    List<Entity> es = entities("وهبطت الطائرة في مطار الخرطوم الدولي صباح الأحد بعد تأخير طويل.");
    assertTrue(named(es, EntityType.LOCATION, "مطار الخرطوم الدولي"), es::toString);
    assertFalse(named(es, EntityType.LOCATION, "الخرطوم"), es::toString);
  }

  @Test
  void aTowerNamedAfterAPersonIsNoPerson() {
    List<Entity> es = entities("واحتفل السكان أمام برج خليفة في دبي بالعام الجديد.");
    assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.PERSON), es::toString);
  }

  @Test
  void aCountrysAdjectiveStaysOutOfACentresName() {
    List<Entity> es = entities("وأجرى الاستطلاع مركز بيو ريسيرتش الأميركي في عشرين بلدا.");
    assertTrue(named(es, EntityType.ORGANIZATION, "مركز بيو ريسيرتش"), es::toString);
  }

  @Test
  void theCityAfterAPrepositionStaysACity() {
    List<Entity> es = entities("ووصل الوفد إلى المطار في الخرطوم مساء الأحد.");
    assertTrue(named(es, EntityType.LOCATION, "الخرطوم"), es::toString);
  }
}
