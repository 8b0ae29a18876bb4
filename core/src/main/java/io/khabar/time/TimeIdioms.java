package io.khabar.time;

import io.khabar.kb.PhraseMatch;
import io.khabar.kb.PhraseTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Idioms that contain a time word but say no time (عن بكرة أبيهم "all of them", بين ليلة وضحاها
 * "overnight, suddenly", في يوم من الأيام "once"): no time expression may start or end inside
 * one. The idioms are the lexicon {@code io/khabar/time/idioms.txt}, matched with the shared
 * {@link PhraseTrie} (و/ف/ب/ل/ك before the first word are tolerated).
 */
final class TimeIdioms {

  private TimeIdioms() {}

  static final String RESOURCE = "/io/khabar/time/idioms.txt";

  /** The idioms, and the number of words of the longest. */
  private record Idioms(PhraseTrie<Boolean> trie, int longest) {}

  private static final class Lexicon { // a holder: loaded on first use
    static final Idioms IDIOMS = load();
  }

  /**
   * Whether tokens {@code [start, end)} share a token with an idiom. Only idioms that could
   * reach the span are probed, so a sentence without time expressions costs nothing.
   */
  static boolean touches(TimeTokens t, int start, int end) {
    Idioms idioms = Lexicon.IDIOMS;
    for (int k = Math.max(0, start - idioms.longest() + 1); k < end; k++) {
      Optional<PhraseMatch<Boolean>> m = idioms.trie().matchAt(t, k);
      if (m.isPresent() && m.get().end() > start) {
        return true;
      }
    }
    return false;
  }

  private static Idioms load() {
    PhraseTrie.Builder<Boolean> b = PhraseTrie.builder();
    int longest = 0;
    try (InputStream in = TimeIdioms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          b.add(line.strip(), Boolean.TRUE);
          longest = Math.max(longest, line.strip().split("\\s+").length);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Idioms(b.build(), longest);
  }
}
