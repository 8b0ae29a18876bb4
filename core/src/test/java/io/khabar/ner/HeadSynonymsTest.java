package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A body named after a synonym of its known head, in sentences written for the test. */
class HeadSynonymsTest {

  @Test
  void militiasOfAGroupAreTheGroup() {
    List<Entity> es = entities("وقصفت ميليشيات الحوثي الأحياء السكنية في تعز صباح اليوم.");
    Optional<Entity> e = withMention(es, "ميليشيات الحوثي");
    assertTrue(e.isPresent(), es::toString);
    assertEquals(Optional.of("houthis"), e.get().key(), es::toString);
  }

  @Test
  void theDescriptionAfterTheGroupsNameIsOutsideIt() {
    List<Entity> es = entities("واستهدفت الطائرات تحركات ميليشيات الحوثي في الساحل. وتخوض القوات"
        + " معارك ضد ميليشيات الحوثي الانقلابية جنوبي المدينة.");
    Optional<Entity> e = withMention(es, "ميليشيات الحوثي");
    assertTrue(e.isPresent(), es::toString);
    assertEquals(Optional.of("houthis"), e.get().key(), es::toString);
    assertTrue(es.stream().flatMap(x -> x.mentions().stream())
        .noneMatch(m -> m.text().contains("الانقلابية")), es::toString);
  }

  @Test
  void militiasOfAnotherNameStayUnknown() {
    List<Entity> es = entities("وانتشرت ميليشيات الحشد الشعبي في محيط المدينة أمس.");
    assertTrue(es.stream().noneMatch(e -> e.key().filter("houthis"::equals).isPresent()),
        es::toString);
  }
}
