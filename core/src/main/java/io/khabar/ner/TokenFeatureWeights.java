package io.khabar.ner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;

/**
 * The token features of {@link ArabicFeatureGenerator} (those that depend on one token, seen from
 * each offset of the window) summed into per-label weight vectors, for the decoders that score
 * each distinct token once: {@link NameDecoder} (perceptron parameters) and the training
 * module's CRF decoder ({@code io.khabar.experiment.CrfDecoder}, CRF weights). A token's vector holds, for each offset {@code off} in {@code [-MAX_DISTANCE,
 * MAX_DISTANCE]}, the summed weights per label at {@code [(off + MAX_DISTANCE) * labels, …)};
 * "outside the sentence" has a vector of its own, filled lazily per offset. The decoders memoise
 * the vectors per token string. Not thread-safe: one per decoder.
 */
public final class TokenFeatureWeights {

  /** Adds the weights of {@code feature}, per label, to {@code v[base + label]}. */
  public interface Lookup {
    void add(String feature, double[] v, int base);
  }

  /** Offsets in the window. */
  public static final int SPAN = 2 * ArabicFeatureGenerator.MAX_DISTANCE + 1;

  private final ArabicFeatureGenerator arabic;
  private final Lookup lookup;
  private final int labels;
  private final List<String> scratch = new ArrayList<>(32);
  private final double[] edge;
  private final boolean[] edgeDone = new boolean[SPAN];

  public TokenFeatureWeights(ArabicFeatureGenerator arabic, Lookup lookup, int labels) {
    this.arabic = arabic;
    this.lookup = lookup;
    this.labels = labels;
    this.edge = new double[SPAN * labels];
  }

  /** A new vector of {@code token}'s weights at every offset. */
  public double[] of(String token) {
    double[] v = new double[SPAN * labels];
    int d = ArabicFeatureGenerator.MAX_DISTANCE;
    for (int off = -d; off <= d; off++) {
      add(v, token, off);
    }
    return v;
  }

  /** {@link #of(String)} of the token that {@code token} is the analysis of. */
  double[] of(TokenAnalysis token) {
    double[] v = new double[SPAN * labels];
    int d = ArabicFeatureGenerator.MAX_DISTANCE;
    for (int off = -d; off <= d; off++) {
      scratch.clear();
      arabic.createTokenFeatures(scratch, token, off);
      addFeatures(v, off);
    }
    return v;
  }

  /**
   * Adds to {@code target[at, at + labels)} the window of position {@code i} of a sentence of
   * {@code n} tokens: each neighbour's vector ({@code held[j]}, from {@link #of}) at its offset,
   * and the outside-the-sentence vector past either end.
   */
  public void addWindow(double[] target, int at, double[][] held, int i, int n) {
    int d = ArabicFeatureGenerator.MAX_DISTANCE;
    for (int off = -d; off <= d; off++) {
      int j = i + off;
      double[] v = j >= 0 && j < n ? held[j] : edge(off);
      int base = (off + d) * labels;
      for (int l = 0; l < labels; l++) {
        target[at + l] += v[base + l];
      }
    }
  }

  private double[] edge(int offset) {
    int d = ArabicFeatureGenerator.MAX_DISTANCE;
    if (!edgeDone[offset + d]) {
      add(edge, null, offset); // the offset-0 slot stays unused
      edgeDone[offset + d] = true;
    }
    return edge;
  }

  private void add(double[] v, String token, int off) {
    scratch.clear();
    arabic.createTokenFeatures(scratch, token, off);
    addFeatures(v, off);
  }

  private void addFeatures(double[] v, int off) {
    int base = (off + ArabicFeatureGenerator.MAX_DISTANCE) * labels;
    for (int k = 0, m = scratch.size(); k < m; k++) {
      lookup.add(scratch.get(k), v, base);
    }
  }

  /**
   * The leaf generators of a feature-generator tree, in order: caches unwrapped (per-token
   * generation makes them useless) and aggregates flattened.
   */
  public static List<AdaptiveFeatureGenerator> leaves(AdaptiveFeatureGenerator root) {
    List<AdaptiveFeatureGenerator> leaves = new ArrayList<>();
    Deque<AdaptiveFeatureGenerator> todo = new ArrayDeque<>();
    todo.add(root);
    while (!todo.isEmpty()) {
      AdaptiveFeatureGenerator g = todo.poll();
      if (g instanceof CachedFeatureGenerator c) {
        todo.addFirst(c.getCachedFeatureGenerator());
      } else if (g instanceof AggregatedFeatureGenerator a) {
        List<AdaptiveFeatureGenerator> children = new ArrayList<>(a.getGenerators());
        for (int i = children.size() - 1; i >= 0; i--) {
          todo.addFirst(children.get(i));
        }
      } else {
        leaves.add(g);
      }
    }
    return leaves;
  }
}
