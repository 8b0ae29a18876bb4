package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Where an unknown name starts inside its first token, on forms written for the test. */
class UnknownNameCliticsTest {

  private static final Set<String> NAMES = Set.of("ترامب", "هوكينغ");
  private static final Predicate<String> KNOWN = NAMES::contains;
  private static final Predicate<String> NO_WORD = w -> false;

  @Test
  void aKAtTheStartOfAForeignNameIsTheName() {
    // the segmenter reads كليان as ك + ليان and كلينيك as ك + لينيك
    assertEquals(0, UnknownNameClitics.procliticChars("كليان", 1, KNOWN, NO_WORD));
    assertEquals(0, UnknownNameClitics.procliticChars("كلينيك", 1, KNOWN, NO_WORD));
    assertEquals(1, UnknownNameClitics.procliticChars("وكولو", 2, KNOWN, NO_WORD));
  }

  @Test
  void kBeforeTheArticleOrAKnownNameIsThePreposition() {
    assertEquals(1, UnknownNameClitics.procliticChars("كالبصره", 1, KNOWN, NO_WORD));
    assertEquals(1, UnknownNameClitics.procliticChars("كايران", 1, KNOWN, NO_WORD));
    assertEquals(1, UnknownNameClitics.procliticChars("كترامب", 1, KNOWN, NO_WORD));
    assertEquals(1, UnknownNameClitics.procliticChars("كمدرب", 1, KNOWN, "مدرب"::equals));
  }

  @Test
  void otherProcliticsStayTheSegmentersDecision() {
    assertEquals(1, UnknownNameClitics.procliticChars("لهوكينغ", 1, KNOWN, NO_WORD));
    assertEquals(1, UnknownNameClitics.procliticChars("بلندن", 1, KNOWN, NO_WORD));
  }

  @Test
  void wawBeforeAKnownNameInACoordinationIsTheConjunction() {
    Predicate<String> known = Set.of("باتريك", "ليام", "وليام")::contains;
    Predicate<String> seen = Set.of("وباتريك", "وكيل")::contains;
    assertEquals(1, UnknownNameClitics.procliticChars("وباتريك", 0, known, seen, true));
    assertEquals(0, UnknownNameClitics.procliticChars("وباتريك", 0, known, seen, false));
    // a known name whole keeps its و; a common word is no name
    assertEquals(0, UnknownNameClitics.procliticChars("وليام", 0, known, seen, true));
    assertEquals(0, UnknownNameClitics.procliticChars("وكيل", 0, known, seen, true));
  }

  @Test
  void aConjunctionNeverFollowsAPreposition() {
    Predicate<String> known = Set.of("عنان", "وليد")::contains;
    assertEquals(0, UnknownNameClitics.procliticChars("بوعنان", 1, known, NO_WORD));
    assertEquals(1, UnknownNameClitics.procliticChars("بوليد", 1, known, NO_WORD));
  }
}
