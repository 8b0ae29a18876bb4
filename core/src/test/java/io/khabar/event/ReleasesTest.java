package io.khabar.event;

import static io.khabar.event.EventTestTexts.extract;
import static io.khabar.event.EventTestTexts.names;
import static io.khabar.event.EventTestTexts.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one a release sets free is acted on, never who releases (Releases). Sentences written for
 * the test.
 */
class ReleasesTest {

  @Test
  void theOneSetFreeIsNoAgent() {
    Extraction x = extract("وأطلقت محكمة براغ الثلاثاء سراح صالح مسلم.");
    assertTrue(ofType(x, EventType.PRISONER_EXCHANGE).isEmpty(), x.events().toString());
  }

  @Test
  void aReleaseNamesOnlyWhoReleased() {
    Extraction x = extract("وأفرجت تركيا عن القس الأمريكي أندرو برونسون الجمعة.");
    List<Event> releases = ofType(x, EventType.PRISONER_EXCHANGE);
    assertEquals(1, releases.size(), x.events().toString());
    assertEquals(Set.of("Turkey"), names(x, releases.get(0)));
  }

  @Test
  void anExchangeKeepsItsParties() {
    Extraction x = extract("وجرت عملية تبادل الأسرى بين حركة حماس وإسرائيل.");
    List<Event> exchanges = ofType(x, EventType.PRISONER_EXCHANGE);
    assertEquals(1, exchanges.size(), x.events().toString());
    assertEquals(Set.of("Hamas", "Israel"), names(x, exchanges.get(0)));
  }
}
