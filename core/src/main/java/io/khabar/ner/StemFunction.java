package io.khabar.ner;

import java.util.ServiceLoader;

/**
 * Splits a token's matching form (see {@link io.khabar.text.ArabicNormalizer#matchingForm}) into
 * proclitics and stem. This is the seam where the clitic segmenter of {@code io.khabar.token}
 * plugs in: implement {@link Provider}, register it with {@link ServiceLoader}, and name it in the
 * feature descriptor ({@code <str name="stemmer">NAME</str>}). The name is stored in the model, so
 * a model is always decoded with the stemmer it was trained with.
 */
@FunctionalInterface
public interface StemFunction {

  /** Must not throw; returns {@link Stem#bare} when nothing is attached. */
  Stem split(String matchingForm);

  /** Name of the built-in fallback, {@link ProcliticStripper}. */
  String DEFAULT_NAME = "proclitic";

  /** A named stem function found by {@link ServiceLoader}. */
  interface Provider {
    String name();

    StemFunction stemFunction();
  }

  /** The built-in stripper for {@link #DEFAULT_NAME}, else the first provider with this name. */
  static StemFunction byName(String name) {
    if (name == null || name.isEmpty() || name.equals(DEFAULT_NAME)) {
      return ProcliticStripper.INSTANCE;
    }
    if (name.equals("article")) {
      return ProcliticStripper.ARTICLE_ONLY;
    }
    if (name.equals("none")) {
      return Stem::bare;
    }
    for (Provider p : ServiceLoader.load(Provider.class)) {
      if (p.name().equals(name)) {
        return p.stemFunction();
      }
    }
    throw new IllegalArgumentException("no StemFunction.Provider named '" + name + "'");
  }
}
