package io.khabar.ner;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Entity-name lookup used as a feature by {@link ArabicFeatureGenerator}: the seam where the
 * knowledge base ({@code io.khabar.kb}) plugs in. Keys are sequences of stems in matching form
 * (see {@link StemFunction}), so a lookup of {@code [قطر]} matches the token وقطر as well.
 *
 * <p>To plug one in: implement {@link Provider}, register it with {@link ServiceLoader}, and name
 * it in the feature descriptor ({@code <str name="gazetteer">NAME</str>}). Train with it: the model
 * learns how far to trust it, and loading the model then requires the same provider.
 */
public interface Gazetteer {

  /** The entity type (PERS, LOC, ORG, MISC) of exactly this word sequence, if listed. */
  Optional<String> typeOf(List<String> stems);

  default boolean contains(List<String> stems) {
    return typeOf(stems).isPresent();
  }

  /** Longest entry length in words; lookups are tried up to this length. */
  default int maxWords() {
    return 4;
  }

  /**
   * Feature tags for each token of a sentence (null where none), given the tokens' matching forms
   * and stems. This default tags the longest {@link #typeOf} match from each start ({@code
   * B-TYPE1}, {@code I-TYPEn} …); a gazetteer may match its own way and add tags of its own.
   */
  default String[][] tag(String[] forms, Stem[] stems) {
    int n = forms.length;
    int max = maxWords();
    String[][] tags = new String[n][];
    if (max <= 0) {
      return tags;
    }
    List<String> stemList = new java.util.ArrayList<>(n);
    for (Stem st : stems) {
      stemList.add(st.stem());
    }
    for (int start = 0; start < n; start++) {
      for (int len = Math.min(max, n - start); len >= 1; len--) {
        Optional<String> type = typeOf(stemList.subList(start, start + len));
        if (type.isPresent()) {
          for (int k = start; k < start + len; k++) {
            String tag = (k == start ? "B-" : "I-") + type.get() + (len == 1 ? "1" : "n");
            String[] old = tags[k] == null ? new String[0] : tags[k];
            tags[k] = java.util.Arrays.copyOf(old, old.length + 1);
            tags[k][old.length] = tag;
          }
          break; // longest match from this start only
        }
      }
    }
    return tags;
  }

  /** Lists nothing. */
  Gazetteer NONE = new Gazetteer() {
    @Override
    public Optional<String> typeOf(List<String> stems) {
      return Optional.empty();
    }

    @Override
    public int maxWords() {
      return 0;
    }
  };

  /** A named gazetteer found by {@link ServiceLoader}. */
  interface Provider {
    String name();

    Gazetteer gazetteer();
  }

  /**
   * {@link #NONE} for "" or "none", {@link KbGazetteer#loadDefault()} for "kb" (and its halves
   * "kb-phrases", "kb-names"), else the first provider with this name.
   */
  static Gazetteer byName(String name) {
    if (name == null || name.isEmpty() || name.equals("none")) {
      return NONE;
    }
    if (name.equals("kb")) {
      return KbGazetteer.loadDefault();
    }
    if (name.equals("kb-phrases")) {
      return KbGazetteer.loadDefault().only(true, false);
    }
    if (name.equals("kb-names")) {
      return KbGazetteer.loadDefault().only(false, true);
    }
    for (Provider p : ServiceLoader.load(Provider.class)) {
      if (p.name().equals(name)) {
        return p.gazetteer();
      }
    }
    throw new IllegalArgumentException("no Gazetteer.Provider named '" + name + "'");
  }
}
