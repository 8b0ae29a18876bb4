package io.khabar.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PhraseTriePropertiesTest {

  private static final PhraseTrie<String> TRIE = small();

  private static PhraseTrie<String> small() {
    PhraseTrie.Builder<String> b = PhraseTrie.builder();
    for (String p : new String[] {"بوتين", "فلاديمير بوتين", "الرئيس السوري", "السويداء",
        "قوات سوريا الديمقراطية", "قسد", "أ.ف.ب", "ل", "و", "وو", "لل"}) {
      b.add(p, p);
    }
    return b.build();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("بوتين", "وبوتين", "للرئيس", "الرئيس", "السوري",
        "بالسويداء", "قوات", "سوريا", "الديمقراطية", "قسد", "أ.ف.ب", "ل", "و", "لل", "فلاديمير",
        ".", "،", "\u064E", "ـ");
    Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(12);
    return Arbitraries.oneOf(words, words, noise).list().ofMaxSize(30)
        .map(l -> String.join(" ", l));
  }

  @Property(tries = 500)
  void findAllReturnsOrderedInBoundsNonOverlappingRanges(@ForAll("texts") String text) {
    check(TRIE, text);
  }

  @Property(tries = 300)
  void bundledNamesNeverThrowOnArbitraryText(@ForAll String text) {
    check(KnowledgeBase.loadDefault().names(), text);
  }

  @Provide
  Arbitrary<List<List<String>>> partedPhrases() {
    // parts as title lexicons join them, with what could break a part-wise reading: marks,
    // tatweel, punctuation, spaces inside a part, blank parts, ligatures whose compatibility
    // form has several chars or a space (ﻻ، ﷺ، U+FE49)
    Arbitrary<String> parts = Arbitraries.oneOf(Arbitraries.of("الرئيس", "وزير الخارجية",
        "السوري", "الروسية", "لروسيا", "أ.ف.ب", "مُحمّد", "ـ", "،", " ", "", "\u00A0", "ﻻ", "ﷺ",
        "\uFE49", "U.N.", "إلى", "في"), Arbitraries.strings().ofMaxLength(6));
    return parts.list().ofMinSize(1).ofMaxSize(4).list().ofMaxSize(12);
  }

  @Property(tries = 300)
  void addJoinedStoresWhatAddingTheJoinedPhraseStores(
      @ForAll("partedPhrases") List<List<String>> phrases) {
    PhraseTrie.Builder<Integer> joined = PhraseTrie.builder();
    PhraseTrie.Builder<Integer> parted = PhraseTrie.builder();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < phrases.size(); i++) {
      String text = String.join(" ", phrases.get(i));
      texts.add(text);
      assertEquals(joined.add(text, i % 3),
          parted.addJoined(i % 3, phrases.get(i).toArray(String[]::new)), text);
    }
    PhraseTrie<Integer> a = joined.build();
    PhraseTrie<Integer> b = parted.build();
    assertEquals(a.phraseCount(), b.phraseCount());
    for (String text : texts) {
      assertEquals(a.get(text), b.get(text), text);
    }
    SimpleTokens all = new SimpleTokens(String.join(" ", texts));
    assertEquals(a.findAll(all), b.findAll(all));
  }

  private static <V> void check(PhraseTrie<V> trie, String text) {
    SimpleTokens t = new SimpleTokens(text);
    int prevEnd = 0;
    for (PhraseMatch<V> m : trie.findAll(t)) {
      assertTrue(m.start() >= prevEnd, "overlap or disorder");
      assertTrue(m.end() <= t.size(), "end out of bounds");
      assertTrue(m.strippedChars() < t.matchingForm(m.start()).length(), "stripped everything");
      prevEnd = m.end();
    }
  }
}
