package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extractor;
import io.khabar.kb.EntityType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The conjunction و before a second name in a coordination (after a name or a comma) is no part
 * of that name, while a name that starts with the letter (وليام) keeps it. Sentences
 * written for the test.
 */
class CoordinatedNamesTest {

  private static final Extractor EXTRACTOR = Extractor.createDefault();

  private static boolean personNamed(String text, String name) {
    List<Entity> es = EXTRACTOR.extract(text, LocalDate.of(2018, 6, 1)).entities();
    return es.stream().filter(e -> e.type() == EntityType.PERSON).anyMatch(e -> e.mentions()
        .stream().anyMatch(m -> m.kind() == MentionKind.NAME && m.text().equals(name)));
  }

  @Test
  void theConjunctionAfterANameIsNoPartOfTheNext() {
    String s = "واستدعى المدرب المدافعين داني ألفيس ومارسيلو إلى التشكيلة الأساسية.";
    assertTrue(personNamed(s, "مارسيلو"), s);
    String t = "وسجل للفريق لوكا مودريتش وإيفان راكيتيتش في الشوط الثاني.";
    assertTrue(personNamed(t, "إيفان راكيتيتش"), t);
  }

  @Test
  void theConjunctionAfterACommaIsNoPartOfTheName() {
    String s = "وغاب عن المباراة ستيفان الشعراوي، وباتريك تشيك الذي تكررت إصاباته.";
    assertTrue(personNamed(s, "باتريك تشيك"), s);
  }

  @Test
  void aNameThatStartsWithWawKeepsIt() {
    String s = "وزار الأمير وليام القدس الخميس، والتقى وليام رئيس الوزراء.";
    assertTrue(personNamed(s, "وليام"), s);
  }
}
