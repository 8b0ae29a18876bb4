package io.khabar.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.ner.StemFunction;
import io.khabar.ner.WordClusters;
import io.khabar.testdata.conll.ConllReader;
import io.khabar.testdata.conll.TaggedSentence;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.Token;
import io.khabar.token.TokenizedText;
import io.khabar.token.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

/**
 * Distributional word classes for the name finder's {@code cl…}/{@code cs…} features ({@link
 * WordClusters}), learnt from unlabelled text: skip-gram embeddings with negative sampling
 * (Mikolov et al. 2013) over matching forms, and again over stems, each clustered by spherical
 * k-means into the finest granularity, whose centroids are clustered again into the coarser ones
 * (so the classes nest, like the prefixes of Brown clusters).
 *
 * <pre>
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar io.khabar.train.BuildWordClasses \
 *   [--shared ../shared] [--out /tmp/ner-ar-classes.bin] [--dim 100] [--window 5] [--epochs 3]
 *   [--negative 5] [--min-count 5] [--classes 64,256,1024] [--stemmer proclitic] [--threads 2]
 * </pre>
 *
 * Text: {@code news_ant} (title and text of every article, tokenised by {@link Tokenizer}), the
 * tokens of ANERcorp {@code train.txt} (tags ignored), the AQMAR articles and WikiFANE (clitics
 * rejoined, {@link WikiFane}); never ANERcorp {@code test.txt}. A token is its matching form
 * ({@link ArabicNormalizer}); its stem is what the named {@link StemFunction} leaves of it.
 * Forms and stems seen fewer than {@code min-count} times get no class. Training is Hogwild
 * over plain float arrays on {@code threads} threads, with word2vec's defaults (subsampling
 * 1e-4, learning rate 0.025 decaying linearly, unigram^0.75 negatives); runs are not bit-for-bit
 * reproducible with more than one thread.
 */
public final class BuildWordClasses {

  private BuildWordClasses() {}

  /** Settings of one build. */
  record Settings(int dim, int window, int epochs, int negative, int minCount, int[] classes,
      String stemmer, int threads, long seed) {

    static Settings parse(String[] args) {
      return new Settings(
          Integer.parseInt(arg(args, "--dim", "100")),
          Integer.parseInt(arg(args, "--window", "5")),
          Integer.parseInt(arg(args, "--epochs", "3")),
          Integer.parseInt(arg(args, "--negative", "5")),
          Integer.parseInt(arg(args, "--min-count", "5")),
          Arrays.stream(arg(args, "--classes", "64,256,1024").split(","))
              .mapToInt(Integer::parseInt).toArray(),
          arg(args, "--stemmer", "proclitic"),
          Integer.parseInt(arg(args, "--threads", "2")),
          Long.parseLong(arg(args, "--seed", "1")));
    }
  }

