package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A place noun with a country's adjective describes the place; it names nothing by itself. */
class PlaceDescriptionsTest {

  @Test
  void theCapitalWithACountrysAdjectiveIsATitleOfTheCapital() {
    List<Entity> es = entities("ووصل الوفد إلى العاصمة البريطانية مساء الخميس.");
    Entity london = withMention(es, "العاصمة البريطانية").orElseThrow(() -> new AssertionError(es));
    assertEquals(MentionKind.TITLE, london.mentions().get(0).kind(), london::toString);
    assertTrue(withMention(es, "البريطانية").isEmpty(), es::toString);
  }

  @Test
  void theAdjectiveBeforeTheCapitalsNameIsNoCountry() {
    List<Entity> es = entities("وعقد الاجتماع في العاصمة السورية دمشق أمس.");
    assertTrue(withMention(es, "السورية").isEmpty(), es::toString);
    assertTrue(withMention(es, "دمشق").isPresent(), es::toString);
  }

  @Test
  void aPlaceNamedLikeANisbaAfterAPlaceNounStaysAName() {
    List<Entity> es = entities("وتظاهر المئات في محافظة المثنى جنوب العراق.");
    Entity e = withMention(es, "المثنى").orElseThrow(() -> new AssertionError(es));
    assertEquals(MentionKind.NAME, e.mentions().get(0).kind(), e::toString);
  }
}
