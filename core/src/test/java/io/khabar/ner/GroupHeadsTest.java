package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.Extractor;
import io.khabar.kb.EntityType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A group named after a person is no person (issue 12). Sentences written for the test. */
class GroupHeadsTest {

  private static final Extractor EXTRACTOR = Extractor.createDefault();

  @Test
  void aMilitiaNamedAfterItsLeaderIsAnOrganisation() {
    List<Entity> es = EXTRACTOR.extract(
        "وقالت مصادر إن ميليشيات الحوثي الموالية لإيران نهبت عشرات المنازل.",
        LocalDate.of(2018, 5, 20)).entities();
    Entity e = es.stream().filter(x -> x.mentions().stream()
        .anyMatch(m -> m.text().startsWith("ميليشيات"))).findFirst()
        .orElseThrow(() -> new AssertionError(es));
    assertEquals(EntityType.ORGANIZATION, e.type(), es::toString);
  }
}
