package io.khabar.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Marks a feature generator whose features read neither the previous outcomes nor adaptive data,
 * so that {@link NameDecoder} may generate them once per position rather than once per beam
 * hypothesis (as it does for OpenNLP's bigram and sentence generators). Generators from outside
 * the library (experiments in the training module) implement it to be decoded like the bundled
 * model's.
 */
public interface OutcomeIndependent extends AdaptiveFeatureGenerator {}
