package io.khabar.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.kb.PhraseTrie;
import io.khabar.pack.PackedWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packed trigger lexicon that a cold start reads is the one the trigger tables build. */
class PackedTriggersTest {

  @Test
  void packedLexiconIsTheBuiltOne() {
    TriggerLexicon packed = PackedTriggers.read().orElseThrow();
    TriggerLexicon built = TriggerLexicon.build();
    assertArrayEquals(bytes(built.triggers()), bytes(packed.triggers()));
    assertArrayEquals(bytes(built.splitVerbs()), bytes(packed.splitVerbs()));
    assertEquals(List.copyOf(built.cueEntries()), List.copyOf(packed.cueEntries()));
    assertEquals(built.futureCues(), packed.futureCues());
  }

  /** The trie's tables, each value numbered by equality. */
  private static final Map<Object, Integer> NUMBERS = new HashMap<>();

  private static <V> byte[] bytes(PhraseTrie<V> trie) {
    PackedWriter w = new PackedWriter();
    trie.writeTo(w, v -> NUMBERS.computeIfAbsent(v, k -> NUMBERS.size()));
    return w.toByteArray();
  }
}
