package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extractor;
import io.khabar.kb.EntityType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unknown person's name is not extended over a following word of Arabic shape, such as a
 * noun in …ة, while a foreign family name still joins it (issue 12). Sentences written for the
 * test.
 */
class PersonNameEndsTest {

  private static final Extractor EXTRACTOR = Extractor.createDefault();

  private static boolean personNamed(String text, String name) {
    List<Entity> es = EXTRACTOR.extract(text, LocalDate.of(2018, 6, 1)).entities();
    return es.stream().filter(e -> e.type() == EntityType.PERSON).anyMatch(e -> e.mentions()
        .stream().anyMatch(m -> m.kind() == MentionKind.NAME && m.text().equals(name)));
  }

  @Test
  void aTweetAfterTheNameIsNoPartOfIt() {
    String s = "وكتبت المذيعة البريطانية جوسلين براندر تغريدة تساند فيها زميلتها.";
    assertTrue(personNamed(s, "جوسلين براندر"), s);
  }

  @Test
  void aFullNameStaysWhole() {
    String s = "وقال مصمم اللعبة فيليب بودكين إن النتائج مفاجئة.";
    assertTrue(personNamed(s, "فيليب بودكين"), s);
  }
}
