package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GivenNameExtensionTest {

  private static String[] tokens(String sentence) {
    return sentence.split(" ");
  }

  @Test
  void extendsAFamilyNameOverTheGivenNameBeforeIt() {
    String[] t = tokens("وقال حسن أبو السعود إن الفريق جاهز");
    assertEquals(List.of(new NameSpan(1, 4, "PERS", 0.9)),
        GivenNameExtension.apply(t, List.of(new NameSpan(2, 4, "PERS", 0.9))));
  }

  @Test
  void takesAtMostTwoGivenNames() {
    String[] t = tokens("التقى أحمد محمد علي الخطيب بالوفد");
    assertEquals(List.of(new NameSpan(2, 5, "PERS", 0.8)),
        GivenNameExtension.apply(t, List.of(new NameSpan(4, 5, "PERS", 0.8))));
  }

  @Test
  void leavesOtherTypesTaggedNeighboursAndConjoinedNamesAlone() {
    String[] t = tokens("زار عمر القاهرة ثم التقى محمد وحسن الخطيب");
    List<NameSpan> spans = List.of(new NameSpan(1, 2, "PERS", 0.9),
        new NameSpan(2, 3, "LOC", 0.9), new NameSpan(6, 8, "PERS", 0.7));
    assertEquals(spans, GivenNameExtension.apply(t, spans));
    String[] u = tokens("قال سمير سليم الخطيب");
    List<NameSpan> adjacent = List.of(new NameSpan(1, 2, "PERS", 0.9),
        new NameSpan(2, 4, "PERS", 0.9));
    assertEquals(adjacent, GivenNameExtension.apply(u, adjacent));
  }
}
