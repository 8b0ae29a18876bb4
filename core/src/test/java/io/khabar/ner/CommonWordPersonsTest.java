package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.KnowledgeBase;
import io.khabar.kb.NameTransliterator;
import io.khabar.token.AnalyzedText;
import io.khabar.token.CliticSegmenter;
import io.khabar.token.Tokenizer;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Common words the name finder may take for people, judged by their shape in sentences written
 * for the test, and names of the same length that keep theirs.
 */
class CommonWordPersonsTest {

  private static final NameWords WORDS = new NameWords(KnowledgeBase.loadDefault(),
      CliticSegmenter.loadDefault(), NameTransliterator.get());
  private static final CommonWordPersons RULE =
      new CommonWordPersons(KnowledgeBase.loadDefault(), WORDS);

  /**
   * Whether the words {@code phrase} of {@code sentence} would be no person's name, the first
   * word's proclitics as the segmenter reads them.
   */
  private static boolean noName(String sentence, String phrase) {
    AnalyzedText text = AnalyzedText.of(sentence, Tokenizer.get());
    int words = phrase.split(" ").length;
    for (int i = 0; i + words <= text.size(); i++) {
      StringBuilder sb = new StringBuilder();
      for (int t = i; t < i + words; t++) {
        sb.append(t > i ? " " : "").append(text.surface(t));
      }
      if (sb.toString().equals(phrase)) {
        return RULE.isNoName(text, i, i + words, WORDS.procliticChars(text, i), Set.of());
      }
    }
    throw new AssertionError(phrase + " not in " + sentence);
  }

  @Test
  void aNounWithAPossessivePronounIsNoName() {
    assertTrue(noName("واعتذر المغني عن الحفل بسبب ارتباطه بموعد آخر.", "ارتباطه"));
  }

  @Test
  void aGivenNameEndingLikeAPronounStaysAName() {
    assertFalse(noName("وقالت لينا إنها ستعود إلى المسرح.", "لينا"));
    assertFalse(noName("وقال عبده إن الفريق جاهز.", "عبده"));
  }

  @Test
  void aDefiniteCommonNounAloneIsNoName() {
    assertTrue(noName("ولفت اللاعب الأنظار في المباراة الأخيرة.", "الأنظار"));
  }

  @Test
  void aDefiniteAdjectiveAfterADefiniteNounIsNoName() {
    assertTrue(noName("وهنأ الوزير المواطنين بحلول عيد الفطر السعيد.", "السعيد"));
    assertTrue(noName("وينصح الأطباء بالاعتدال قبل الإقبال على المذاق الفريد.", "الفريد"));
  }

  @Test
  void aDefiniteNameAfterATitleOrAGivenNameStaysAName() {
    assertFalse(noName("وقال الأمير الوليد إن الاستثمار طويل الأمد.", "الوليد"));
    assertFalse(noName("وسجل محمد السعيد هدف الفوز.", "السعيد"));
    assertFalse(noName("ووصل الشيخ السعيد إلى المسجد.", "السعيد"));
  }

  @Test
  void aPredicateAfterAPronounIsNoName() {
    assertTrue(noName("وقال المدرب: أنا سعيد بأداء اللاعبين.", "سعيد"));
    assertTrue(noName("ووصف الخبراء الموقع بأنه فريد في المنطقة.", "فريد"));
  }

  @Test
  void aNameAfterHuStaysAName() {
    assertFalse(noName("وقالت الشرطة إن المتهم هو سعيد وإنه اعتقل أمس.", "سعيد"));
  }

  @Test
  void aDefiniteFamilyNameOfTheDocumentStaysAName() {
    AnalyzedText text = AnalyzedText.of("وقال الحداد إن المشروع تأخر.", Tokenizer.get());
    assertFalse(RULE.isNoName(text, 1, 2, 0, Set.of("الحداد")));
    assertTrue(RULE.isNoName(text, 1, 2, 0, Set.of()));
  }

  @Test
  void anIndefiniteAccusativeNounAndAdjectiveAreNoName() {
    assertTrue(noName("ويعد الجهاز الجديد حاسبا وجهازا محمولا في آن.", "وجهازا محمولا"));
    assertTrue(noName("واشترى الطالب حاسوبا محمولا جديدا.", "حاسوبا محمولا"));
  }

  @Test
  void aForeignNameEndingInAlifStaysAName() {
    assertFalse(noName("وسجل المهاجم روبرتو فيرمينو هدفا.", "روبرتو فيرمينو"));
  }

  @Test
  void anIndefiniteNisbaOfANounIsAnAdjective() {
    assertTrue(noName("وأصيب الرجل بالتهاب كبد فيروسي حاد.", "فيروسي"));
    assertTrue(noName("وبعد إصابته بورم سرطاني خضع للعلاج.", "بورم سرطاني"));
  }

  @Test
  void aNameEndingInYehStaysAName() {
    assertFalse(noName("وقال سامي إن الفريق جاهز.", "سامي"));
    assertFalse(noName("وقال الفنان أحمد مصري إن العمل جاهز.", "أحمد مصري"));
  }

  @Test
  void aCommonNounOrVerbFirstIsNoName() {
    assertTrue(noName("ونتفهم وجود الحداد في المستشفى.", "وجود الحداد"));
    assertTrue(noName("وارتقى الريال للمركز الثالث.", "وارتقى الريال"));
  }

  @Test
  void aGivenNameFirstStaysAName() {
    assertFalse(noName("وقال محمد الحداد إن المشروع تأخر.", "محمد الحداد"));
  }
}
