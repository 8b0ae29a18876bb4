package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import io.khabar.ner.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The place of an attack given by a clause on its toll that refers back to it (وقتل فيه … في
 * بلدة X), {@link Places#inTollClause}. Sentences written for the test.
 */
class TollClausePlaceTest {

  private static String placeName(Extraction x, Event e) {
    return e.core().place().flatMap(x::entity).map(Entity::name).orElse("");
  }

  @Test
  void theTownOfTheTollIsWhereTheAttackHappened() {
    Extraction x = extract("ويعود آخر هجوم كبير لبوكو حرام إلى أيار/مايو 2018 وقتل فيه ستة "
        + "أشخاص معظمهم من قوات الأمن في بلدة غابالامي.");
    List<Event> attacks = ofType(x, EventType.ATTACK);
    assertEquals(1, attacks.size(), x.toPrettyJson());
    assertTrue(placeName(x, attacks.get(0)).startsWith("Gh"), x.toPrettyJson());
  }
}
