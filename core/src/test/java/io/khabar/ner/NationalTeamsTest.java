package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Teams in sports news: a national team is named by its country, a rival club by its city, in
 * sentences written for the test.
 */
class NationalTeamsTest {

  @Test
  void theTeamsCountryIsTheMention() {
    List<Entity> es = entities("وفاز منتخب مصر على منتخب السعودية بهدفين في المباراة.");
    Entity egypt = withMention(es, "مصر").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.LOCATION, egypt.type());
    assertTrue(es.stream().flatMap(e -> e.mentions().stream())
        .noneMatch(m -> m.text().startsWith("منتخب")), es::toString);
  }

  @Test
  void theTeamWithTheCountrysAdjectiveNamesNoBody() {
    List<Entity> es = entities("وخسر المنتخب المصري أمام ضيفه في المباراة الودية.");
    assertTrue(withMention(es, "المنتخب المصري").filter(e -> e.type()
        == EntityType.ORGANIZATION).isEmpty(), es::toString);
  }

  @Test
  void aCityAfterARivalAndItsAdjectiveIsTheClub() {
    List<Entity> es = entities("ويستعد ريال مدريد لمواجهة غريمه التقليدي برشلونة في الدوري الإسباني.");
    Entity barca = withMention(es, "برشلونة").orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.ORGANIZATION, barca.type(), barca::toString);
  }
}
