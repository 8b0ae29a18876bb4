package io.khabar.train;

import io.khabar.experiment.CrfModel;
import io.khabar.experiment.ScaledForward;
import io.khabar.ner.WordFrequencies;
import io.khabar.testdata.conll.TaggedSentence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Trains a first-order linear-chain CRF ({@link CrfModel}) on the outcome-independent name-finder
 * features: negative conditional log-likelihood plus {@code c2/2 · ‖w‖²} (and {@code c1 · ‖w‖₁}
 * through OWL-QN), minimised by {@link Lbfgs}; forward–backward in probability space with
 * per-position scaling; the gradient is summed over sentences in {@code threads} parts.
 *
 * <p>Hand-written because OpenNLP has no CRF (its sequence perceptron was too slow here) and no
 * well-kept Java CRF library exists; the model is small (9 labels, first order), so this is a few
 * hundred lines. Parameters: one weight per (feature, label) for every feature seen at least
 * {@code cutoff} times in training, a start weight per label and a label×label transition matrix;
 * BIO-invalid transitions are masked (probability 0), not learnt.
 */
public final class CrfTrainer {

  /** BIO labels of the four ANERcorp types. */
  public static final List<String> LABELS = List.of("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC",
      "B-ORG", "I-ORG", "B-MISC", "I-MISC");

  /**
   * Defaults: the best CRF on the development split (ner-ar-ablations.md, Round 3).
   *
   * @param c1 L1 weight (0: plain L-BFGS)
   * @param c2 L2 weight
   * @param cutoff minimum occurrences of a feature in training
   * @param prune weights of smaller magnitude are not saved
   */
  public record Settings(double c1, double c2, int cutoff, int iterations, double prune,
      int threads) {

    public static Settings defaults() {
      return new Settings(0.3, 0.05, 1, 300, 1e-3, 2);
    }

    /** Defaults overridden by {@code c1, c2, prune, threads} entries of {@code params}. */
    public static Settings of(Map<String, String> params, int iterations, int cutoff) {
      Settings d = defaults();
      return new Settings(
          Double.parseDouble(params.getOrDefault("c1", Double.toString(d.c1()))),
          Double.parseDouble(params.getOrDefault("c2", Double.toString(d.c2()))),
          Math.max(cutoff, 1), iterations,
          Double.parseDouble(params.getOrDefault("prune", Double.toString(d.prune()))),
          Integer.parseInt(params.getOrDefault("threads", Integer.toString(d.threads()))));
    }
  }

  /** One training sentence: per token the ids of its features, and gold label ids. */
  record Sequence(int[][] features, int[] labels) {}

  private CrfTrainer() {}

