package io.khabar.time;

import com.google.common.collect.ImmutableSet;
import io.khabar.kb.PhraseMatch;
import io.khabar.kb.PhraseTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Detection of month names of both calendars, one or two words (يناير, كانون الثاني, ذو
 * الحجة), from the lexicon {@code io/khabar/time/months.tsv} matched with the shared
 * {@link PhraseTrie} (so و/ف/ب/ل/ك before the first word are tolerated as everywhere else).
 * A Gregorian name may be paired with its name in another system, which then counts as
 * support for an ambiguous name: فبراير (شباط), آب/أغسطس, نيسان - أبريل. Ambiguous names
 * (آب, مارس, رمضان …: see the lexicon's README) are reported as such; whether they have the
 * support they need is the date grammar's decision. A month name never takes the article.
 */
final class MonthNames {

  private MonthNames() {}

  static final String RESOURCE = "/io/khabar/time/months.tsv";

  /** One lexicon entry. */
  record MonthName(int month, boolean hijri, boolean ambiguous) {}

  /**
   * A month name at tokens {@code [.., end)}; {@code proclitic}: its first word carries one
   * (بآب، ومارس), so no preposition before it can govern it.
   */
  record MonthHit(int end, int month, boolean hijri, boolean ambiguous, boolean paired,
      boolean proclitic) {}

  private static final class Lexicon { // a holder: loaded on first use
    static final PhraseTrie<MonthName> TRIE;
    static final Set<String> FIRST_WORDS;

    static {
      PhraseTrie.Builder<MonthName> b = PhraseTrie.builder();
      ImmutableSet.Builder<String> first = ImmutableSet.builder();
      try (InputStream in = MonthNames.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean header = true;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          if (header) {
            header = false;
            continue;
          }
          String[] f = line.split("\t");
          if (f.length < 4) {
            throw new IllegalStateException(RESOURCE + ": bad line: " + line);
          }
          b.add(f[0], new MonthName(Integer.parseInt(f[2]), f[1].equals("HIJRI"),
              f[3].equals("yes")));
          first.add(TimeLexicon.matchingForm(f[0]).split(" ")[0]);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      TRIE = b.build();
      FIRST_WORDS = first.build();
    }
  }

  /** The first word of every month name, in matching form. */
  static Set<String> firstWords() {
    return Lexicon.FIRST_WORDS;
  }

  /** A month name at token {@code j}; with {@code pair}, a Gregorian name with its twin. */
  static MonthHit month(TimeTokens t, int j, boolean pair) {
    if (j >= t.size) {
      return null;
    }
    Optional<PhraseMatch<MonthName>> found = Lexicon.TRIE.matchAt(t, j);
    // the trie also reads a word without its article (بالسويداء → سويداء); a month name never
    // takes one: المحرم is "the forbidden", الصفر "the zero"
    if (found.isEmpty() || !Lexicon.FIRST_WORDS.contains(
        t.text[j].substring(found.get().strippedChars()))) {
      return null;
    }
    MonthName name = found.get().values().get(0);
    MonthHit m = new MonthHit(found.get().end(), name.month(), name.hijri(), name.ambiguous(),
        false, found.get().strippedChars() > 0);
    if (!pair || m.hijri()) {
      return m;
    }
    int e = m.end();
    boolean paren = t.is(e, "(");
    if (paren || t.is(e, "/") || t.is(e, "-")) {
      MonthHit other = month(t, e + 1, false);
      if (other != null && !other.hijri() && other.month() == m.month()) {
        int end = other.end();
        if (paren) {
          if (!t.is(end, ")")) {
            return m;
          }
          end++;
        }
        return new MonthHit(end, m.month(), false, false, true, m.proclitic());
      }
    }
    return m;
  }
}
