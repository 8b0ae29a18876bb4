package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.entities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People outside the knowledge base called by their family name after their full name, and
 * titles with their adjectives, in sentences written for the test.
 */
class FamilyNamesOfUnknownPeopleTest {

  private static long mentionsOf(List<Entity> es, String text) {
    return es.stream().flatMap(e -> e.mentions().stream()).filter(m -> m.text().equals(text))
        .count();
  }

  @Test
  void aFamilyNameBesideAnotherNameJoinedByAndIsStillAMention() {
    List<Entity> es = entities("قال المهاجم دوريان فاسيليتش إنه سعيد. "
        + "وقد نافس فاسيليتش وكريستيانو رونالدو على الجائزة.");
    assertEquals(1, mentionsOf(es, "فاسيليتش"), es::toString);
  }

  @Test
  void theVerbAfterAFamilyNameIsNoPartOfIt() {
    List<Entity> es = entities("اتهم المحققون رئيس النادي السابق ساندرو فيلوسيل بالتزوير. "
        + "لكن فيلوسيل كذب في مقابلة تلفزيونية.");
    assertTrue(es.stream().flatMap(e -> e.mentions().stream())
        .noneMatch(m -> m.text().contains("كذب")), es::toString);
  }

  @Test
  void thePrepositionIsNeverTheFamilyNameItIsFoldedInto() {
    List<Entity> es = entities("التقى الوزير بالرئيس الأسبق زين العابدين بن علي. "
        + "وشنت الطائرات غارات على مواقع المسلحين.");
    assertEquals(0, mentionsOf(es, "على"), es::toString);
  }

  @Test
  void aTitlesCountryAdjectiveIsPartOfTheTitleNotAName() {
    List<Entity> es = entities("دعا العاهل الأردني إلى حوار وطني حول القانون. "
        + "وقال الرئيس الكوري الجنوبي إنه يريد السلام.");
    assertTrue(es.stream().filter(e -> e.type() == EntityType.PERSON)
        .flatMap(e -> e.mentions().stream())
        .noneMatch(m -> m.kind() == MentionKind.NAME
            && (m.text().equals("الأردني") || m.text().equals("الجنوبي"))), es::toString);
  }
}
