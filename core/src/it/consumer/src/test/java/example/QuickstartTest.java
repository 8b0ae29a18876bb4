package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import io.khabar.Extractor;
import io.khabar.event.Event;
import io.khabar.event.EventType;
import io.khabar.kb.EntityType;
import io.khabar.ner.Entity;
import io.khabar.ner.Mention;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What a user gets from khabar-core alone: the bundled models load from the classpath, a person,
 * a place and a dated meeting come out of one sentence, and the JSON says the same.
 */
class QuickstartTest {

  private static final String TEXT =
      "التقى الرئيس اللبناني جوزيف عون في بيروت يوم الأربعاء وزير الخارجية الفرنسي.";
  private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 29);
  private static final Extractor EXTRACTOR = Extractor.createDefault();

  /** The README example itself: a fresh extractor, printing entities, events and JSON. */
  @Test
  void readmeExampleRuns() {
    Quickstart.main(new String[0]);
  }

  /** The serve command's web server is optional in khabar-core: a library user has none. */
  @Test
  void noWebServerComesWithTheLibrary() {
    org.junit.jupiter.api.Assertions.assertThrows(ClassNotFoundException.class,
        () -> Class.forName("org.eclipse.jetty.server.Server"));
  }

  @Test
  void findsPersonPlaceAndDatedMeeting() {
    Extraction x = EXTRACTOR.extract(TEXT, PUBLISHED);

    Entity aoun = entityMentioned(x, "جوزيف عون");
    assertEquals(EntityType.PERSON, aoun.type(), aoun.toString());
    Entity beirut = entityMentioned(x, "بيروت");
    assertEquals(EntityType.LOCATION, beirut.type(), beirut.toString());

    Event meeting = x.events().stream()
        .filter(v -> v.type() == EventType.MEETING)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no MEETING in " + x.events()));
    // الأربعاء before Thursday 29 January 2026
    assertEquals("2026-01-28", meeting.core().date().orElseThrow(), meeting.toString());
    assertTrue(meeting.core().participants().stream().anyMatch(p -> p.entity().equals(aoun.id())),
        meeting.toString());
    assertEquals(beirut.id(), meeting.core().place().orElseThrow(), meeting.toString());

    String json = x.toJson();
    assertTrue(json.contains("\"type\":\"MEETING\""), json);
    assertTrue(json.contains("\"date\":\"2026-01-28\""), json);
    assertTrue(json.contains("\"published\":\"2026-01-29\""), json);
  }

  private static Entity entityMentioned(Extraction x, String surface) {
    return x.entities().stream()
        .filter(e -> e.mentions().stream().map(Mention::text).anyMatch(surface::equals))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity mentioned as " + surface + " in "
            + x.entities()));
  }

  @Test
  void everyMentionOffsetPointsIntoTheText() {
    Extraction x = EXTRACTOR.extract(TEXT, PUBLISHED);
    for (Entity e : x.entities()) {
      for (Mention m : e.mentions()) {
        assertEquals(m.text(), TEXT.substring(m.span().start(), m.span().end()), e.toString());
      }
    }
  }
}
