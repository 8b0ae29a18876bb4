package io.khabar.ner;

import java.util.List;

/**
 * A decoder of one sentence into names, for name-finder models that extraction does not bundle
 * (experiments such as the linear-chain CRF in the training module) to run behind {@link
 * ArabicNameFinder} ({@link ArabicNameFinder#of(java.util.function.Supplier)}). An instance may
 * keep per-sentence state: the finder gives each thread its own.
 */
@FunctionalInterface
public interface SentenceTagger {

  /** Names of {@code tokens} (no nulls), before {@link GivenNameExtension}. */
  List<NameSpan> decode(String[] tokens);
}
