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

  /** Lists nothing; the default until the knowledge base exists. */
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

  /** {@link #NONE} for "" or "none", else the first provider with this name. */
  static Gazetteer byName(String name) {
    if (name == null || name.isEmpty() || name.equals("none")) {
      return NONE;
    }
    for (Provider p : ServiceLoader.load(Provider.class)) {
      if (p.name().equals(name)) {
        return p.gazetteer();
      }
    }
    throw new IllegalArgumentException("no Gazetteer.Provider named '" + name + "'");
  }
}
