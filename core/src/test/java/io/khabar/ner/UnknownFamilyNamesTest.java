package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import io.khabar.token.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A person the name finder names in full is then called by the family name, or the first name,
 * alone. Sentences written for the test; the candidates stand for the name finder's.
 */
class UnknownFamilyNamesTest {

  private static Candidate found(int start, int end, EntityType type) {
    return new Candidate(start, end, 0, Candidate.Source.MODEL, ImmutableList.of(), type, 0.9);
  }

  private static IntUnaryOperator conjunction(AnalyzedText text) {
    return i -> text.form(i).startsWith("و") ? 1 : 0;
  }

  private static List<String> people(AnalyzedText text, List<Candidate> accepted) {
    List<String> out = new ArrayList<>();
    for (Candidate c : accepted) {
      if (c.type() == EntityType.PERSON) {
        StringBuilder sb = new StringBuilder();
        for (int t = c.start(); t < c.end(); t++) {
          String f = text.form(t);
          sb.append(t == c.start() ? f.substring(c.stripped()) : " " + f);
        }
        out.add(sb.toString());
      }
    }
    return out;
  }

  @Test
  void theFamilyNameAloneAfterTheFullNameIsThePerson() {
    // 0 قدم 1 المقرر 2 فيليكس 3 غرانستون 4 تقريره 5 . 6 ورد 7 غرانستون 8 على 9 المنتقدين
    AnalyzedText text = AnalyzedText.of(
        "قدم المقرر فيليكس غرانستون تقريره. ورد غرانستون على المنتقدين.", Tokenizer.get());
    List<Candidate> accepted = new ArrayList<>(List.of(found(2, 4, EntityType.PERSON)));
    UnknownFamilyNames.apply(text, accepted, conjunction(text), w -> false);
    assertEquals(List.of("فيليكس غرانستون", "غرانستون"), people(text, accepted));
  }

  @Test
  void aFamilyNameOfTwoWordsIsTakenWhole() {
    AnalyzedText text = AnalyzedText.of(
        "بيعت لوحة للرسام فنسنت فان غوسترخ. وتراجعت أعمال فان غوسترخ في السوق.",
        Tokenizer.get());
    List<Candidate> accepted = new ArrayList<>();
    accepted.add(found(3, 6, EntityType.PERSON)); // فنسنت فان غوسترخ
    UnknownFamilyNames.apply(text, accepted, conjunction(text), w -> false);
    assertEquals(List.of("فنسنت فان غوسترخ", "فان غوسترخ"), people(text, accepted));
  }

  @Test
  void aFirstNameTheNameFinderReadAsAPlaceIsThePerson() {
    // 0 فازت 1 اللاعبة 2 سيرلينا 3 ويلامز 4 بالمباراة 5 . 6 وبلغت 7 سيرلينا 8 الدور 9 الرابع
    AnalyzedText text = AnalyzedText.of(
        "فازت اللاعبة سيرلينا ويلامز بالمباراة. وبلغت سيرلينا الدور الرابع.", Tokenizer.get());
    List<Candidate> accepted = new ArrayList<>(List.of(found(2, 4, EntityType.PERSON),
        found(7, 8, EntityType.LOCATION)));
    UnknownFamilyNames.apply(text, accepted, conjunction(text), w -> false);
    assertEquals(EntityType.PERSON, accepted.get(1).type());
  }

  @Test
  void aWordOfTheLexiconThatEndedASpanSpreadsNothing() {
    // the span took the verb: يعتقد is no family name
    // 0 كان 1 فيليكس 2 غرانستون 3 يعتقد 4 أن 5 الفريق 6 جاهز 7 . 8 ثم 9 يعتقد
    AnalyzedText text = AnalyzedText.of(
        "كان فيليكس غرانستون يعتقد أن الفريق جاهز. ثم يعتقد المدرب أن الوقت حان.",
        Tokenizer.get());
    List<Candidate> accepted = new ArrayList<>(List.of(found(1, 4, EntityType.PERSON)));
    UnknownFamilyNames.apply(text, accepted, conjunction(text), w -> false);
    assertEquals(1, accepted.size(), accepted::toString);
  }

  @Test
  void theWordBeforeTheFullNameIsNoMention() {
    AnalyzedText text = AnalyzedText.of(
        "أشاد غرانستون بالفريق. ثم قدم المقرر فيليكس غرانستون تقريره.", Tokenizer.get());
    List<Candidate> accepted = new ArrayList<>();
    for (int t = 0; t + 1 < text.size(); t++) {
      if (text.form(t).equals("فيليكس")) {
        accepted.add(found(t, t + 2, EntityType.PERSON));
      }
    }
    UnknownFamilyNames.apply(text, accepted, conjunction(text), w -> false);
    assertTrue(accepted.size() == 1, accepted::toString);
  }
}