  /**
   * @param frequencyName the descriptor's name of {@code frequencies}, or "" for none
   */
  public static CrfModel train(List<TaggedSentence> sentences, byte[] descriptor,
      String frequencyName, WordFrequencies frequencies, Settings s) throws IOException {
    AdaptiveFeatureGenerator generator = GeneratorFactory.create(
        new ByteArrayInputStream(descriptor),
        name -> name.equals(frequencyName) ? frequencies : null);
    Map<String, Integer> ids = new HashMap<>();
    List<String> names = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    List<Sequence> data = new ArrayList<>(sentences.size());
    List<String> scratch = new ArrayList<>();
    for (TaggedSentence sentence : sentences) {
      String[] tokens = sentence.tokenArray();
      int[][] feats = new int[tokens.length][];
      for (int i = 0; i < tokens.length; i++) {
        scratch.clear();
        generator.createFeatures(scratch, tokens, i, null);
        int[] f = new int[scratch.size()];
        for (int k = 0; k < f.length; k++) {
          String name = scratch.get(k);
          Integer id = ids.get(name);
          if (id == null) {
            id = names.size();
            ids.put(name, id);
            names.add(name);
            counts.add(new int[1]);
          }
          counts.get(id)[0]++;
          f[k] = id;
        }
        feats[i] = f;
      }
      generator.clearAdaptiveData();
      data.add(new Sequence(feats, labelIds(sentence)));
    }
    // count cutoff: renumber the features that stay
    int[] remap = new int[names.size()];
    List<String> kept = new ArrayList<>();
    for (int f = 0; f < names.size(); f++) {
      remap[f] = counts.get(f)[0] >= s.cutoff() ? kept.size() : -1;
      if (remap[f] >= 0) {
        kept.add(names.get(f));
      }
    }
    List<Sequence> cut = new ArrayList<>(data.size());
    for (Sequence q : data) {
      int[][] feats = new int[q.features().length][];
      for (int i = 0; i < feats.length; i++) {
        feats[i] = Arrays.stream(q.features()[i]).map(f -> remap[f]).filter(f -> f >= 0)
            .toArray();
      }
      cut.add(new Sequence(feats, q.labels()));
    }
    System.err.printf(Locale.ROOT, "CRF: %d sentences, %d features (%d before cutoff %d), "
        + "%d parameters%n", cut.size(), kept.size(), names.size(), s.cutoff(),
        kept.size() * LABELS.size() + LABELS.size() * (LABELS.size() + 1));

    Objective objective = new Objective(cut, kept.size(), LABELS.size(), s.c2(), s.threads());
    double[] x = new double[objective.dimension()];
    long t0 = System.nanoTime();
    try {
      double[] c1 = null;
      if (s.c1() > 0) {
        c1 = new double[x.length];
        Arrays.fill(c1, s.c1());
      }
      double f = Lbfgs.minimize(objective, x, c1, Lbfgs.Settings.defaults(s.iterations()),
          k -> {
            if (k % 25 == 0) {
              System.err.printf(Locale.ROOT, "CRF: iteration %d, %.0f s%n", k,
                  (System.nanoTime() - t0) / 1e9);
            }
          });
      System.err.printf(Locale.ROOT, "CRF: objective %.1f after %.0f s, %d evaluations%n", f,
          (System.nanoTime() - t0) / 1e9, objective.evaluations);
    } finally {
      objective.close();
    }
    int nl = LABELS.size();
    int w = kept.size() * nl;
    double[] weights = Arrays.copyOf(x, w);
    double[] start = Arrays.copyOfRange(x, w, w + nl);
    double[] transitions = Arrays.copyOfRange(x, w + nl, w + nl + nl * nl);
    return CrfModel.of(descriptor, frequencyName, frequencies, LABELS, start, transitions, kept,
        weights, s.prune());
  }

  /** Gold label ids, from the entities with CoNLL semantics (a stray I- begins a name). */
  static int[] labelIds(TaggedSentence s) {
    int[] y = new int[s.size()];
    for (Span e : NerCorpus.entities(s.tags())) {
      int b = LABELS.indexOf("B-" + e.getType());
      if (b < 0) {
        continue; // a type outside the label set stays O
      }
      y[e.getStart()] = b;
      for (int i = e.getStart() + 1; i < e.getEnd(); i++) {
        y[i] = b + 1;
      }
    }
    return y;
  }

  /**
   * The regularised negative log-likelihood over all sentences. Parameter layout: {@code [feature
   * * L + label]} emission weights, then L start weights, then L×L transitions {@code [previous *
   * L + label]}.
   */
  static final class Objective implements Lbfgs.Objective, AutoCloseable {
    private final List<Sequence> data;
    private final int features;
    private final int nl;
    private final double c2;
    private final boolean[] allowed; // [previous * L + label]
    private final boolean[] allowedStart;
    private final ExecutorService pool;
    private final int parts;
    private final double[][] partGradients;
    int evaluations;

    Objective(List<Sequence> data, int features, int labels, double c2, int threads) {
      this.data = data;
      this.features = features;
      this.nl = labels;
      this.c2 = c2;
      String[] l = LABELS.subList(0, labels).toArray(String[]::new);
      allowed = new boolean[labels * labels];
      allowedStart = new boolean[labels];
      for (int p = 0; p < labels; p++) {
        allowedStart[p] = !l[p].startsWith("I-");
        for (int q = 0; q < labels; q++) {
          allowed[p * labels + q] = !l[q].startsWith("I-")
              || (!l[p].equals("O") && l[p].substring(2).equals(l[q].substring(2)));
        }
      }
      this.parts = Math.max(1, threads);
      this.pool = parts > 1 ? Executors.newFixedThreadPool(parts) : null;
      this.partGradients = new double[parts][];
    }

