package io.khabar.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.testdata.conll.TaggedSentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class WikiFaneTest {

  @Test
  void fineTypesMapToTheNewsClasses() {
    assertEquals("B-PERS", WikiFane.tag("B-Athlete"));
    assertEquals("I-LOC", WikiFane.tag("I-GPE-Cluster"));
    assertEquals("B-ORG", WikiFane.tag("B-Sports"));
    assertEquals("O", WikiFane.tag("B-Group")); // الأكراد: a people, no name in ANERcorp
    assertEquals("O", WikiFane.tag("B-Airport"));
    assertEquals("B-MISC", WikiFane.tag("B-Book"));
    assertEquals("O", WikiFane.tag("OO"));
  }

  @Test
  void splitCliticsJoinTheirWords() {
    // و ب القاهرة … جامعت ها: as WikiFANE splits "وبالقاهرة" and "جامعتها"
    TaggedSentence s = WikiFane.rejoined(
        List.of("درس", "و", "ب", "القاهرة", "في", "جامعة", "ها", "الاولى"),
        List.of("O", "O", "O", "B-LOC", "O", "O", "O", "O"));
    assertEquals(List.of("درس", "وبالقاهرة", "في", "جامعةها", "الاولى"), s.tokens());
    assertEquals(List.of("O", "B-LOC", "O", "O", "O"), s.tags());
  }

  @Test
  void aConjunctionInsideANameStaysInsideIt() {
    TaggedSentence s = WikiFane.rejoined(
        List.of("مركز", "معلومات", "و", "تدريب", "الطاقة"),
        List.of("B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"));
    assertEquals(List.of("مركز", "معلومات", "وتدريب", "الطاقة"), s.tokens());
    assertEquals(List.of("B-ORG", "I-ORG", "I-ORG", "I-ORG"), s.tags());
  }
}
