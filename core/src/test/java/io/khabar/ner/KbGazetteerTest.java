package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.text.ArabicNormalizer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KbGazetteerTest {

  private static String[][] tag(String sentence) {
    String[] tokens = sentence.split(" ");
    String[] forms = new String[tokens.length];
    Stem[] stems = new Stem[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      forms[i] = ArabicNormalizer.get().matchingForm(tokens[i]);
      stems[i] = ProcliticStripper.ARTICLE_ONLY.split(forms[i]);
    }
    return KbGazetteer.loadDefault().tag(forms, stems);
  }

  private static boolean has(String[] tags, String tag) {
    return tags != null && Arrays.asList(tags).contains(tag);
  }

  @Test
  void tagsKnowledgeBaseNamesWithTheirTypeAndPosition() {
    String[][] t = tag("التقى بشار الأسد في دمشق");
    assertTrue(has(t[1], "B-PERSn"), Arrays.toString(t[1]));
    assertTrue(has(t[2], "I-PERSn"), Arrays.toString(t[2]));
    assertTrue(has(t[4], "B-LOC1"), Arrays.toString(t[4]));
    assertNull(t[0]);
    assertNull(t[3]);
  }

  @Test
  void namesKeepTheirTagBehindAProclitic() {
    String[][] t = tag("وصل الوفد إلى بيروت وبغداد");
    assertTrue(has(t[3], "B-LOC1"), Arrays.toString(t[3]));
    assertTrue(has(t[4], "B-LOC1"), Arrays.toString(t[4]));
  }

  @Test
  void firstNamesOfListedPeopleAreEvidenceForUnlistedOnes() {
    // أحمد is the first word of several listed people; the full name below is not listed
    String[][] t = tag("وقال أحمد الفلاني للصحفيين");
    assertTrue(has(t[1], "fn"), Arrays.toString(t[1]));
    assertArrayEquals(null, t[3]);
  }
}
