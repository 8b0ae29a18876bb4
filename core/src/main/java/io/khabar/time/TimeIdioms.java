package io.khabar.time;

import io.khabar.kb.PhraseMatch;
import io.khabar.kb.PhraseTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Idioms that contain a time word but say no time (عن بكرة أبيهم "all of them", بين ليلة وضحاها
 * "overnight, suddenly", في يوم من الأيام "once"): no time expression may start or end inside
 * one. The idioms are the lexicon {@code io/khabar/time/idioms.txt}, matched with the shared
 * {@link PhraseTrie} (و/ف/ب/ل/ك before the first word are tolerated).
 */
final class TimeIdioms {

  private TimeIdioms() {}

  static final String RESOURCE = "/io/khabar/time/idioms.txt";

  private static final class Lexicon { // a holder: loaded on first use
    static final PhraseTrie<Boolean> TRIE = load();
  }

  /** Per token: whether it lies inside an idiom. */
  static boolean[] mask(TimeTokens t) {
    boolean[] inside = new boolean[t.size];
    for (PhraseMatch<Boolean> m : Lexicon.TRIE.findAll(t)) {
      for (int k = m.start(); k < m.end(); k++) {
        inside[k] = true;
      }
    }
    return inside;
  }

  private static PhraseTrie<Boolean> load() {
    PhraseTrie.Builder<Boolean> b = PhraseTrie.builder();
    try (InputStream in = TimeIdioms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          b.add(line.strip(), Boolean.TRUE);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.build();
  }
}
