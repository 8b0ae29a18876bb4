package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compass words joined to a place into one place name, in sentences written for the test. */
class CompassPlacesTest {

  @Test
  void aFeminineCompassAdjectiveAfterAPlaceIsPartOfItsName() {
    List<Entity> es = entities("وارتفعت الأسعار في أيرلندا الشمالية خلال العام الماضي.");
    Entity e = withMention(es, "أيرلندا الشمالية").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.LOCATION, e.type());
    assertTrue(withMention(es, "أيرلندا").isEmpty(), es::toString);
  }

  @Test
  void aMasculineCompassAdjectiveAgreesWithTheNounBeforeThePlace() {
    List<Entity> es = entities("وقصفت الطائرات قرى ريف حمص الشمالي أمس.");
    assertTrue(withMention(es, "حمص الشمالي").isEmpty(), es::toString);
  }

  @Test
  void anAdjectiveAfterAFeminineConstructHeadIsTheHeads() {
    List<Entity> es = entities("وزار الوزير مدينة أربيل الشمالية أمس.");
    assertTrue(withMention(es, "أربيل الشمالية").isEmpty(), es::toString);
  }

  @Test
  void aCompassNounBeforeAContinentNamesARegion() {
    List<Entity> es = entities("وينتشر المرض في غرب أفريقيا منذ سنوات.");
    Entity e = withMention(es, "غرب أفريقيا").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.LOCATION, e.type());
  }

  @Test
  void aCompassNounBeforeACountryOnlySaysWhereInIt() {
    List<Entity> es = entities("وتساقطت الثلوج في شمال فرنسا منذ أيام.");
    assertTrue(withMention(es, "فرنسا").isPresent(), es::toString);
    assertTrue(withMention(es, "شمال فرنسا").isEmpty(), es::toString);
  }

  @Test
  void aStateNamedWithACompassNounIsOnePlace() {
    List<Entity> es = entities("وتوفيت المرأة في ولاية جنوب أستراليا الأسبوع الماضي.");
    assertTrue(withMention(es, "جنوب أستراليا").isPresent(), es::toString);
  }
}
