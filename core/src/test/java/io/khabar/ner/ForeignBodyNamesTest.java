package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.entities;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies named by a head noun and a foreign name, in sentences written for the test. */
class ForeignBodyNamesTest {

  private static boolean organisation(List<Entity> es, String mention) {
    return es.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
        .flatMap(e -> e.mentions().stream()).anyMatch(m -> m.text().equals(mention));
  }

  @Test
  void aHospitalWithAForeignNameIsABody() {
    List<Entity> es = entities("خضع اللاعب لعملية جراحية في مستشفى كلينيك أمس.");
    assertTrue(organisation(es, "مستشفى كلينيك"), es::toString);
  }

  @Test
  void aHospitalOfACommonNounIsNoBody() {
    List<Entity> es = entities("نقل المصابون إلى مستشفى الولادة القريب.");
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), es::toString);
  }

  @Test
  void aSiteNamedInQuotesIsAMedium() {
    List<Entity> es = entities("ونشر موقع \"تك ريبلك\" قائمة بأشهر الخرافات عن البطاريات.");
    assertTrue(organisation(es, "تك ريبلك"), es::toString);
  }

  @Test
  void aForeignNameStartingWithWIsNoConjunctionInsideABodysName() {
    List<Entity> es = entities("قال باحثون من جامعة ويست أنجليا إن التوت يحمي القلب.");
    assertTrue(es.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
        .flatMap(e -> e.mentions().stream()).anyMatch(m -> m.text().contains("ويست أنجليا")),
        es::toString);
  }

  @Test
  void aCouncilOfACommonNounWithACountrysAdjectiveIsThatCountrysBody() {
    List<Entity> es = entities("وافق مجلس الشورى المصري على مشروع القانون بالأغلبية.");
    assertTrue(organisation(es, "مجلس الشورى المصري"), es::toString);
  }

  @Test
  void aCouncilOfACommonNounAloneIsNoBody() {
    List<Entity> es = entities("اجتمع مجلس الإدارة أمس لبحث الميزانية.");
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), es::toString);
  }
}
