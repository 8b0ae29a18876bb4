package io.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;

/**
 * Beam-search decoding of a perceptron name-finder model that computes each token's features once
 * per sentence instead of once per beam hypothesis. It scores what {@link
 * opennlp.tools.namefind.NameFinderME} scores (same features, same perceptron normalisation, same
 * beam of 3 and BIO validity), split in two parts:
 *
 * <ul>
 *   <li>the features that do not depend on earlier outcomes (all of {@link ArabicFeatureGenerator}
 *       but its {@code po,…} pair, the bigram and sentence generators) are generated and looked up
 *       once per token and summed into one activation vector per token;
 *   <li>the outcome features ({@code po=}, {@code pow=}, {@code powf=}, {@code ppo=} of OpenNLP's
 *       context generator, {@code po,s=} and {@code po,sh=} of ours) are looked up once per token
 *       and previous outcome actually present in the beam, and {@code ppo=} once per model.
 * </ul>
 *
 * Both depend on single tokens, so their sums are memoised per distinct token string (bounded):
 * a frequent word costs one map look-up per sentence instead of about sixty feature strings.
 *
 * Why not NameFinderME: it regenerates and re-hashes every feature string of a token for each of
 * the 3 hypotheses, and its feature cache ignores the previous outcomes, so each hypothesis was
 * scored with the first hypothesis's {@code po,s=} features; here every hypothesis gets its own.
 *
 * <p>{@link #create} returns empty for models it cannot decode exactly this way (not a perceptron,
 * not BIO, or a feature generator it does not know to be outcome-independent); callers then keep
 * NameFinderME. Not thread-safe (the feature generators cache per sentence): one per thread.
 */
final class NameDecoder {

  private static final int BEAM = 3;
  private static final String OTHER = "other";

  private final DecoderTables t;
  private final List<AdaptiveFeatureGenerator> generators;
  private final ArabicFeatureGenerator arabic; // null when the model does not use it
  private final TokenFeatureWeights tokenWeights; // null when arabic is
  private final List<String> scratch = new ArrayList<>(96);
  /** The activation vector that {@link #lookup} adds to. */
  private double[] current;
  /** Looks features up in pieces ({@link FeatureSink}), adding to {@link #current}. */
  private final FeatureSink lookup = this::addInPieces;

  /**
   * Distinct tokens per memo generation (the bound of the former single memo, estimated at about
   * 10 MB at 9 outcomes; two generations are kept,
   * so at most twice that).
   */
  private static final int MEMO_MAX = 1 << 14;
  private static final int MEMO_CAPACITY = MEMO_MAX * 4 / 3 + 1;

  /** The memo's current generation, and the previous one (see {@link #memoOf}). */
  private Map<String, Memo> memo = new java.util.HashMap<>();
  private Map<String, Memo> older = new java.util.HashMap<>();

  /**
   * What decoding needs of one distinct token, whatever sentence it is in: its analysis for the
   * Arabic generator (so that a sentence's analysis costs no look-up of its own), the summed
   * parameters of its token features at every offset ({@link TokenFeatureWeights}; null without the Arabic
   * generator), and of its outcome features per previous outcome (filled as the beam meets them;
   * the last slot is the sentence start).
   */
  private static final class Memo {
    final TokenAnalysis analysis; // null without the Arabic generator
    final double[] stat;
    final double[][] dyn;
    final String powf;

    Memo(TokenAnalysis analysis, double[] stat, int outcomes, String powf) {
      this.analysis = analysis;
      this.stat = stat;
      this.dyn = new double[outcomes + 1][];
      this.powf = powf;
    }
  }

  private NameDecoder(DecoderTables t, List<AdaptiveFeatureGenerator> generators,
      ArabicFeatureGenerator arabic) {
    this.t = t;
    this.generators = generators;
    this.arabic = arabic;
    this.tokenWeights = arabic == null ? null
        : new TokenFeatureWeights(arabic, t::addParameters, t.outcomes.length);
  }

  /** Shared tables for a model this decoder can handle, else empty. */
  static Optional<DecoderTables> tables(TokenNameFinderModel model) {
    return DecoderTables.of(model).filter(t -> create(t).isPresent());
  }

  /** A decoder over shared tables, or empty when the feature generators are not all known. */
  static Optional<NameDecoder> create(DecoderTables t) {
    List<AdaptiveFeatureGenerator> leaves = new ArrayList<>();
    ArabicFeatureGenerator arabic = null;
    for (AdaptiveFeatureGenerator g : TokenFeatureWeights.leaves(
        t.createFeatureGenerators())) {
      if (g instanceof ArabicFeatureGenerator ar && arabic == null) {
        arabic = ar;
        leaves.add(g);
      } else if (g instanceof BigramNameFeatureGenerator || g instanceof SentenceFeatureGenerator
          || g instanceof OutcomeIndependent) {
        leaves.add(g);
      } else {
        return Optional.empty(); // may read previous outcomes or adaptive data: keep NameFinderME
      }
    }
    return Optional.of(new NameDecoder(t, leaves, arabic));
  }

