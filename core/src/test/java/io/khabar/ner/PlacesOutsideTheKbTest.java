package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.kb.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The canonical names of places (and of bodies named after a place) the knowledge base does not
 * link, in sentences written for the test: a gazetteer's English name first, never a person's
 * name token for an Arabic word.
 */
class PlacesOutsideTheKbTest {

  private static Entity place(List<Entity> es, String mention) {
    Entity e = withMention(es, mention).orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.LOCATION, e.type(), e::toString);
    return e;
  }

  @Test
  void aCountryOutsideTheBaseIsNamedByTheGazetteerNotSpelled() {
    List<Entity> es = entities("وصل لاعبو المنتخب إلى انجلترا يوم الأحد، وسيقيم الفريق في مدينة "
        + "مانشستر حتى نهاية الشهر.");
    assertEquals("England", place(es, "انجلترا").name());
  }

  @Test
  void anArabicRegionIsNotReadAsAPersonsFamilyName() {
    List<Entity> es = entities("هاجم مسلحون نقطة تفتيش في الجوف شمال اليمن، وقتل ثلاثة جنود.");
    assertEquals("Al Jawf", place(es, "الجوف").name(), "not al-Goff");
    List<Entity> rif = entities("وشهدت منطقة الريف في شمال المغرب احتجاجات واسعة، فيما زار الملك "
        + "مدينة الحسيمة.");
    assertEquals("al-Rif", place(rif, "الريف").name(), "not al-Reeve");
  }

  @Test
  void aForeignPlaceNoGazetteerKnowsKeepsItsSpelling() {
    List<Entity> es = entities("وأعلنت الشرطة في هوليوود أنها فتحت تحقيقا في الحادث.");
    assertEquals("Hollywood", place(es, "هوليوود").name());
  }

  @Test
  void aTeamNamedAfterAPlaceTakesThePlacesEnglishName() {
    List<Entity> es = entities("فاز منتخب إنجلترا على منتخب الأوروغواي بهدفين دون رد في المباراة "
        + "الودية التي أقيمت في لندن.");
    assertEquals("England national team", withMention(es, "منتخب إنجلترا")
        .orElseThrow(() -> new AssertionError(es)).name());
    assertEquals("Uruguay national team", withMention(es, "منتخب الأوروغواي")
        .orElseThrow(() -> new AssertionError(es)).name());
  }
}
