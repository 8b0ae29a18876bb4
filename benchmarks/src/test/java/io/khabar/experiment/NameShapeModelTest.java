package io.khabar.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.ner.CueWords;
import io.khabar.ner.StemFunction;
import io.khabar.text.ArabicNormalizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NameShapeModelTest {

  private static final StemFunction ARTICLE = StemFunction.byName("article");

  /** Ordinary news sentences written for this test: the O class. */
  private static final String[] NEWS = {
      "عقدت الحكومة اجتماعا طارئا مساء أمس لبحث ارتفاع الأسعار في الأسواق المحلية",
      "أعلنت الوزارة عن خطة جديدة لدعم المزارعين وتحسين شبكات الري في القرى",
      "قال المتحدث باسم الشرطة إن التحقيقات ما زالت جارية في أسباب الحادث",
      "شهدت العاصمة احتجاجات واسعة على قرار رفع الضرائب على المحروقات",
      "وافق البرلمان بالأغلبية على مشروع قانون الموازنة العامة للعام المقبل",
      "تراجعت أسعار النفط في التعاملات الآسيوية بعد صدور بيانات المخزون الأسبوعية",
      "أكد الوزير أن المفاوضات مع الشركاء ستستأنف الأسبوع المقبل في جولة جديدة",
      "انطلقت اليوم فعاليات المعرض الدولي للكتاب بمشاركة مئات الناشرين والكتاب",
      "فاز الفريق في المباراة النهائية بهدفين مقابل هدف واحد وسط حضور جماهيري كبير",
      "حذرت المنظمات الإنسانية من تفاقم الأوضاع المعيشية للسكان في المخيمات",
  };

  private static final NameShapeModel MODEL = build(4);

  /** PERS from the given-name lexicon and the knowledge base's people, O from {@link #NEWS}. */
  private static NameShapeModel build(int order) {
    ArabicNormalizer n = ArabicNormalizer.get();
    NameShapeModel.Builder b = NameShapeModel.builder(order);
    for (String g : CueWords.givenNames()) {
      b.add(NameShapeModel.PERS, n.matchingForm(g), 1);
    }
    List<String> places = new ArrayList<>();
    for (KbEntity e : KnowledgeBase.loadDefault().entities()) {
      for (String alias : e.aliases()) {
        for (String w : alias.split("\\s+")) {
          String s = ARTICLE.split(n.matchingForm(w)).stem();
          switch (e.type()) {
            case PERSON -> b.add(NameShapeModel.PERS, s, 1);
            case LOCATION -> places.add(s);
            case ORGANIZATION -> b.add(NameShapeModel.ORG, s, 1);
            default -> { }
          }
        }
      }
    }
    places.forEach(s -> b.add(NameShapeModel.LOC, s, 1));
    for (String sentence : NEWS) {
      for (String w : sentence.split(" ")) {
        b.add(NameShapeModel.O, ARTICLE.split(n.matchingForm(w)).stem(),
            1);
      }
    }
    return b.build();
  }

  private static double personLikeness(String word) {
    String stem = ARTICLE.split(
        ArabicNormalizer.get().matchingForm(word)).stem();
    double[] s = MODEL.score(stem);
    return s[NameShapeModel.PERS] - s[NameShapeModel.O];
  }

  @Test
  void transliteratedSurnameLooksMorePersonalThanCommonNouns() {
    // foreign surnames as Arabic sports news writes them, not in the knowledge base
    for (String name : List.of("فابريغاس", "شيفتشينكو", "دروغبا", "كاسياس")) {
      for (String noun : List.of("الحكومة", "اجتماع", "الأسعار", "المفاوضات")) {
        assertTrue(personLikeness(name) > personLikeness(noun), name + " vs " + noun);
      }
    }
  }

  @Test
  void ordinaryWordIsBestScoredAsOrdinary() {
    double[] s = MODEL.score("اجتماعات");
    assertEquals(NameShapeModel.O, NameShapeModel.best(s));
  }

  @Test
  void scoresAreLogProbabilitiesPerLetter() {
    double[] s = MODEL.score("كاسياس");
    for (double v : s) {
      assertTrue(v < 0 && v > Math.log(1.0 / 48) - 1e-9, "per-letter log-probability " + v);
    }
  }

  @Test
  void serialisationRoundTripGivesIdenticalScores() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new NameShapeModel.Serializer().serialize(MODEL, out);
    NameShapeModel back = new NameShapeModel.Serializer().create(
        new ByteArrayInputStream(out.toByteArray()));
    assertEquals(MODEL.order(), back.order());
    for (String w : List.of("فابريغاس", "حكومه", "", "x", "بغداد", "مجلس", "abc١٢")) {
      assertArrayEquals(MODEL.score(w), back.score(w), 0.0, w);
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    new NameShapeModel.Serializer().serialize(back, again);
    assertArrayEquals(out.toByteArray(), again.toByteArray());
  }

  @Test
  void rejectsForeignBytesAndBadOrder() {
    assertThrows(IOException.class, () -> new NameShapeModel.Serializer().create(
        new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})));
    assertThrows(IllegalArgumentException.class, () -> NameShapeModel.builder(0));
    assertThrows(IllegalArgumentException.class,
        () -> NameShapeModel.builder(NameShapeModel.MAX_ORDER + 1));
  }

  @Test
  void everyOrderScoresSameWordFinitely() {
    for (int order = 1; order <= NameShapeModel.MAX_ORDER; order++) {
      NameShapeModel m = NameShapeModel.builder(order).add(NameShapeModel.PERS, "بوريل", 1)
          .add(NameShapeModel.O, "مدينه", 2).build();
      double[] s = m.score("بوريل");
      for (double v : s) {
        assertTrue(Double.isFinite(v) && v < 0);
      }
      assertEquals(NameShapeModel.PERS, NameShapeModel.best(s), "order " + order);
    }
  }

  @Test
  void builtModelIsNotChangedByLaterAdds() {
    NameShapeModel.Builder b = NameShapeModel.builder(3).add(NameShapeModel.PERS, "دروغبا", 1);
    NameShapeModel m = b.build();
    double[] before = m.score("دروغبا");
    b.add(NameShapeModel.O, "دروغبا", 5);
    assertArrayEquals(before, m.score("دروغبا"), 0.0);
  }

  @Property
  void neverThrowsAndStaysFinite(@ForAll String word) {
    double[] s = MODEL.score(word);
    for (double v : s) {
      assertTrue(Double.isFinite(v) && v < 0, word);
    }
    NameShapeModel.builder(3).add(NameShapeModel.O, word, 1).build().score(word);
  }
}
