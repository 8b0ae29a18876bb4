package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.anyMentionContains;
import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bodies the knowledge base lacks that the text still marks as such: coordinated with known ones
 * ({@link CoordinatedBodies}) or named by a web address ({@link WebOutlets}), in sentences
 * written for the test.
 */
class CoordinatedBodiesTest {

  @Test
  void anAppAfterAKnownCompanyAndOrIsACompany() {
    List<Entity> es = entities("هل تقضي ساعات طويلة على فيسبوك أو زيلوغرام كل يوم؟");
    Entity e = withMention(es, "زيلوغرام").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.ORGANIZATION, e.type());
  }

  @Test
  void aCompanyInAListKeepsItsConjunctionOutOfTheName() {
    List<Entity> es = entities("ومن الشركات في هذا القطاع تويوتا وكوراميتسو وهوندا.");
    Entity e = withMention(es, "كوراميتسو").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.ORGANIZATION, e.type());
  }

  @Test
  void aWordWithAPronounAfterAPartyIsNoBody() {
    List<Entity> es = entities("واتهمت الحكومة حماس وحلفاءها بعرقلة الاتفاق.");
    assertTrue(!anyMentionContains(es, "حلفاءها"), es::toString);
  }

  @Test
  void aWebOutletsArabicAddressIsOneOrganisation() {
    List<Entity> es = entities("وقالت المديرة لـ\"نخلاوي.نت\" إن الفريق يستعد للحفل.");
    Entity e = withMention(es, "نخلاوي.نت").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.ORGANIZATION, e.type());
  }
}
