package io.khabar.experiment;

import io.khabar.ner.ArabicFeatureGenerator;
import io.khabar.ner.NameSpan;
import io.khabar.ner.SentenceTagger;
import io.khabar.ner.TokenFeatureWeights;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Viterbi decoding of a {@link CrfModel}, with each name's probability the mean of its tokens'
 * label marginals (forward–backward), so callers keep the same 0–1 confidence as from the
 * perceptron.
 *
 * <p>Features are computed once per token (a CRF has no outcome features). As in {@link
 * NameDecoder}, the features of {@link ArabicFeatureGenerator} that depend on one token only are
 * summed into a per-token score vector at every neighbour offset and memoised per distinct token
 * string (bounded), so a frequent word costs one map look-up per sentence instead of about sixty
 * feature strings. Any other generator is asked for its features with no previous outcomes, which
 * is how the trainer generated them. Not thread-safe (feature generators cache per sentence): one
 * per thread.
 */
final class CrfDecoder implements SentenceTagger {

  /** Distinct tokens whose score vectors are kept (about 8 MB at 9 labels). */
  private static final int MEMO_MAX = 1 << 14;

  private final CrfModel model;
  private final int labels;
  private final List<AdaptiveFeatureGenerator> others;
  private final ArabicFeatureGenerator arabic; // null when the model does not use it
  private final TokenFeatureWeights tokenWeights; // null when arabic is
  private final List<String> scratch = new ArrayList<>(64);
  private final Map<String, double[]> memo = new HashMap<>();
  private final double[] expStart;
  private final double[] expTransitions;

  private CrfDecoder(CrfModel model, List<AdaptiveFeatureGenerator> others,
      ArabicFeatureGenerator arabic) {
    this.model = model;
    this.labels = model.labelCount();
    this.others = others;
    this.arabic = arabic;
    this.tokenWeights = arabic == null ? null
        : new TokenFeatureWeights(arabic, model::addWeights, labels);
    expStart = new double[labels];
    expTransitions = new double[labels * labels];
    for (int l = 0; l < labels; l++) {
      expStart[l] = Math.exp(model.start(l));
      for (int k = 0; k < labels; k++) {
        expTransitions[k * labels + l] = Math.exp(model.transition(k, l));
      }
    }
  }

  static CrfDecoder create(CrfModel model) {
    AdaptiveFeatureGenerator root;
    try {
      root = model.featureGenerator();
    } catch (IOException e) {
      throw new UncheckedIOException("CRF feature descriptor unreadable", e);
    }
    List<AdaptiveFeatureGenerator> others = new ArrayList<>();
    ArabicFeatureGenerator arabic = null;
    for (AdaptiveFeatureGenerator g : TokenFeatureWeights.leaves(root)) {
      if (g instanceof ArabicFeatureGenerator ar && arabic == null) {
        arabic = ar;
      } else {
        others.add(g);
      }
    }
    return new CrfDecoder(model, others, arabic);
  }

  /** The names of one sentence (no null tokens). */
  @Override
  public List<NameSpan> decode(String[] tokens) {
    int n = tokens.length;
    if (n == 0) {
      return List.of();
    }
    double[] scores = emissions(tokens);
    int[] path = viterbi(model, scores, n);
    double[] marginal = pathMarginals(scores, n, path);
    List<NameSpan> spans = new ArrayList<>();
    int i = 0;
    while (i < n) {
      String label = model.label(path[i]);
      if (label.startsWith("B-")) {
        String type = label.substring(2);
        int end = i + 1;
        while (end < n && model.label(path[end]).equals("I-" + type)) {
          end++;
        }
        double sum = 0;
        for (int k = i; k < end; k++) {
          sum += marginal[k];
        }
        spans.add(new NameSpan(i, end, type, sum / (end - i)));
        i = end;
      } else {
        i++;
      }
    }
    return spans;
  }

  /** Per token and label, the summed feature weights: {@code [token * labels + label]}. */
  double[] emissions(String[] tokens) {
    int n = tokens.length;
    double[] scores = new double[n * labels];
    double[][] held = new double[n][];
    if (arabic != null) {
      for (int i = 0; i < n; i++) {
        held[i] = memoOf(tokens[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      int at = i * labels;
      scratch.clear();
      for (AdaptiveFeatureGenerator g : others) {
        g.createFeatures(scratch, tokens, i, null);
      }
      if (arabic != null) {
        arabic.createContextFeatures(scratch, tokens, i);
        tokenWeights.addWindow(scores, at, held, i, n);
      }
      for (int k = 0, m = scratch.size(); k < m; k++) {
        model.addWeights(scratch.get(k), scores, at);
      }
    }
    return scores;
  }

  /**
   * The best label sequence under the model's start and transition weights (−∞ for what BIO
   * forbids, so the path is always valid) and the given emission scores.
   */
  static int[] viterbi(CrfModel model, double[] scores, int n) {
    int nl = model.labelCount();
    double[] delta = new double[nl];
    double[] next = new double[nl];
    int[] back = new int[n * nl];
    for (int l = 0; l < nl; l++) {
      delta[l] = model.start(l) + scores[l];
    }
    for (int i = 1; i < n; i++) {
      for (int l = 0; l < nl; l++) {
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int k = 0; k < nl; k++) {
          double s = delta[k] + model.transition(k, l);
          if (s > best) {
            best = s;
            arg = k;
          }
        }
        next[l] = best + scores[i * nl + l];
        back[i * nl + l] = arg;
      }
      double[] t = delta;
      delta = next;
      next = t;
    }
    int last = 0;
    for (int l = 1; l < nl; l++) {
      if (delta[l] > delta[last]) {
        last = l;
      }
    }
    int[] path = new int[n];
    path[n - 1] = last;
    for (int i = n - 1; i > 0; i--) {
      path[i - 1] = back[i * nl + path[i]];
    }
    return path;
  }

  /**
   * Each position's marginal probability of its label on {@code path}, by forward–backward in
   * probability space with per-position scaling (one exp per token and label, none per
   * transition).
   */
  private double[] pathMarginals(double[] scores, int n, int[] path) {
    int nl = labels;
    double[] e = new double[n * nl];
    double[] alpha = new double[n * nl];
    double[] scale = new double[n];
    ScaledForward.run(scores, n, nl, expStart, expTransitions, e, alpha, scale);
    double[] beta = new double[nl];
    double[] prev = new double[nl];
    Arrays.fill(beta, 1);
    double[] out = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      out[i] = alpha[i * nl + path[i]] * beta[path[i]];
      if (i > 0) {
        for (int k = 0; k < nl; k++) {
          double s = 0;
          for (int l = 0; l < nl; l++) {
            s += expTransitions[k * nl + l] * e[i * nl + l] * beta[l];
          }
          prev[k] = s / scale[i];
        }
        double[] t = beta;
        beta = prev;
        prev = t;
      }
    }
    return out;
  }

  /** {@code token}'s vector of {@link TokenFeatureWeights}, memoised per distinct token. */
  private double[] memoOf(String token) {
    double[] v = memo.get(token);
    if (v == null) {
      if (memo.size() >= MEMO_MAX) {
        memo.clear(); // bounded memory; the frequent words come back at once
      }
      v = tokenWeights.of(token);
      memo.put(token, v);
    }
    return v;
  }
}
