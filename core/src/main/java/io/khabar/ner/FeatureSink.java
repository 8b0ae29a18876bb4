package io.khabar.ner;

import java.util.List;

/**
 * Receives features in pieces, {@code prefix + a + separator + b}, in the order they are made:
 * {@link #into} a list concatenates them (the strings OpenNLP and the trainers see), while
 * {@link NameDecoder} looks each one up in the model without building it ({@link
 * DecoderTables#addParameters(String, String, String, String, double[], int)}): most pair
 * features of a sentence (stem bigrams, token bigrams) are absent from the model, and building
 * each one cost an allocation and a hash of all its chars.
 */
interface FeatureSink {

  void add(String prefix, String a, String separator, String b);

  /** A sink that adds each feature, concatenated, to {@code features}. */
  static FeatureSink into(List<String> features) {
    return (prefix, a, separator, b) -> features.add(prefix + a + separator + b);
  }
}
