package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.kb.KnowledgeBase;
import io.khabar.kb.NameTransliterator;
import io.khabar.kb.PlaceNames;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** English names of bodies the knowledge base does not know, read from their noun phrase. */
class BodyNamesTest {

  private static final BodyNames NAMES =
      new BodyNames(KnowledgeBase.loadDefault(), NameTransliterator.get(),
          PlaceNames.of(KnowledgeBase.loadDefault()));

  @Test
  void aMinistryIsNamedByItsField() {
    assertEquals(Optional.of("Ministry of Health"), NAMES.english("وزارة الصحة"));
    assertEquals(Optional.of("Ministry of Finance"), NAMES.english("وزارة المالية"),
        "المالية is the field here, not Mali's adjective");
  }

  @Test
  void aCountrysAdjectiveBecomesOfThatCountry() {
    assertEquals(Optional.of("Ministry of Commerce of China"),
        NAMES.english("وزارة التجارة الصينية"));
  }

  @Test
  void adjectivesComeBeforeTheHeadInEnglishOrder() {
    assertEquals(Optional.of("Supreme Court"), NAMES.english("المحكمة العليا"));
    assertEquals(Optional.of("Independent Supreme Commission"),
        NAMES.english("المفوضية العليا المستقلة"));
  }

  @Test
  void aComplementWithLamNamesTheField() {
    assertEquals(Optional.of("General Authority for Sport"),
        NAMES.english("الهيئة العامة للرياضة"));
    assertEquals(Optional.of("International Federation of Football"),
        NAMES.english("الاتحاد الدولي لكرة القدم"));
  }

  @Test
  void aKnownPlaceIsTheGenitive() {
    assertEquals(Optional.of("Egypt national team"), NAMES.english("منتخب مصر"));
    assertEquals(Optional.of("London Police"), NAMES.english("شرطة لندن"));
    assertEquals(Optional.of("England national team"), NAMES.english("منتخب إنجلترا"),
        "a place the gazetteers name, outside the base");
  }

  @Test
  void aBodyNamedAfterAPersonKeepsThePersonsSpelling() {
    // فورد is also a small county's name in the place table (Foard); مكتب فورد is Ford's office
    assertEquals(Optional.of("Office of Ford"), NAMES.english("مكتب فورد"));
    assertEquals(Optional.of("Centre for Stephen Hawking"), NAMES.english("مركز ستيفن هوكينغ"));
  }

  @Test
  void aWordItCannotReadLeavesTheNameToTheTransliterator() {
    assertEquals(Optional.empty(), NAMES.english("وزارة الطيور المهاجرة"));
    assertEquals(Optional.empty(), NAMES.english("بعثة دبلوماسية"));
    assertEquals(Optional.empty(), NAMES.english("الوكالة"), "a head alone is no name");
    assertEquals(Optional.empty(), NAMES.english("مجلس"));
  }
}
