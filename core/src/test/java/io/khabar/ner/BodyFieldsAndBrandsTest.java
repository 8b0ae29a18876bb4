package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bodies named by a field complement (ل + the field) and brands named after a company's or an
 * app's head noun. Sentences written for the test; the brands are invented where the knowledge
 * base must not know them.
 */
class BodyFieldsAndBrandsTest {

  private static Entity organisation(String sentence, String name) {
    List<Entity> es = entities(sentence);
    Entity e = withMention(es, name).orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.ORGANIZATION, e.type());
    return e;
  }

  @Test
  void aDefiniteFieldAfterAnAdjectiveNamesTheBody() {
    organisation("أعلنت الهيئة العامة للرياضة عن برنامج جديد للأندية.", "الهيئة العامة للرياضة");
    organisation("قرر المجلس الأعلى للقضاء تعيين قضاة جدد.", "المجلس الأعلى للقضاء");
  }

  @Test
  void aFieldWithItsGenitiveMakesAnotherBodyThanTheKnownOne() {
    Entity e = organisation("وقع الاتحاد الأوروبي لكرة القدم عقدا جديدا مع الرعاة.",
        "الاتحاد الأوروبي لكرة القدم");
    assertTrue(e.key().isEmpty(), e::toString);
  }

  @Test
  void coordinatedFieldsStayInTheName() {
    organisation("أعلن الاتحاد الوطني للأمن الرقمي والبرمجة عن مسابقة للشباب.",
        "الاتحاد الوطني للأمن الرقمي والبرمجة");
  }

  @Test
  void thePeopleSpokenToAreNoField() {
    List<Entity> es = entities("قال الاتحاد الأوروبي للصحفيين إن المفاوضات مستمرة.");
    assertTrue(withMention(es, "الاتحاد الأوروبي").isPresent(), es::toString);
  }

  @Test
  void anOutletSpokenToIsNoField() {
    List<Entity> es = entities("وقال الاتحاد الأوروبي لوكالة الأنباء الألمانية إن القرار نهائي.");
    assertTrue(withMention(es, "الاتحاد الأوروبي").isPresent(), es::toString);
  }

  @Test
  void aPurposeInfinitiveIsNoField() {
    List<Entity> es = entities("يسعى الاتحاد الأوروبي للحد من الهجرة غير النظامية.");
    assertTrue(withMention(es, "الاتحاد الأوروبي").isPresent(), es::toString);
    List<Entity> bank = entities("ويعمل البنك التجاري لتحقيق النمو في السنوات المقبلة.");
    assertTrue(bank.stream().flatMap(e -> e.mentions().stream())
        .noneMatch(m -> m.text().contains("لتحقيق")), bank::toString);
  }

  @Test
  void anAdverbOfTimesIsNoField() {
    List<Entity> es = entities("وأعلنت وزارة الصحة للمرة الأولى عن إصابات في المدينة.");
    assertTrue(withMention(es, "وزارة الصحة").isPresent(), es::toString);
  }

  @Test
  void aQuotedNameAfterTheWordCompanyIsTheCompany() {
    organisation("وقعت شركة \"زيتونكو\" الإيطالية اتفاقا للتنقيب عن الغاز.", "زيتونكو");
  }

  @Test
  void aQuotedNameAfterTheWordAppIsTheApp() {
    organisation("أطلق تطبيق «دردشاتي» ميزة جديدة للمستخدمين.", "دردشاتي");
  }

  @Test
  void aLatinNameAfterTheWordCompanyIsTheCompany() {
    organisation("أعلنت شركة Zentralux عن هاتف جديد.", "Zentralux");
  }

  @Test
  void aBodyNamedByAPlaceAndItsFieldIsOneOrganisation() {
    organisation("وشهدت مؤسسة الصين للاستثمار زيادة كبيرة في أصولها.", "مؤسسة الصين للاستثمار");
  }

  @Test
  void aCompanyNamedOnceIsTheCompanyWhenItSpeaksAlone() {
    List<Entity> es = entities("قال تقرير من شركة زيتونكو للأبحاث إن الأصول قفزت. وقالت زيتونكو "
        + "إن الصندوق نما.");
    assertTrue(es.stream().flatMap(e -> e.mentions().stream().map(m -> e.type()))
        .allMatch(t -> t == EntityType.ORGANIZATION), es::toString);
  }

  @Test
  void aCountrysTeamLeavesTheCountryAPlace() {
    List<Entity> es = entities("تأهل منتخب الأوروغواي إلى ربع النهائي، واحتفلت الأوروغواي كلها.");
    assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.LOCATION), es::toString);
  }

  @Test
  void aListedAdjectiveThatIsNoNisbaStaysInTheName() {
    organisation("أعلن صندوق الاستثمار المباشر الروسي عن صفقة جديدة.",
        "صندوق الاستثمار المباشر الروسي");
  }
}
