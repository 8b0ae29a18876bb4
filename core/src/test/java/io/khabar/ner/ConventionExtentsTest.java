package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Descriptions cut off names at their edges, in sentences written for the test. */
class ConventionExtentsTest {

  @Test
  void aNationalityAdjectiveAfterAClubIsADescription() {
    List<Entity> es = entities("وتعاقد بازل السويسري مع المهاجم الشاب أمس.");
    assertTrue(withMention(es, "بازل").isPresent(), es::toString);
    assertTrue(withMention(es, "بازل السويسري").isEmpty(), es::toString);
  }

  @Test
  void aBodyNamedWithItsHeadKeepsItsNationalityAdjective() {
    List<Entity> es = entities("وأعلنت وزارة الصحة السعودية تسجيل إصابات جديدة.");
    assertTrue(withMention(es, "وزارة الصحة السعودية").isPresent(), es::toString);
  }

  @Test
  void aDefiniteBodyAfterLamKeepsItsAdjective() {
    List<Entity> es = entities("ووجهت المعارضة انتقادات شديدة للحكومة السورية أمس.");
    assertTrue(withMention(es, "لحكومة").isEmpty(), es::toString);
  }

  @Test
  void aRiverIsNamedWithoutItsHead() {
    List<Entity> es = entities("وانخفض منسوب نهر دجلة في بغداد هذا الصيف.");
    assertTrue(withMention(es, "دجلة").isPresent(), es::toString);
    assertTrue(withMention(es, "نهر دجلة").isEmpty(), es::toString);
  }

  @Test
  void aHeadThatTheNameNeedsStays() {
    List<Entity> es = entities("وعبرت السفينة مضيق جبل طارق صباح الأحد.");
    assertTrue(withMention(es, "طارق").isEmpty(), es::toString);
  }

  @Test
  void aBodysOwnerIsNoPartOfItsName() {
    List<Entity> es = entities(
        "وانتقد مجلس حقوق الإنسان التابع للأمم المتحدة القرار الأخير.");
    assertTrue(withMention(es, "مجلس حقوق الإنسان").isPresent(), es::toString);
    assertTrue(withMention(es, "مجلس حقوق الإنسان التابع للأمم المتحدة").isEmpty(),
        es::toString);
  }

  @Test
  void aGenericHeadBeforeABodysNameIsOutsideIt() {
    List<Entity> es = entities("وتبنى تنظيم داعش التفجير، فيما نددت حركة حماس بالهجوم.");
    assertTrue(withMention(es, "داعش").isPresent(), es::toString);
    assertTrue(withMention(es, "تنظيم داعش").isEmpty(), es::toString);
    assertTrue(withMention(es, "حماس").isPresent(), es::toString);
    assertTrue(withMention(es, "حركة حماس").isEmpty(), es::toString);
  }

  @Test
  void aHeadWhoseAdjectiveAgreesWithItStays() {
    List<Entity> es = entities("وطالبت منظمة العفو الدولية بالإفراج عن المعتقلين.");
    assertTrue(withMention(es, "العفو الدولية").isEmpty(), es::toString);
  }

  @Test
  void aForcesHeadIsPartOfItsName() {
    List<Entity> es = entities("واندلعت اشتباكات بين الجيش وقوات الدعم السريع في الخرطوم.");
    assertTrue(withMention(es, "الدعم السريع").isEmpty(), es::toString);
  }
}
