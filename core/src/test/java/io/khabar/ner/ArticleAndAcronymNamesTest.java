package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.EntityType;
import io.khabar.kb.LatinLetterNames;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A name the knowledge base knows without the article is not matched by an ordinary word or an
 * adjective that carries it, and an acronym spelt in letter names with dots is one name
 * (issue 12). Sentences written for the test.
 */
class ArticleAndAcronymNamesTest {

  @Test
  void aFeminineNisbaIsNoCountry() {
    List<Entity> es = entities("حاصرت فصائل المعارضة السورية مدينة عفرين السورية منذ أسابيع.");
    assertFalse(withMention(es, "السورية").isPresent(), es::toString);
  }

  @Test
  void theCountryWrittenWithoutTheNisbaArticleIsStillTheCountry() {
    List<Entity> es = entities("وصل الوفد إلى سورية أمس قادما من عمان.");
    Entity e = withMention(es, "سورية").orElseThrow(() -> new AssertionError(es));
    assertEquals("Syria", e.name());
  }

  @Test
  void anOrdinaryWordWithTheArticleIsNoPlace() {
    List<Entity> es = entities("سيتوقف التطبيق عن وضع علامات على المستخدمين في الصور والفيديو.");
    assertFalse(withMention(es, "الصور").isPresent(), es::toString);
  }

  @Test
  void aCountryWrittenWithTheArticleIsStillTheCountry() {
    List<Entity> es = entities("وصل الرئيس الفرنسي إلى البيرو أمس في زيارة رسمية.");
    Entity e = withMention(es, "البيرو").orElseThrow(() -> new AssertionError(es));
    assertEquals("Peru", e.name());
  }

  @Test
  void aDottedAcronymIsOneOrganisationWithItsLatinName() {
    List<Entity> es = entities("وقالت شبكة (سي.بي.إس) إن المقابلة بثت مساء الأحد.");
    Entity e = withMention(es, "سي.بي.إس").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.ORGANIZATION, e.type());
    assertEquals("CBS", e.name());
    assertFalse(withMention(es, "بي").isPresent(), es::toString);
  }

  @Test
  void aDottedAcronymKeepsTheWordsTheNameAddsAfterIt() {
    List<Entity> es = entities("ونقلت شبكة \"إن.بي.سي نيوز\" عن مسؤولين أن القرار نهائي.");
    assertTrue(withMention(es, "إن.بي.سي نيوز").isPresent(), es::toString);
  }

  @Test
  void spacedLettersAreNoDottedAcronym() {
    assertEquals(Optional.empty(), LatinLetterNames.acronym("سي"));
    assertEquals(Optional.of("FBI"), LatinLetterNames.acronym("إف.بي.آي"));
    assertEquals(Optional.empty(), LatinLetterNames.acronym("د.محمد"));
  }
}
