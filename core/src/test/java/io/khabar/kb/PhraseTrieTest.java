package io.khabar.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {

  private static final PhraseTrie<String> TRIE = build();

  private static PhraseTrie<String> build() {
    PhraseTrie.Builder<String> b = PhraseTrie.builder();
    b.add("بوتين", "putin");
    b.add("فلاديمير بوتين", "putin");
    b.add("موسكو", "moscow");
    b.add("السويداء", "suwayda");
    b.add("الشرع", "sharaa");
    b.add("أحمد الشرع", "sharaa");
    b.add("الرئيس السوري", "title:HoS-SY");
    b.add("الرئيس", "title:president");
    b.add("ترامب", "trump");
    b.add("ترمب", "trump");
    b.add("قسد", "sdf");
    b.add("قوات سوريا الديمقراطية", "sdf");
    b.add("أ.ف.ب", "afp");
    b.add("عمان", "oman");
    b.add("عمان", "amman");
    b.add("دمشق", "damascus");
    b.add("حلب", "aleppo");
    b.add("فرنسا", "france");
    b.add("مالي", "mali");
    b.add("كرملين", "kremlin-without-article");
    return b.build();
  }

  private static List<String> found(String text) {
    SimpleTokens t = new SimpleTokens(text);
    return TRIE.findAll(t).stream()
        .map(m -> t.text(m) + "=" + String.join("|", m.values()))
        .toList();
  }

  @Test
  void findsNamesWithConjunctionAndPrepositionAttached() {
    assertEquals(
        List.of("بوتين=putin", "موسكو=moscow"),
        found("واستقبل وبوتين ضيوفه في موسكو أمس"));
    assertEquals(List.of("موسكو=moscow"), found("وصل الوفد لموسكو صباحا"));
    assertEquals(List.of("السويداء=suwayda"), found("اشتباكات بالسويداء جنوبي البلاد"));
    assertEquals(List.of("الشرع=sharaa"), found("التقى الوزير والشرع في القصر"));
  }

  @Test
  void restoresElidedArticleAfterLam() {
    SimpleTokens t = new SimpleTokens("قدم الوفد رسالة للرئيس السوري في دمشق");
    List<PhraseMatch<String>> ms = TRIE.findAll(t);
    assertEquals(2, ms.size());
    assertEquals(List.of("title:HoS-SY"), ms.get(0).values());
    assertEquals(1, ms.get(0).strippedChars());
    assertEquals("لرئيس السوري", t.text(ms.get(0)));
    assertEquals(List.of("لسويداء=suwayda"), found("وصلت قافلة مساعدات للسويداء"));
  }

  @Test
  void prefersTheLongestPhrase() {
    assertEquals(List.of("فلاديمير بوتين=putin"), found("قال فلاديمير بوتين إن"));
    assertEquals(List.of("أحمد الشرع=sharaa"), found("واستقبل أحمد الشرع الوفد"));
    assertEquals(List.of("الرئيس السوري=title:HoS-SY"), found("وقال الرئيس السوري"));
  }

  @Test
  void matchesSpellingVariantsAndAbbreviations() {
    assertEquals(List.of("ترمب=trump", "ترامب=trump"), found("ترمب يلتقي مؤيدي ترامب"));
    assertEquals(List.of("قسد=sdf"), found("وقالت قسد في بيان"));
    assertEquals(List.of("قوات سوريا الديمقراطية=sdf"),
        found("أعلنت قوات سوريا الديمقراطية السيطرة"));
    assertEquals(List.of("أ.ف.ب=afp"), found("(أ.ف.ب) - قال مسؤول"));
  }

  @Test
  void ignoresHarakatAndTatweel() {
    assertEquals(List.of("دِمَشْق=damascus"), found("في دِمَشْق"));
    assertEquals(List.of("حلـــب=aleppo"), found("في حلـــب"));
  }

  @Test
  void returnsEveryValueOfASharedAlias() {
    SimpleTokens t = new SimpleTokens("وصل إلى عمان مساء");
    assertEquals(List.of("oman", "amman"), TRIE.findAll(t).get(0).values());
  }

  @Test
  void keepsWordsThatMerelyStartWithAProcliticLetter() {
    // فرنسا must not lose its ف; بوتين must not lose its ب
    assertEquals(List.of("فرنسا=france", "بوتين=putin"), found("فرنسا وبوتين"));
    assertTrue(found("فرسان ولوحات").isEmpty());
  }

  @Test
  void dropsTheArticleWhenTheStoredPhraseLacksItButNotForNisbaAdjectives() {
    assertEquals(List.of("الكرملين=kremlin-without-article"), found("وأعلن الكرملين"));
    assertEquals(List.of("مالي=mali"), found("الوضع في مالي"));
    assertTrue(found("الدعم المالي للاجئين").isEmpty());
  }

  @Test
  void procliticToleranceCanBeTurnedOff() {
    PhraseTrie.Builder<String> b = PhraseTrie.builder();
    b.add("بعد ظهر", "afternoon");
    PhraseTrie<String> strict = b.procliticTolerant(false).build();
    assertEquals(1, strict.findAll(new SimpleTokens("بعد ظهر اليوم")).size());
    assertTrue(strict.findAll(new SimpleTokens("وبعد ظهر اليوم")).isEmpty());
  }

  @Test
  void matchesCompoundNamesWrittenJoinedOrApartWhenAsked() {
    PhraseTrie.Builder<String> b = PhraseTrie.<String>builder().compoundNameVariants(true);
    b.add("حسن نصر الله", "nasrallah");
    b.add("أحمد أبوالغيط", "aboul-gheit");
    PhraseTrie<String> names = b.build();
    SimpleTokens t = new SimpleTokens("وقال حسن نصرالله إن أحمد أبو الغيط تلقى اتصالا");
    assertEquals(List.of("حسن نصرالله=nasrallah", "أحمد أبو الغيط=aboul-gheit"),
        names.findAll(t).stream().map(m -> t.text(m) + "=" + String.join("|", m.values()))
            .toList());
    PhraseTrie.Builder<String> plain = PhraseTrie.builder();
    plain.add("حسن نصر الله", "nasrallah");
    assertTrue(plain.build().findAll(new SimpleTokens("وقال حسن نصرالله")).isEmpty());
  }

  @Test
  void exactLookup() {
    assertEquals(List.of("sdf"), TRIE.get("قوات  سوريا الديمقراطيّة"));
    assertTrue(TRIE.get("سوريا").isEmpty());
  }
}
