package io.khabar.train;

import io.khabar.ner.WordClusters;
import io.khabar.testdata.ud.ConlluReader;
import java.io.ByteArrayInputStream;
import io.khabar.text.ArabicNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Distributional word classes of matching forms, learnt from unlabelled text only, for the name
 * finder's {@code cl…} features ({@link io.khabar.ner.WordClusters}). {@link NerExperiment} builds
 * them in memory with {@code --set clusters=ner-ar-clusters.wordclass}; this command writes the
 * table for inspection. Not used by the bundled model: no gain on the development split (see
 * {@code ner-ar-ablations.md}), and so not shipped.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.khabar.train.BuildWordClusters [--shared ../shared]
 *      [--out /tmp/ner-ar-clusters.tsv] [--min-count 3]
 * </pre>
 *
 * Text: the tokens of ANERcorp {@code train.txt} (tags ignored), the AQMAR articles, the Wojood
 * sample (train and test), UD Arabic PUD and the seed corpus; never ANERcorp {@code test.txt}.
 * Method: each form seen at least {@code min-count} times is described by the positive pointwise
 * mutual information of the forms at distances −2, −1, +1, +2 among the 400 most frequent ones,
 * L2-normalised; spherical k-means (12 rounds, deterministic: the most frequent forms seed the
 * centroids) groups the forms into 32, 128 and 512 classes, written coarse to fine as {@code
 * form TAB a|b|c}. Brown clustering would be the textbook choice; on a quarter of a million
 * tokens this is close enough and takes seconds.
 */
public final class BuildWordClusters {

  private static final int CONTEXTS = 400;
  private static final int[] OFFSETS = {-2, -1, 1, 2};
  private static final int[] GRANULARITIES = {32, 128, 512};
  private static final int ROUNDS = 12;

