package io.khabar.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** English names of places the knowledge base did not link, from the place gazetteers. */
class PlaceNamesTest {

  private static KbEntity place(String key, String name, String subtype, String... aliases) {
    return new KbEntity(key, EntityType.LOCATION, name, Optional.empty(), List.of(aliases),
        List.of(), Optional.empty(), List.of(), Optional.empty(), Optional.of(subtype), List.of());
  }

  private static final KnowledgeBase KB = KnowledgeBase.builder()
      .add(place("test-congo", "Congo", "country", "الكونغو"))
      .add(place("test-seoul", "Seoul", "city", "سيول"))
      .add(place("test-aqaba", "Aqaba", "city", "العقبة"))
      .add(place("test-hama", "Hama", "city", "حماة"))
      .add(place("test-hamah", "Hamah", "town", "حماة"))
      .add(new KbEntity("test-body", EntityType.ORGANIZATION, "Wales Party", Optional.empty(),
          List.of("ويلز"), List.of(), Optional.empty(), List.of(), Optional.empty(),
          Optional.empty(), List.of()))
      .build();

  private static final PlaceNames NAMES = PlaceNames.of(KB, Map.of(
      "انجلترا", "England", "الانجلترا", "England", "ويلز", "Wales", "المدينه", "Medina",
      "الشاطي", "Shati"));

  @Test
  void aPlaceTheBaseDidNotLinkTakesItsGazetteerName() {
    assertEquals(Optional.of("England"), NAMES.english("انجلترا"));
    assertEquals(Optional.of("Wales"), NAMES.english("ويلز"), "only the base's places name places");
  }

  @Test
  void hamzaFormsTaMarbutaAndAlifMaqsuraAreOneSpelling() {
    assertEquals(Optional.of("England"), NAMES.english("إنجلترا"));
    assertEquals(Optional.of("Medina"), NAMES.english("المدينة"));
    assertEquals(Optional.of("Shati"), NAMES.english("الشاطئ"));
    assertEquals(Optional.of("Shati"), NAMES.english("الشاطيء"));
    assertEquals(Optional.of("Aqaba"), NAMES.english("العقبه"));
  }

  @Test
  void aPlaceWrittenWithAnotherLetterForGIsFoundUnderItsVariant() {
    // news writes the g of England with ج, ك or غ: إنجلترا، إنكلترا، إنغلترا
    assertEquals(Optional.of("England"), NAMES.english("إنكلترا"));
    assertEquals(Optional.of("England"), NAMES.english("إنغلترا"));
    assertEquals(Optional.of("Congo"), NAMES.english("الكونجو"));
  }

  @Test
  void aVariantKeyTwoPlacesShareNamesNeither() {
    PlaceNames names = PlaceNames.of(KnowledgeBase.builder().build(),
        Map.of("جالا", "Jala", "غالا", "Gala"));
    assertEquals(Optional.of("Jala"), names.english("جالا"), "the exact spelling first");
    assertEquals(Optional.empty(), names.english("كالا"), "ك could be either");
  }

  @Test
  void thePackedIndexOfTheBundledBaseAnswersAsTheComputedOne() throws Exception {
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    assertTrue(KbSnapshot.isBundled(kb), "the tests run on the packed knowledge base");
    PlaceNames packed = PlaceNames.readPacked(KbSnapshot.bundledSources()).orElseThrow();
    PlaceNames computed = PlaceNames.of(kb, PlaceNames.Table.BUNDLED);
    List<String> names = new java.util.ArrayList<>(PlaceNames.Table.BUNDLED.keySet());
    for (KbEntity e : kb.entities()) {
      if (e.type() == EntityType.LOCATION) {
        names.addAll(e.aliases());
      }
    }
    names.addAll(List.of("إنكلترا", "الكونجو", "قرية العوينات الصغرى"));
    for (String n : names) {
      assertEquals(computed.english(n), packed.english(n), n);
      String variant = n.replace('ج', 'غ');
      assertEquals(computed.english(variant), packed.english(variant), variant);
    }
  }

  @Test
  void aCountryIsNamedWithOrWithoutItsArticleACityNot() {
    assertEquals(Optional.of("Congo"), NAMES.english("الكونغو"));
    assertEquals(Optional.of("Congo"), NAMES.english("كونغو"));
    assertEquals(Optional.empty(), NAMES.english("السيول"), "السيول are floods, not Seoul");
    assertEquals(Optional.empty(), NAMES.english("عقبة"));
  }

  @Test
  void twoPlacesOfTheBaseWithOneSpellingNameNeither() {
    assertEquals(Optional.empty(), NAMES.english("حماة"));
  }

  @Test
  void aNameNoGazetteerKnowsIsLeftToTheLetters() {
    assertEquals(Optional.empty(), NAMES.english("قرية العوينات الصغرى"));
    assertEquals(Optional.empty(), NAMES.english(""));
  }

  @Test
  void theBundledTableNamesCountriesAndCities() {
    PlaceNames bundled = PlaceNames.of(KnowledgeBase.builder().build());
    assertEquals(Optional.of("England"), bundled.english("انجلترا"));
    assertEquals(Optional.of("Uruguay"), bundled.english("الأوروغواي"));
    assertEquals(Optional.of("Murmansk"), bundled.english("مورمانسك"));
  }

  @Test
  void keysOfANameBeginningWithHamzaHaveNoArticleToDrop() {
    assertEquals(List.of("المانيا", "الالمانيا"), PlaceNames.keys("ألمانيا", true));
    assertEquals(List.of("الكونغو", "كونغو"), PlaceNames.keys("الكونغو", true));
    assertEquals(List.of("الكونغو"), PlaceNames.keys("الكونغو", false));
  }

  @Property
  void theKeyIsItsOwnKey(@ForAll @StringLength(max = 12) String s) {
    assertEquals(PlaceNames.key(s), PlaceNames.key(PlaceNames.key(s)));
  }
}