  /**
   * The names of one sentence (no null tokens), each with the mean probability of its tokens'
   * outcomes, as NameFinderME reports them.
   */
  List<NameSpan> decode(String[] tokens) {
    int n = tokens.length;
    int no = t.outcomes.length;
    // static activation per token
    double[][] stat = new double[n][no];
    Memo[] held = new Memo[n];
    double[][] tokenStats = new double[n][];
    TokenAnalysis[] analyses = new TokenAnalysis[n];
    for (int i = 0; i < n; i++) {
      held[i] = memoOf(tokens[i]);
      tokenStats[i] = held[i].stat;
      analyses[i] = held[i].analysis;
    }
    if (arabic != null) {
      arabic.useAnalyses(tokens, analyses);
    }
    for (int i = 0; i < n; i++) {
      // the sums in the order the features were listed before they were looked up in pieces:
      // the token window, then each generator's features in turn, the Arabic context last
      double[] a = stat[i];
      current = a;
      if (arabic != null) {
        tokenWeights.addWindow(a, 0, tokenStats, i, n);
      }
      for (AdaptiveFeatureGenerator g : generators) {
        if (g.getClass() == BigramNameFeatureGenerator.class) {
          bigrams(tokens, held, i);
        } else if (g != arabic) {
          scratch.clear();
          g.createFeatures(scratch, tokens, i, null);
          for (int k = 0, m = scratch.size(); k < m; k++) {
            t.add(a, scratch.get(k));
          }
        }
      }
      if (arabic != null) {
        arabic.createContextFeatures(lookup, tokens, i);
      }
    }
    // beam: per position, outcome, back pointer, score, probability
    int[][] out = new int[n][BEAM];
    int[][] back = new int[n][BEAM];
    double[][] prob = new double[n][BEAM];
    double[] score = new double[BEAM];
    int width = 1; // one empty hypothesis before the first token
    double[] act = new double[no];
    double[] candScore = new double[BEAM * no];
    int[] candHyp = new int[BEAM * no];
    int[] candOut = new int[BEAM * no];
    double[] candProb = new double[BEAM * no];
    for (int i = 0; i < n; i++) {
      int nc = 0;
      for (int h = 0; h < width; h++) {
        int p = i == 0 ? -1 : out[i - 1][h];
        int q = i < 2 ? -1 : out[i - 2][back[i - 1][h]];
        double[] d = dynamic(held[i], tokens, i, p);
        double[] pp = t.ppo[q < 0 ? no : q];
        double[] s = stat[i];
        double max = 1;
        for (int o = 0; o < no; o++) {
          act[o] = s[o] + d[o] + pp[o];
          max = Math.max(max, Math.abs(act[o]));
        }
        double sum = 0;
        for (int o = 0; o < no; o++) {
          act[o] /= max;
          sum += Math.exp(act[o]);
        }
        double logSum = Math.log(sum);
        for (int o = 0; o < no; o++) {
          act[o] -= logSum; // log probability: one log per hypothesis, not per outcome
        }
        // like OpenNLP's BeamSearch: extend by the BEAM best outcomes that are valid; when
        // nothing at all was valid so far, by every valid outcome
        double min = kthLargest(act, no);
        for (int o = 0; o < no; o++) {
          if (act[o] >= min && valid(p, o)) {
            nc = addCandidate(nc, i == 0 ? 0 : score[h], h, o, act[o], candScore, candHyp,
                candOut, candProb);
          }
        }
        if (nc == 0) {
          for (int o = 0; o < no; o++) {
            if (valid(p, o)) {
              nc = addCandidate(nc, i == 0 ? 0 : score[h], h, o, act[o], candScore, candHyp,
                  candOut, candProb);
            }
          }
        }
      }
      // keep the BEAM best candidates, best first
      width = Math.min(BEAM, nc);
      for (int k = 0; k < width; k++) {
        int best = k;
        for (int c = k + 1; c < nc; c++) {
          if (candScore[c] > candScore[best]) {
            best = c;
          }
        }
        swap(candScore, candHyp, candOut, candProb, k, best);
        out[i][k] = candOut[k];
        back[i][k] = candHyp[k];
        prob[i][k] = candProb[k];
      }
      for (int k = 0; k < width; k++) {
        score[k] = candScore[k];
      }
    }
    return spans(out, back, prob, n, width);
  }

  private void addInPieces(String prefix, String a, String separator, String b) {
    t.addParameters(prefix, a, separator, b, current, 0);
  }

  /**
   * Exactly what OpenNLP's {@link BigramNameFeatureGenerator} emits at {@code i}, in its order,
   * with each token's class ({@link FeatureGeneratorUtil#tokenFeature}) taken from the token's
   * memo instead of being recomputed three times per position.
   */
  private void bigrams(String[] tokens, Memo[] held, int i) {
    String wc = held[i].powf;
    if (i > 0) {
      lookup.add("pw,w=", tokens[i - 1], ",", tokens[i]);
      lookup.add("pwc,wc=", held[i - 1].powf, ",", wc);
    }
    if (i + 1 < tokens.length) {
      lookup.add("w,nw=", tokens[i], ",", tokens[i + 1]);
      lookup.add("wc,nc=", wc, ",", held[i + 1].powf);
    }
  }