  private BuildWordClusters() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(NerCorpusArgs.get(args, "--shared", "../shared"));
    Path out = Path.of(NerCorpusArgs.get(args, "--out", "/tmp/ner-ar-clusters.tsv"));
    int minCount = Integer.parseInt(NerCorpusArgs.get(args, "--min-count", "3"));
    List<String> lines = build(shared, minCount);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.err.println(lines.size() + " forms clustered -> " + out);
  }

  /** The cluster table for the name finder, built in memory (a few seconds). */
  public static WordClusters clusters(Path shared) throws IOException {
    String table = String.join("\n", build(shared, 3)) + "\n";
    return WordClusters.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
  }

  /** {@code form TAB a|b|c} lines, sorted. */
  static List<String> build(Path shared, int minCount) throws IOException {
    List<String[]> sentences = read(shared.resolve("data"), shared.resolve("corpus/seed"));
    long tokens = sentences.stream().mapToLong(s -> s.length).sum();

    Map<String, Integer> count = new HashMap<>();
    for (String[] s : sentences) {
      for (String w : s) {
        count.merge(w, 1, Integer::sum);
      }
    }
    List<String> byFreq = new ArrayList<>(count.keySet());
    byFreq.sort(Comparator.comparingInt((String w) -> -count.get(w)).thenComparing(w -> w));
    Map<String, Integer> ctxId = new HashMap<>();
    for (int i = 0; i < Math.min(CONTEXTS, byFreq.size()); i++) {
      ctxId.put(byFreq.get(i), i);
    }
    List<String> vocab = byFreq.stream().filter(w -> count.get(w) >= minCount).toList();
    Map<String, Integer> vocabId = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) {
      vocabId.put(vocab.get(i), i);
    }
    int dims = CONTEXTS * OFFSETS.length;
    List<Map<Integer, Integer>> cooc = new ArrayList<>();
    for (int i = 0; i < vocab.size(); i++) {
      cooc.add(new HashMap<>());
    }
    long[] ctxTotal = new long[dims];
    long pairs = 0;
    for (String[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        Integer v = vocabId.get(s[i]);
        if (v == null) {
          continue;
        }
        for (int k = 0; k < OFFSETS.length; k++) {
          int j = i + OFFSETS[k];
          Integer c = j >= 0 && j < s.length ? ctxId.get(s[j]) : null;
          if (c != null) {
            int dim = k * CONTEXTS + c;
            cooc.get(v).merge(dim, 1, Integer::sum);
            ctxTotal[dim]++;
            pairs++;
          }
        }
      }
    }
    // PPMI vectors, L2-normalised, sparse
    int[][] idx = new int[vocab.size()][];
    float[][] val = new float[vocab.size()][];
    for (int v = 0; v < vocab.size(); v++) {
      Map<Integer, Integer> m = cooc.get(v);
      long wTotal = m.values().stream().mapToLong(Integer::longValue).sum();
      List<int[]> nz = new ArrayList<>();
      List<Float> vals = new ArrayList<>();
      double norm = 0;
      for (Map.Entry<Integer, Integer> e : m.entrySet()) {
        double pmi = Math.log((double) e.getValue() * pairs / (wTotal * (double) ctxTotal[e.getKey()]));
        if (pmi > 0) {
          nz.add(new int[] {e.getKey()});
          vals.add((float) pmi);
          norm += pmi * pmi;
        }
      }
      idx[v] = new int[nz.size()];
      val[v] = new float[nz.size()];
      double inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (int k = 0; k < nz.size(); k++) {
        idx[v][k] = nz.get(k)[0];
        val[v][k] = (float) (vals.get(k) * inv);
      }
    }
    int[][] assign = new int[GRANULARITIES.length][];
    for (int g = 0; g < GRANULARITIES.length; g++) {
      assign[g] = kMeans(idx, val, dims, Math.min(GRANULARITIES[g], vocab.size()));
    }
    List<String> lines = new ArrayList<>();
    for (int v = 0; v < vocab.size(); v++) {
      String w = vocab.get(v);
      if (w.indexOf('\t') >= 0 || idx[v].length == 0) {
        continue;
      }
      StringBuilder sb = new StringBuilder(w).append('\t');
      for (int g = 0; g < GRANULARITIES.length; g++) {
        sb.append(g == 0 ? "" : "|").append(assign[g][v]);
      }
      lines.add(sb.toString());
    }
    lines.sort(null);
    System.err.printf("word clusters: %d sentences, %d tokens, %d forms, %d clustered (count >= "
        + "%d)%n", sentences.size(), tokens, count.size(), lines.size(), minCount);
    return lines;
  }

  /** Spherical k-means; centroids seeded with the first (most frequent) k vectors. */
  static int[] kMeans(int[][] idx, float[][] val, int dims, int k) {
    int n = idx.length;
    float[][] centroids = new float[k][dims];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < idx[c].length; j++) {
        centroids[c][idx[c][j]] = val[c][j];
      }
    }
    int[] assign = new int[n];
    for (int round = 0; round < ROUNDS; round++) {
      for (int v = 0; v < n; v++) {
        int best = 0;
        double bestDot = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          float[] cc = centroids[c];
          double dot = 0;
          for (int j = 0; j < idx[v].length; j++) {
            dot += cc[idx[v][j]] * val[v][j];
          }
          if (dot > bestDot) {
            bestDot = dot;
            best = c;
          }
        }
        assign[v] = best;
      }
      for (float[] cc : centroids) {
        Arrays.fill(cc, 0);
      }
      for (int v = 0; v < n; v++) {
        float[] cc = centroids[assign[v]];
        for (int j = 0; j < idx[v].length; j++) {
          cc[idx[v][j]] += val[v][j];
        }
      }
      for (float[] cc : centroids) {
        double norm = 0;
        for (float x : cc) {
          norm += x * x;
        }
        if (norm > 0) {
          float inv = (float) (1 / Math.sqrt(norm));
          for (int j = 0; j < dims; j++) {
            cc[j] *= inv;
          }
        }
      }
    }
    return assign;
  }

  /** Sentences of matching forms from every unlabelled source. */
  static List<String[]> read(Path data, Path seed) throws IOException {
    List<String[]> out = new ArrayList<>();
    List<Path> conll = new ArrayList<>();
    conll.add(data.resolve("anercorp/train.txt"));
    try (Stream<Path> s = Files.list(data.resolve("aqmar/articles"))) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(conll::add);
    }
    conll.add(data.resolve("wojood_sample/train.txt"));
    conll.add(data.resolve("wojood_sample/test.txt"));
    ArabicNormalizer norm = ArabicNormalizer.get();
    for (Path p : conll) {
      List<String> sentence = new ArrayList<>();
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        String t = line.strip();
        if (t.isEmpty()) {
          add(out, sentence);
          continue;
        }
        int sp = t.indexOf(' ');
        sentence.add(norm.matchingForm(sp < 0 ? t : t.substring(0, sp)));
      }
      add(out, sentence);
    }
    Path pud = data.resolve("ud_arabic_pud/ar_pud-ud-test.conllu");
    if (Files.exists(pud)) {
      for (ConlluReader.Sentence s : ConlluReader.read(pud)) {
        List<String> sentence = new ArrayList<>();
        for (ConlluReader.Word w : s.words()) {
          sentence.add(norm.matchingForm(w.form()));
        }
        add(out, sentence);
      }
    }
    if (Files.isDirectory(seed)) {
      try (Stream<Path> s = Files.list(seed)) {
        for (Path p : (Iterable<Path>) s.sorted()::iterator) {
          for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            List<String> sentence = new ArrayList<>();
            for (String t : line.split("\\s+|(?=[،؛؟.,:!\"()«»])|(?<=[،؛؟.,:!\"()«»])")) {
              if (!t.isBlank()) {
                sentence.add(norm.matchingForm(t));
              }
            }
            add(out, sentence);
          }
        }
      }
    }
    return out;
  }

  private static void add(List<String[]> out, List<String> sentence) {
    sentence.removeIf(String::isEmpty);
    if (!sentence.isEmpty()) {
      out.add(sentence.toArray(new String[0]));
    }
    sentence.clear();
  }

  /** Minimal option lookup. */
  static final class NerCorpusArgs {
    static String get(String[] args, String name, String def) {
      for (int i = 0; i + 1 < args.length; i++) {
        if (args[i].equals(name)) {
          return args[i + 1];
        }
      }
      return def;
    }
  }
}
