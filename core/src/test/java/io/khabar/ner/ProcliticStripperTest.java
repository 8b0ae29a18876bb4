package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.text.ArabicNormalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ProcliticStripperTest {

  private static Stem split(String word) {
    return ProcliticStripper.INSTANCE.split(ArabicNormalizer.get().matchingForm(word));
  }

  @Test
  void stripsConjunctionFromName() {
    Stem s = split("وقطر");
    assertEquals("قطر", s.stem());
    assertEquals("و", s.proclitics());
    assertFalse(s.definite());
  }

  @Test
  void stripsConjunctionPrepositionAndArticle() {
    Stem s = split("وبالعراق");
    assertEquals("عراق", s.stem());
    assertEquals("وبال", s.proclitics());
    assertTrue(s.definite());
  }

  @Test
  void recognisesContractedLamArticle() {
    Stem s = split("للأمم");
    assertEquals("امم", s.stem());
    assertTrue(s.definite());
  }

  @Test
  void keepsShortWordsWhole() {
    assertEquals("ولد", split("ولد").stem());
    assertEquals("بان", split("بان").stem());
    assertEquals("الي", split("إلى").stem());
  }

  @Test
  void dropsOnlyAConjunctionAndOnlyWhenEnoughRemains() {
    assertEquals("الصربي", ProcliticStripper.withoutConjunction("والصربي", 4));
    assertEquals("قال", ProcliticStripper.withoutConjunction("فقال", 1));
    assertEquals("بغداد", ProcliticStripper.withoutConjunction("بغداد", 1));
    assertEquals("وزن", ProcliticStripper.withoutConjunction("وزن", 3));
  }

  @Test
  void doesNotStripArticleWhenTooLittleRemains() {
    assertEquals("الي", split("الي").stem());
    assertEquals("عام", split("العام").stem());
  }

  @Property
  void stemAndPrecliticsRebuildTheForm(@ForAll String s) {
    Stem st = ProcliticStripper.INSTANCE.split(s);
    assertEquals(s, st.proclitics() + st.stem());
  }
}
