package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extractor;
import io.khabar.kb.EntityType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Words that are names only in some readings: a month or part of the day inside a time
 * expression, a country's adjective with the article. Sentences written for the test.
 */
class NamesYieldTest {

  private static final Extractor EXTRACTOR = Extractor.createDefault();
  private static final LocalDate PUBLISHED = LocalDate.of(2018, 6, 1);

  private static List<Entity> entities(String text) {
    return EXTRACTOR.extract(text, PUBLISHED).entities();
  }

  private static Optional<Entity> withMention(List<Entity> es, String text) {
    return es.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(text)))
        .findFirst();
  }

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
