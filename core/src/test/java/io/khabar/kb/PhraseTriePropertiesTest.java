package io.khabar.kb;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