    int dimension() {
      return features * nl + nl + nl * nl;
    }

    @Override
    public double evaluate(double[] x, double[] gradient) {
      evaluations++;
      int n = data.size();
      double loss = 0;
      if (pool == null) {
        Arrays.fill(gradient, 0);
        loss = range(x, gradient, 0, n);
      } else {
        List<Future<Double>> futures = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
          int from = p * n / parts;
          int to = (p + 1) * n / parts;
          if (partGradients[p] == null) {
            partGradients[p] = new double[x.length];
          }
          double[] g = partGradients[p];
          futures.add(pool.submit(() -> {
            Arrays.fill(g, 0);
            return range(x, g, from, to);
          }));
        }
        try {
          for (Future<Double> f : futures) {
            loss += f.get();
          }
        } catch (InterruptedException | ExecutionException e) {
          throw new IllegalStateException("CRF gradient failed", e);
        }
        System.arraycopy(partGradients[0], 0, gradient, 0, x.length);
        for (int p = 1; p < parts; p++) {
          double[] g = partGradients[p];
          for (int i = 0; i < x.length; i++) {
            gradient[i] += g[i];
          }
        }
      }
      for (int i = 0; i < x.length; i++) {
        loss += 0.5 * c2 * x[i] * x[i];
        gradient[i] += c2 * x[i];
      }
      return loss;
    }

    /** Negative log-likelihood of sentences [from, to); adds its gradient to {@code g}. */
    double range(double[] x, double[] g, int from, int to) {
      int w = features * nl;
      double[] expT = new double[nl * nl];
      double[] expS = new double[nl];
      for (int k = 0; k < nl; k++) {
        expS[k] = allowedStart[k] ? Math.exp(x[w + k]) : 0;
        for (int l = 0; l < nl; l++) {
          expT[k * nl + l] = allowed[k * nl + l] ? Math.exp(x[w + nl + k * nl + l]) : 0;
        }
      }
      double loss = 0;
      for (int q = from; q < to; q++) {
        loss += sentence(data.get(q), x, g, expS, expT);
      }
      return loss;
    }

    private double sentence(Sequence q, double[] x, double[] g, double[] expS, double[] expT) {
      int n = q.labels().length;
      if (n == 0) {
        return 0;
      }
      int w = features * nl;
      int[] y = q.labels();
      double[] score = new double[n * nl];
      for (int i = 0; i < n; i++) {
        for (int f : q.features()[i]) {
          int base = f * nl;
          for (int l = 0; l < nl; l++) {
            score[i * nl + l] += x[base + l];
          }
        }
      }
      // gold path score
      double gold = x[w + y[0]];
      for (int i = 0; i < n; i++) {
        gold += score[i * nl + y[i]];
        if (i > 0) {
          gold += x[w + nl + y[i - 1] * nl + y[i]];
        }
      }
      double[] e = new double[n * nl];
      double[] alpha = new double[n * nl];
      double[] scale = new double[n];
      double logZ = ScaledForward.run(score, n, nl, expS, expT, e, alpha, scale);
      // backward, accumulating expected counts minus observed ones
      double[] beta = new double[nl];
      double[] prev = new double[nl];
      Arrays.fill(beta, 1);
      for (int i = n - 1; i >= 0; i--) {
        for (int l = 0; l < nl; l++) {
          double m = alpha[i * nl + l] * beta[l] - (y[i] == l ? 1 : 0);
          if (m != 0) {
            for (int f : q.features()[i]) {
              g[f * nl + l] += m;
            }
          }
          if (i == 0) {
            g[w + l] += alpha[l] * beta[l] - (y[0] == l ? 1 : 0);
          }
        }
        if (i > 0) {
          for (int k = 0; k < nl; k++) {
            double a = alpha[(i - 1) * nl + k];
            double s = 0;
            for (int l = 0; l < nl; l++) {
              double t = expT[k * nl + l] * e[i * nl + l] * beta[l] / scale[i];
              s += t;
              g[w + nl + k * nl + l] += a * t;
            }
            prev[k] = s;
          }
          g[w + nl + y[i - 1] * nl + y[i]] -= 1;
          double[] t = beta;
          beta = prev;
          prev = t;
        }
      }
      return logZ - gold;
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }
}
