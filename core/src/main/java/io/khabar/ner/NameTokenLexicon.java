package io.khabar.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Arabic spellings (matching forms) of person-name tokens that the name finder's name-token
 * feature reads ({@link ArabicFeatureGenerator}, {@code nt…=}): the Arabic column of the
 * knowledge base's name-token table {@value #RESOURCE}, some 45,000 tokens of Wikidata person
 * names (built by {@code io.khabar.train.BuildGazetteerKb}; MIT, see the KB README).
 *
 * <p>Only the Arabic column is read. The English spelling beside each token is the canonical
 * romanisation of names outside the knowledge base and may change without changing what the
 * feature sees, so {@link FeatureResources#fingerprint} covers the Arabic tokens alone. The
 * tokens are evidence, not people: many are also ordinary words (أمل hope, نور light, سعيد
 * happy), and the feature tells the learner how frequent the word is in the training text so
 * that it can weigh such tokens apart. Immutable and thread-safe.
 */
public final class NameTokenLexicon {

  /** The knowledge base's name-token table ({@code arabic<TAB>English} lines). */
  public static final String RESOURCE = "/io/khabar/kb/name-tokens.tsv";

  /** Name of the bundled lexicon in the feature descriptor ({@code nameTokens}). */
  public static final String BUNDLED = "kb-name-tokens";

  private final Set<String> tokens;

  private NameTokenLexicon(Set<String> tokens) {
    this.tokens = Set.copyOf(tokens);
  }

  /** A lexicon of these matching forms (for tests and experiments). */
  public static NameTokenLexicon of(Collection<String> matchingForms) {
    return new NameTokenLexicon(new HashSet<>(matchingForms));
  }

  /**
   * The lexicon a feature descriptor names: {@value #BUNDLED} for the bundled table, null for
   * {@code none} (no name-token features).
   */
  public static NameTokenLexicon byName(String name) {
    if (name == null || name.equals("none")) {
      return null;
    }
    if (name.equals(BUNDLED)) {
      return Bundled.LEXICON;
    }
    throw new IllegalArgumentException("unknown name-token lexicon: " + name);
  }

  /** The bundled lexicon (read once). */
  public static NameTokenLexicon bundled() {
    return Bundled.LEXICON;
  }

  /** Whether {@code matchingForm} is a known spelling of a person-name token. */
  public boolean contains(String matchingForm) {
    return tokens.contains(matchingForm);
  }

  public int size() {
    return tokens.size();
  }

  /** The tokens in code-point order, for a fingerprint. */
  public List<String> sorted() {
    List<String> l = new ArrayList<>(tokens);
    l.sort(null);
    return List.copyOf(l);
  }

  /** The Arabic column of {@code arabic<TAB>English} lines; lines without a tab are skipped. */
  static Set<String> arabicColumn(String text) {
    Set<String> out = new HashSet<>(64 * 1024);
    int at = 0;
    while (at < text.length()) {
      int nl = text.indexOf('\n', at);
      if (nl < 0) {
        nl = text.length();
      }
      int tab = text.indexOf('\t', at);
      if (tab > at && tab < nl) {
        out.add(text.substring(at, tab));
      }
      at = nl + 1;
    }
    return out;
  }

  private static final class Bundled {
    static final NameTokenLexicon LEXICON = read();

    private static NameTokenLexicon read() {
      try (InputStream in = NameTokenLexicon.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE
              + " (khabar-models must be on the class path)");
        }
        return new NameTokenLexicon(
            arabicColumn(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
