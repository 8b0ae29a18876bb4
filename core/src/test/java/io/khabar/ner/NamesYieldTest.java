package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words that are names only in some readings: a month or part of the day inside a time
 * expression, a country's adjective with the article. Sentences written for the test.
 */
class NamesYieldTest {

  @Test
  void aMonthInADateIsNoCompany() {
    List<Entity> es = entities("ستفتتح أول دار للسينما في 18 نيسان/أبريل المقبل في العاصمة.");
    assertTrue(withMention(es, "نيسان").isEmpty(), es::toString);
  }

  @Test
  void aMonthWithALastIsNoCompany() {
    List<Entity> es = entities("تراجعت مبيعات السيارات في نيسان الماضي بنسبة كبيرة.");
    assertTrue(withMention(es, "نيسان").isEmpty(), es::toString);
  }

  @Test
  void theCompanyNamedLikeAMonthStaysAfterTheWordCompany() {
    List<Entity> es = entities("أعلنت شركة نيسان اليابانية عن سيارة كهربائية جديدة.");
    Entity e = withMention(es, "نيسان").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.ORGANIZATION, e.type());
  }

  @Test
  void morningOfADayIsNoPerson() {
    List<Entity> es = entities("غادر رتل عسكري صباح الأربعاء قاعدة قرب مدينة الباب.");
    assertTrue(withMention(es, "صباح").isEmpty(), es::toString);
  }

  @Test
  void aPersonNamedMorningStaysAPerson() {
    List<Entity> es = entities("قال صباح الخالد إن الحكومة ستقدم استقالتها.");
    assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.PERSON
        && e.mentions().stream().anyMatch(m -> m.text().startsWith("صباح"))), es::toString);
  }

  @Test
  void aCountrysAdjectiveIsNoMentionOfTheCountry() {
    List<Entity> es = entities("تتابع الحكومة المحادثات التركية السورية، وتريد استعادة الدولة "
        + "السورية سيادتها.");
    assertTrue(withMention(es, "السورية").isEmpty(), es::toString);
  }

  @Test
  void aCountryWhoseNameHasTheArticleIsStillFound() {
    List<Entity> es = entities("وقالت السعودية إن الزيارة كانت ناجحة.");
    Entity e = withMention(es, "السعودية").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.LOCATION, e.type());
  }

  @Test
  void aGivenNameSpelledLikeNowStaysInTheName() {
    List<Entity> es = entities("وقال المدرب آلان بيللغريني إن فريقه يستحق الفوز.");
    assertTrue(withMention(es, "بيللغريني").isEmpty(), es::toString);
  }
}