  private List<NameSpan> spans(int[][] out, int[][] back, double[][] prob, int n, int width) {
    if (n == 0 || width == 0) {
      return List.of();
    }
    int[] best = new int[n];
    double[] p = new double[n];
    int h = 0;
    for (int i = n - 1; i >= 0; i--) {
      best[i] = out[i][h];
      p[i] = prob[i][h];
      h = back[i][h];
    }
    List<NameSpan> spans = new ArrayList<>();
    int i = 0;
    while (i < n) {
      int o = best[i];
      if (t.isStart[o]) {
        int end = i + 1;
        while (end < n && t.isCont[best[end]] && t.types[best[end]].equals(t.types[o])) {
          end++;
        }
        double sum = 0;
        for (int k = i; k < end; k++) {
          sum += p[k];
        }
        spans.add(new NameSpan(i, end, t.types[o], sum / (end - i)));
        i = end;
      } else {
        i++;
      }
    }
    return spans;
  }

  private boolean valid(int previous, int o) {
    if (!t.isCont[o]) {
      return true;
    }
    return previous >= 0 && (t.isStart[previous] || t.isCont[previous])
        && t.types[previous].equals(t.types[o]);
  }

  /**
   * What decoding needs of {@code token} ({@link Memo}), memoised per distinct token: a news
   * text reuses a few thousand words for most of its tokens. Bounded in two generations: when
   * the current one is full it becomes the older one and the previous older one is dropped, and
   * a token found in the older generation moves back to the current one. So the words in use
   * survive a rotation (clearing everything at once made every frequent word pay its sixty
   * look-ups again), and a word unseen for two generations goes.
   */
  private Memo memoOf(String token) {
    Memo m = memo.get(token);
    if (m == null) {
      m = older.remove(token);
      if (m == null) {
        TokenAnalysis a = arabic == null ? null : arabic.analysis(token);
        m = new Memo(a, a == null ? null : tokenWeights.of(a), t.outcomes.length,
            FeatureGeneratorUtil.tokenFeature(token));
      }
      if (memo.size() >= MEMO_MAX) {
        older = memo;
        memo = new java.util.HashMap<>(MEMO_CAPACITY); // sized once: growing rehashes it all
      }
      memo.put(token, m);
    }
    return m;
  }

  /**
   * The outcome-feature sums of token {@code i} after previous outcome {@code p} (−1 at the
   * sentence start, which is the only place it occurs): they depend on the token and {@code p}
   * only, so they are memoised with the token.
   */
  private double[] dynamic(Memo m, String[] tokens, int i, int p) {
    int no = t.outcomes.length;
    int slot = p < 0 ? no : p;
    double[] d = m.dyn[slot];
    if (d == null) {
      d = new double[no];
      String po = p < 0 ? OTHER : t.outcomes[p];
      t.add(d, "po=" + po);
      t.add(d, "pow=" + po + "," + tokens[i]);
      t.add(d, "powf=" + po + "," + m.powf);
      if (arabic != null) {
        scratch.clear();
        arabic.createOutcomeFeatures(scratch, tokens, i, p < 0 ? null : t.outcomes[p]);
        for (int k = 0, n = scratch.size(); k < n; k++) {
          t.add(d, scratch.get(k));
        }
      }
      m.dyn[slot] = d;
    }
    return d;
  }


  /** The BEAM-th largest of {@code a[0..n)} (the smallest when n < BEAM), without sorting. */
  private static double kthLargest(double[] a, int n) {
    double m1 = Double.NEGATIVE_INFINITY;
    double m2 = m1;
    double m3 = m1;
    for (int i = 0; i < n; i++) {
      double v = a[i];
      if (v > m1) {
        m3 = m2;
        m2 = m1;
        m1 = v;
      } else if (v > m2) {
        m3 = m2;
        m2 = v;
      } else if (v > m3) {
        m3 = v;
      }
    }
    return n >= BEAM ? m3 : (n == 2 ? m2 : m1);
  }

  private static int addCandidate(int nc, double base, int h, int o, double logP, double[] score,
      int[] hyp, int[] out, double[] prob) {
    score[nc] = base + logP;
    hyp[nc] = h;
    out[nc] = o;
    prob[nc] = Math.exp(logP);
    return nc + 1;
  }

  private static void swap(double[] s, int[] h, int[] o, double[] p, int a, int b) {
    double ds = s[a];
    s[a] = s[b];
    s[b] = ds;
    int ih = h[a];
    h[a] = h[b];
    h[b] = ih;
    int io = o[a];
    o[a] = o[b];
    o[b] = io;
    double dp = p[a];
    p[a] = p[b];
    p[b] = dp;
  }
}