  public static void main(String[] args) throws IOException {
    Settings s = Settings.parse(args);
    Path shared = Path.of(arg(args, "--shared", "../shared"));
    Path out = Path.of(arg(args, "--out", "/tmp/ner-ar-classes.bin"));
    long t0 = System.nanoTime();
    List<String[]> sentences = sentences(shared);
    long tokens = sentences.stream().mapToLong(x -> x.length).sum();
    log(t0, sentences.size() + " sentences, " + tokens + " tokens");
    Map<String, short[]> forms = classes(sentences, UnaryOperator.identity(), s, t0, "forms");
    StemFunction stem = StemFunction.byName(s.stemmer());
    Map<String, short[]> stems = classes(sentences, f -> {
      var st = stem.split(f);
      return st == null || st.stem().isEmpty() ? f : st.stem();
    }, s, t0, "stems");
    WordClusters table = WordClusters.of(s.stemmer(), s.classes().length, forms, stems);
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      table.write(os);
    }
    log(t0, String.format(Locale.ROOT, "%d forms, %d stems, classes %s -> %s (%d bytes)",
        forms.size(), stems.size(), Arrays.toString(s.classes()), out, Files.size(out)));
  }

  /** Class ids per word of the mapped corpus ({@code map} turns a matching form into a word). */
  static Map<String, short[]> classes(List<String[]> sentences, UnaryOperator<String> map,
      Settings s, long t0, String what) {
    Map<String, Integer> count = new HashMap<>();
    Map<String, String> memo = new HashMap<>();
    for (String[] sent : sentences) {
      for (String f : sent) {
        count.merge(memo.computeIfAbsent(f, map), 1, Integer::sum);
      }
    }
    List<String> vocab = new ArrayList<>();
    count.forEach((w, c) -> {
      if (c >= s.minCount()) {
        vocab.add(w);
      }
    });
    vocab.sort((a, b) -> count.get(b) - count.get(a) != 0 ? count.get(b) - count.get(a)
        : a.compareTo(b));
    Map<String, Integer> id = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) {
      id.put(vocab.get(i), i);
    }
    int[] counts = vocab.stream().mapToInt(count::get).toArray();
    int[][] corpus = new int[sentences.size()][];
    for (int i = 0; i < corpus.length; i++) {
      String[] sent = sentences.get(i);
      int[] ids = new int[sent.length];
      for (int j = 0; j < sent.length; j++) {
        Integer k = id.get(memo.get(sent[j]));
        ids[j] = k == null ? -1 : k;
      }
      corpus[i] = ids;
    }
    log(t0, what + ": vocabulary " + vocab.size());
    float[] vectors = new SkipGram(s, counts).train(corpus, t0, what);
    int dim = s.dim();
    for (int w = 0; w < vocab.size(); w++) {
      normalise(vectors, w * dim, dim);
    }
    int[] cs = s.classes();
    int[][] assign = new int[cs.length][];
    // the finest granularity clusters the words; each coarser one clusters the finer centroids
    float[] points = vectors;
    int n = vocab.size();
    int[] toFine = null;
    for (int g = cs.length - 1; g >= 0; g--) {
      KMeans km = KMeans.run(points, n, dim, cs[g], 12, s.seed() + g, s.threads());
      int[] a = new int[vocab.size()];
      for (int w = 0; w < vocab.size(); w++) {
        a[w] = toFine == null ? km.assign()[w] : km.assign()[toFine[w]];
      }
      assign[g] = a;
      toFine = a;
      points = km.centroids();
      n = cs[g];
      log(t0, what + ": " + cs[g] + " classes");
    }
    Map<String, short[]> table = new HashMap<>();
    for (int w = 0; w < vocab.size(); w++) {
      short[] c = new short[cs.length];
      for (int g = 0; g < cs.length; g++) {
        c[g] = (short) assign[g][w];
      }
      table.put(vocab.get(w), c);
    }
    return table;
  }

  static void normalise(float[] v, int off, int dim) {
    double n = 0;
    for (int j = 0; j < dim; j++) {
      n += v[off + j] * v[off + j];
    }
    if (n > 0) {
      float inv = (float) (1 / Math.sqrt(n));
      for (int j = 0; j < dim; j++) {
        v[off + j] *= inv;
      }
    }
  }

  /** Skip-gram with negative sampling over int-coded sentences; words -1 are skipped. */
  static final class SkipGram {
    private static final int TABLE = 10_000_000;
    private static final double SAMPLE = 1e-4;
    private static final float ALPHA = 0.025f;
    private static final int EXP_TABLE = 1000;
    private static final float MAX_EXP = 6;

    private final Settings s;
    private final int[] counts;
    private final float[] in;
    private final float[] outv;
    private final int[] table = new int[TABLE];
    private final float[] keep;
    private final float[] expTable = new float[EXP_TABLE];

    SkipGram(Settings s, int[] counts) {
      this.s = s;
      this.counts = counts;
      int v = counts.length;
      in = new float[v * s.dim()];
      outv = new float[v * s.dim()];
      SplittableRandom r = new SplittableRandom(s.seed());
      for (int i = 0; i < in.length; i++) {
        in[i] = (float) ((r.nextDouble() - 0.5) / s.dim());
      }
      double total = 0;
      long words = 0;
      for (int c : counts) {
        total += Math.pow(c, 0.75);
        words += c;
      }
      int w = 0;
      double cum = Math.pow(counts[0], 0.75) / total;
      for (int i = 0; i < TABLE; i++) {
        table[i] = w;
        if ((double) i / TABLE > cum && w < v - 1) {
          w++;
          cum += Math.pow(counts[w], 0.75) / total;
        }
      }
      keep = new float[v];
      double t = SAMPLE * words;
      for (int i = 0; i < v; i++) {
        keep[i] = (float) ((Math.sqrt(counts[i] / t) + 1) * t / counts[i]);
      }
      for (int i = 0; i < EXP_TABLE; i++) {
        double e = Math.exp((i / (double) EXP_TABLE * 2 - 1) * MAX_EXP);
        expTable[i] = (float) (e / (e + 1));
      }
    }

    float[] train(int[][] corpus, long t0, String what) {
      long words = 0;
      for (int[] sent : corpus) {
        for (int w : sent) {
          words += w >= 0 ? 1 : 0;
        }
      }
      long total = words * s.epochs();
      AtomicLong done = new AtomicLong();
      for (int e = 0; e < s.epochs(); e++) {
        int epoch = e;
        Thread[] th = new Thread[s.threads()];
        for (int t = 0; t < th.length; t++) {
          int from = (int) ((long) corpus.length * t / th.length);
          int to = (int) ((long) corpus.length * (t + 1) / th.length);
          long seed = s.seed() * 1000 + epoch * 31L + t;
          th[t] = new Thread(() -> run(corpus, from, to, seed, done, total));
          th[t].start();
        }
        for (Thread t : th) {
          try {
            t.join();
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
          }
        }
        log(t0, what + ": epoch " + (e + 1) + " of " + s.epochs());
      }
      return in;
    }

    private void run(int[][] corpus, int from, int to, long seed, AtomicLong done, long total) {
      SplittableRandom r = new SplittableRandom(seed);
      int dim = s.dim();
      float[] neu1e = new float[dim];
      int[] sen = new int[1024];
      long local = 0;
      float alpha = ALPHA;
      for (int si = from; si < to; si++) {
        int n = 0;
        for (int w : corpus[si]) {
          if (w < 0) {
            continue;
          }
          local++;
          if (keep[w] < 1 && keep[w] < r.nextDouble()) {
            continue;
          }
          if (n == sen.length) {
            sen = Arrays.copyOf(sen, n * 2);
          }
          sen[n++] = w;
        }
        if (local > 10_000) {
          long d = done.addAndGet(local);
          if (d / 1_000_000 != (d - local) / 1_000_000) {
            System.err.printf(Locale.ROOT, "  %d M of %d M words%n", d / 1_000_000,
                total / 1_000_000);
          }
          local = 0;
          alpha = Math.max(ALPHA * 0.0001f, ALPHA * (1 - (float) d / (total + 1)));
        }
        for (int pos = 0; pos < n; pos++) {
          int word = sen[pos];
          int b = r.nextInt(s.window());
          for (int a = b; a < s.window() * 2 + 1 - b; a++) {
            if (a == s.window()) {
              continue;
            }
            int c = pos - s.window() + a;
            if (c < 0 || c >= n) {
              continue;
            }
            int l1 = sen[c] * dim;
            Arrays.fill(neu1e, 0);
            for (int d = 0; d <= s.negative(); d++) {
              int target;
              int label;
              if (d == 0) {
                target = word;
                label = 1;
              } else {
                target = table[r.nextInt(TABLE)];
                if (target == word) {
                  continue;
                }
                label = 0;
              }
              int l2 = target * dim;
              float f = 0;
              for (int j = 0; j < dim; j++) {
                f += in[l1 + j] * outv[l2 + j];
              }
              float g;
              if (f > MAX_EXP) {
                g = (label - 1) * alpha;
              } else if (f < -MAX_EXP) {
                g = label * alpha;
              } else {
                g = (label - expTable[(int) ((f + MAX_EXP) * (EXP_TABLE / MAX_EXP / 2))]) * alpha;
              }
              for (int j = 0; j < dim; j++) {
                neu1e[j] += g * outv[l2 + j];
              }
              for (int j = 0; j < dim; j++) {
                outv[l2 + j] += g * in[l1 + j];
              }
            }
            for (int j = 0; j < dim; j++) {
              in[l1 + j] += neu1e[j];
            }
          }
        }
      }
      done.addAndGet(local);
    }
  }

  /** Spherical k-means on unit vectors; seeds are a deterministic random sample of points. */
  record KMeans(int[] assign, float[] centroids) {

    static KMeans run(float[] x, int n, int dim, int k, int rounds, long seed, int threads) {
      k = Math.min(k, n);
      float[] c = new float[k * dim];
      SplittableRandom r = new SplittableRandom(seed);
      int[] perm = new int[n];
      for (int i = 0; i < n; i++) {
        perm[i] = i;
      }
      for (int i = 0; i < k; i++) {
        int j = i + r.nextInt(n - i);
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
        System.arraycopy(x, perm[i] * dim, c, i * dim, dim);
      }
      int[] assign = new int[n];
      int kk = k;
      for (int round = 0; round < rounds; round++) {
        Thread[] th = new Thread[threads];
        for (int t = 0; t < threads; t++) {
          int from = (int) ((long) n * t / threads);
          int to = (int) ((long) n * (t + 1) / threads);
          th[t] = new Thread(() -> {
            for (int i = from; i < to; i++) {
              int best = 0;
              float bestDot = Float.NEGATIVE_INFINITY;
              int xo = i * dim;
              for (int q = 0; q < kk; q++) {
                int co = q * dim;
                float dot = 0;
                for (int j = 0; j < dim; j++) {
                  dot += x[xo + j] * c[co + j];
                }
                if (dot > bestDot) {
                  bestDot = dot;
                  best = q;
                }
              }
              assign[i] = best;
            }
          });
          th[t].start();
        }
        for (Thread t : th) {
          try {
            t.join();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        }
        float[] sum = new float[k * dim];
        int[] size = new int[k];
        for (int i = 0; i < n; i++) {
          size[assign[i]]++;
          for (int j = 0; j < dim; j++) {
            sum[assign[i] * dim + j] += x[i * dim + j];
          }
        }
        for (int q = 0; q < k; q++) {
          if (size[q] == 0) {
            // an empty class takes a random point, so that every id stays in use
            System.arraycopy(x, r.nextInt(n) * dim, sum, q * dim, dim);
          }
          normalise(sum, q * dim, dim);
        }
        System.arraycopy(sum, 0, c, 0, c.length);
      }
      return new KMeans(assign, c);
    }
  }

  /** Sentences of matching forms from every unlabelled source (never ANERcorp test). */
  static List<String[]> sentences(Path shared) throws IOException {
    ArabicNormalizer norm = ArabicNormalizer.get();
    List<String[]> out = new ArrayList<>();
    Path news = shared.resolve("data/news_ant/ant-news.jsonl.gz");
    ObjectMapper json = new ObjectMapper();
    Tokenizer tok = Tokenizer.get();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(news), 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = json.readTree(line);
        String text = n.path("title").asText("") + "\n" + n.path("text").asText("");
        TokenizedText t = tok.tokenize(text);
        for (int s = 0; s < t.sentences().size(); s++) {
          List<Token> ts = t.sentenceTokens(s);
          String[] f = new String[ts.size()];
          for (int i = 0; i < f.length; i++) {
            f[i] = norm.matchingForm(ts.get(i).text());
          }
          add(out, f);
        }
      }
    }
    List<TaggedSentence> labelled = new ArrayList<>(new NerCorpus(shared).anercorpTrainAll());
    labelled.addAll(new ConllReader().readDirectory(
        shared.resolve(io.khabar.testdata.SharedData.AQMAR_ARTICLES)));
    labelled.addAll(WikiFane.read(shared, true));
    for (TaggedSentence s : labelled) {
      String[] f = new String[s.size()];
      for (int i = 0; i < f.length; i++) {
        f[i] = norm.matchingForm(s.tokens().get(i));
      }
      add(out, f);
    }
    return out;
  }

  private static void add(List<String[]> out, String[] forms) {
    String[] f = Arrays.stream(forms).filter(x -> !x.isEmpty()).map(String::intern)
        .toArray(String[]::new);
    if (f.length > 0) {
      out.add(f);
    }
  }

  private static void log(long t0, String msg) {
    System.err.printf(Locale.ROOT, "[%5.0fs] %s%n", (System.nanoTime() - t0) / 1e9, msg);
  }

  static String arg(String[] args, String name, String def) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return def;
  }
}
