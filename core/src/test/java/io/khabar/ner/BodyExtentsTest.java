package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies' names written in full, and a person after a body's field, in sentences written for the test. */
class BodyExtentsTest {

  @Test
  void theHeadNounBeforeAKnownBodysAdjectiveIsPartOfItsName() {
    List<Entity> es = entities("ومن المتوقع أن يرفع المجلس الاحتياطي الفدرالي أسعار الفائدة.");
    Entity fed = withMention(es, "المجلس الاحتياطي الفدرالي")
        .orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.ORGANIZATION, fed.type());
    assertTrue(fed.key().isPresent(), fed::toString);
  }

  @Test
  void aPersonAfterABodysFieldIsNoPartOfTheBody() {
    List<Entity> es = entities("وقالت رئيسة اللجنة الأوروبية للتجارة سيسيليا مالمستروم إن الرسوم ظالمة.");
    assertTrue(es.stream().flatMap(e -> e.mentions().stream())
        .noneMatch(m -> m.text().contains("للتجارة سيسيليا")), es::toString);
  }

  @Test
  void aBodyNamedAfterAKingKeepsTheKingsName() {
    List<Entity> es = entities("وأقيمت المباراة على ملعب جامعة الملك سعود في الرياض.");
    assertTrue(withMention(es, "سعود").isEmpty(), es::toString);
  }
}
