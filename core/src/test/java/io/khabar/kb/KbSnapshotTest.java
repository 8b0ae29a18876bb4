package io.khabar.kb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packed knowledge base and title lexicon, which the build writes and a cold start reads,
 * against the ones built from the data: the same entities, origins, words and tries.
 */
class KbSnapshotTest {

  private static final KnowledgeBase PARSED = KnowledgeBase.builder().addDefault().build();

  @Test
  void theBuildPacksTheBundledKnowledgeBase() {
    assertTrue(KbSnapshot.bundled().isPresent(), KbSnapshot.KB_RESOURCE + " missing or stale");
    assertSame(KbSnapshot.bundled().get().knowledgeBase(), KnowledgeBase.loadDefault());
  }

  @Test
  void packedKnowledgeBaseEqualsTheParsedOne() {
    KnowledgeBase packed = KbSnapshot.bundled().orElseThrow().knowledgeBase();
    assertEquals(List.copyOf(PARSED.entities()), List.copyOf(packed.entities()));
    for (KbEntity e : PARSED.entities()) {
      assertEquals(PARSED.origin(e.key()), packed.origin(e.key()));
    }
    assertEquals(PARSED.demonyms(), packed.demonyms());
    assertEquals(PARSED.countryCodes(), packed.countryCodes());
    assertEquals(PARSED.ordinaryWords(), packed.ordinaryWords());
    assertEquals(PARSED.validate(), packed.validate());
    // everything else, the name trie included, through the packed form itself
    long sources = KbSnapshot.sourcesChecksum();
    assertArrayEquals(KbSnapshot.kbBytes(PARSED, sources), KbSnapshot.kbBytes(packed, sources));
  }

  @Test
  void packedTitlesEqualTheBuiltOnes() {
    TitleResolver packed = TitleResolver.getDefault();
    TitleResolver built = TitleResolver.create(PARSED);
    long sources = KbSnapshot.sourcesChecksum();
    assertArrayEquals(KbSnapshot.titlesBytes(built, sources),
        KbSnapshot.titlesBytes(packed, sources));
    assertEquals(built.titles().phraseCount(), packed.titles().phraseCount());
  }

  @Test
  void packedKnowledgeBaseResolvesRolesAndNames() {
    KnowledgeBase packed = KnowledgeBase.loadDefault();
    LocalDate day = LocalDate.of(2024, 6, 1);
    for (RoleType role : RoleType.values()) {
      for (String of : List.of("SY", "country-eg", "un", "US")) {
        assertEquals(PARSED.holders(role, of, day), packed.holders(role, of, day));
      }
    }
    SimpleTokenSequence text = new SimpleTokenSequence("وقال وزير الخارجية الروسي في دمشق");
    assertEquals(PARSED.names().findAll(text), packed.names().findAll(text));
  }

  @Test
  void packedNameTokensAreTheListedOnes() throws Exception {
    NameTokens packed = NameTokens.loadDefault();
    byte[] text = io.khabar.pack.SourceChecksum.bytes(getClass().getClassLoader(),
        NameTransliterator.NAME_TOKENS.substring(1));
    java.util.Map<String, String> listed =
        NameTokens.parse(new String(text, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(listed.size(), packed.size());
    listed.forEach((k, v) -> assertEquals(v, packed.get(k), k));
    assertEquals(null, packed.get("ليست-كلمة"));
  }
}
