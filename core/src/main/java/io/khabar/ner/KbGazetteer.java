package io.khabar.ner;

import com.google.common.collect.ImmutableSet;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.kb.PhraseMatch;
import io.khabar.kb.PhraseTrie;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.TokenSequence;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The knowledge base ({@link KnowledgeBase#loadDefault()}) as name-finder evidence, named {@code
 * kb} in the feature descriptor. For a sentence it tags each token with:
 *
 * <ul>
 *   <li>{@code B-TYPE} / {@code I-TYPE} (TYPE = PERS, LOC, ORG, MISC) when the token begins or
 *       continues a knowledge-base name, found by the knowledge base's own proclitic-tolerant
 *       {@link PhraseTrie} (longest match, left to right), suffixed {@code 1} for one-word names and
 *       {@code n} for longer ones: a one-word alias (الأسد) is weaker evidence than a full name;
 *       {@code o} for a one-word alias that is also an ordinary word of news (صور "pictures"
 *       and Tyre, {@link KnowledgeBase#isOrdinaryWord}), weaker still;
 *   <li>{@code fn} / {@code ln} when the token (or its stem) is the first / last word of a
 *       multi-word person alias: first-name and family-name evidence for people the knowledge base
 *       does not list (أحمد, حسين; الحريري).
 * </ul>
 *
 * The knowledge base was curated from general knowledge, not from any NER corpus, so these are
 * honest gazetteer features; the model learns how far to trust them. The name finder always uses
 * the bundled knowledge base, whatever knowledge base an extractor is given, because the model was
 * trained against exactly that one. Immutable and thread-safe.
 */
public final class KbGazetteer implements Gazetteer {

  private static final String[] TYPES = {"PERS", "LOC", "ORG", "MISC"};
  /** Compiled once: String#split compiled this pattern again for each of thousands of aliases. */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private static volatile KbGazetteer defaultInstance;

  private final PhraseTrie<KbEntity> names;
  private final boolean phrases;
  private final boolean nameParts;
  private final Set<String> firstNames;
  private final Set<String> familyNames;
  /** One-word names that are also ordinary words ({@link KnowledgeBase#isOrdinaryWord}). */
  private final java.util.function.Predicate<String> ordinary;

  private KbGazetteer(KnowledgeBase kb) {
    this(kb, true, true);
  }

  private KbGazetteer(KnowledgeBase kb, boolean phrases, boolean nameParts) {
    this.phrases = phrases;
    this.nameParts = nameParts;
    this.names = kb.names();
    this.ordinary = kb::isOrdinaryWord;
    ArabicNormalizer norm = ArabicNormalizer.get();
    Set<String> first = new HashSet<>();
    Set<String> last = new HashSet<>();
    for (KbEntity e : kb.entities()) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (String alias : e.aliases()) {
        String[] words = SPACES.split(norm.matchingForm(alias).trim());
        if (words.length < 2) {
          continue;
        }
        // أبو/عبد open compound names: the word after them is the name proper
        first.add(isNameParticle(words[0]) && words.length > 2 ? words[1] : words[0]);
        last.add(words[words.length - 1]);
      }
    }
    first.removeIf(KbGazetteer::isNameParticle);
    last.removeIf(KbGazetteer::isNameParticle);
    this.firstNames = ImmutableSet.copyOf(first);
    this.familyNames = ImmutableSet.copyOf(last);
  }

  private static boolean isNameParticle(String w) {
    return w.equals("ابو") || w.equals("بن") || w.equals("ابن") || w.equals("عبد")
        || w.equals("ال") || w.equals("بنت") || w.equals("ام");
  }

  /** The gazetteer over {@link KnowledgeBase#loadDefault()}, built once. */
  public static KbGazetteer loadDefault() {
    KbGazetteer g = defaultInstance;
    if (g == null) {
      synchronized (KbGazetteer.class) {
        g = defaultInstance;
        if (g == null) {
          g = new KbGazetteer(KnowledgeBase.loadDefault());
          defaultInstance = g;
        }
      }
    }
    return g;
  }

  /**
   * The default gazetteer with only one of its two tag groups: {@code phrases} (B-/I-TYPE) or
   * {@code nameParts} (fn/ln), for ablations ({@code kb-phrases}, {@code kb-names}).
   */
  public KbGazetteer only(boolean phrases, boolean nameParts) {
    KbGazetteer g = new KbGazetteer(this, phrases, nameParts);
    return g;
  }

  private KbGazetteer(KbGazetteer from, boolean phrases, boolean nameParts) {
    this.names = from.names;
    this.firstNames = from.firstNames;
    this.familyNames = from.familyNames;
    this.ordinary = from.ordinary;
    this.phrases = phrases;
    this.nameParts = nameParts;
  }

  /** Over another knowledge base, for tests. */
  public static KbGazetteer of(KnowledgeBase kb) {
    return new KbGazetteer(kb);
  }

  public int firstNameCount() {
    return firstNames.size();
  }

  public int familyNameCount() {
    return familyNames.size();
  }

  @Override
  public Optional<String> typeOf(List<String> stems) {
    List<PhraseMatch<KbEntity>> m = names.findAll(new Forms(stems.toArray(new String[0])));
    if (m.size() == 1 && m.get(0).start() == 0 && m.get(0).end() == stems.size()) {
      return Optional.of(TYPES[m.get(0).values().get(0).type().ordinal()]);
    }
    return Optional.empty();
  }

  @Override
  public int maxWords() {
    return 8;
  }

  @Override
  public String[][] tag(String[] forms, Stem[] stems) {
    int n = forms.length;
    String[][] tags = new String[n][];
    for (PhraseMatch<KbEntity> m : phrases ? names.findAll(new Forms(forms))
        : List.<PhraseMatch<KbEntity>>of()) {
      boolean[] seen = new boolean[TYPES.length];
      for (KbEntity e : m.values()) {
        int t = e.type().ordinal();
        if (seen[t]) {
          continue;
        }
        seen[t] = true;
        String suffix = m.length() != 1 ? "n"
            : ordinary.test(forms[m.start()].substring(
                Math.min(m.strippedChars(), forms[m.start()].length()))) ? "o" : "1";
        for (int k = m.start(); k < m.end(); k++) {
          tags[k] = append(tags[k], (k == m.start() ? "B-" : "I-") + TYPES[t] + suffix);
        }
      }
    }
    for (int i = 0; i < n && nameParts; i++) {
      String f = forms[i];
      String s = stems[i].stem();
      if (firstNames.contains(f) || firstNames.contains(s) || firstNames.contains(dropClitic(f))) {
        tags[i] = append(tags[i], "fn");
      }
      if (familyNames.contains(f) || familyNames.contains(dropClitic(f))) {
        tags[i] = append(tags[i], "ln");
      }
    }
    return tags;
  }

  /** وأحمد → أحمد; a name of at least three letters must remain. */
  private static String dropClitic(String f) {
    return ProcliticStripper.withoutOneProclitic(f, 3);
  }

  private static String[] append(String[] a, String s) {
    if (a == null) {
      return new String[] {s};
    }
    String[] b = java.util.Arrays.copyOf(a, a.length + 1);
    b[a.length] = s;
    return b;
  }

  /** A sentence's matching forms as the trie's token view. */
  private record Forms(String[] forms) implements TokenSequence {
    @Override
    public int size() {
      return forms.length;
    }

    @Override
    public CharSequence matchingForm(int i) {
      return forms[i];
    }
  }
}
