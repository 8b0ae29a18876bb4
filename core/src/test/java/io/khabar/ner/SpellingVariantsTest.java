package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.EXTRACTOR;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A known person's name spelt with a long vowel more or less (issue 12). Sentences written for the test. */
class SpellingVariantsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2018, 5, 20);

  @Test
  void aFullNameWithoutALongVowelIsTheKnownPerson() {
    List<Entity> es = EXTRACTOR.extract(
        "وقال الرئيس الروسي فلاديمير بوتن إن بلاده مستعدة للحوار. وأضاف بوتن أن العلاقات جيدة.",
        PUBLISHED).entities();
    Entity e = withMention(es, "فلاديمير بوتن").orElseThrow(() -> new AssertionError(es));
    assertEquals("Vladimir Putin", e.name());
    assertTrue(e.mentions().stream().anyMatch(m -> m.text().equals("بوتن")), es::toString);
  }

  @Test
  void aFullNameWithAnExtraLongVowelIsTheKnownPerson() {
    List<Entity> es = EXTRACTOR.extract(
        "والتقى رئيس الوزراء الإسرائيلي بنيامين نتانياهو بوزير الدفاع أمس.", PUBLISHED).entities();
    assertEquals("Benjamin Netanyahu", withMention(es, "بنيامين نتانياهو")
        .orElseThrow(() -> new AssertionError(es)).name());
  }

  @Test
  void movedVowelsAreAnotherName() {
    assertFalse(SpellingVariants.closeSpelling(List.of("جورجيو", "كيليني"),
        List.of("جورج", "كلوني")));
    assertFalse(SpellingVariants.closeSpelling(List.of("كيليني"), List.of("كلوني")));
    assertTrue(SpellingVariants.closeSpelling(List.of("فلاديمير", "بوتن"),
        List.of("فلاديمير", "بوتين")));
  }

  @Test
  void aGivenNameOrANisbaIsNoVariant() {
    assertFalse(SpellingVariants.closeSpelling(List.of("محمد", "جبريل"), List.of("محمود", "جبريل")));
    assertFalse(SpellingVariants.closeSpelling(List.of("احمد", "الطيبي"), List.of("احمد", "الطيب")));
  }

  @Test
  void sameSkeletonIsNecessaryToCompare() {
    assertEquals(SpellingVariants.skeleton(List.of("نتانياهو")),
        SpellingVariants.skeleton(List.of("نتنياهو")));
  }
}
