package io.khabar.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.ner.ArabicNameFinder;
import io.khabar.ner.NameSpan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Viterbi decoding and the file format of {@link CrfModel}, on tiny hand-made models. */
class CrfDecoderTest {

  private static final byte[] WORD_FEATURE = """
      <featureGenerators name="nameFinder">
        <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
      </featureGenerators>
      """.getBytes(StandardCharsets.UTF_8);

  private static final List<String> LABELS = List.of("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC");

  /**
   * "a" is clearly O; "b" scores highest as I-PERS, which may not follow O; "c" is a weak LOC.
   * Transitions are zero but for a small O→O bonus.
   */
  private static CrfModel tiny() {
    double[] w = {
        1, 0, 0, 0, 0, // w=a
        0, 0.5, 3, 0, 0, // w=b
        0, 0, 0, 0.2, 0.1, // w=c
        0, 0, 0, 0, 0.0001}; // w=d, pruned away
    double[] t = new double[25];
    t[0] = 0.1;
    return CrfModel.of(WORD_FEATURE, "", null, LABELS, new double[5], t,
        List.of("w=a", "w=b", "w=c", "w=d"), w, 1e-3);
  }

  private static double[] emissions(CrfModel m, String... tokens) {
    return CrfDecoder.create(m).emissions(tokens);
  }

  @Test
  void bestValidPathBeginsTheNameInsteadOfContinuingNothing() {
    CrfModel m = tiny();
    // unconstrained best is O, I-PERS (1 + 3); valid: B-PERS, I-PERS (0 + 3) beats O, B-PERS
    assertArrayEquals(new int[] {1, 2}, CrfDecoder.viterbi(m, emissions(m, "a", "b"), 2));
    // alone, "b" cannot be I-PERS at the sentence start: B-PERS
    assertArrayEquals(new int[] {1}, CrfDecoder.viterbi(m, emissions(m, "b"), 1));
  }

  @Test
  void findReportsTypedSpansWithMarginalProbabilities() {
    ArabicNameFinder f = tiny().finder();
    List<NameSpan> names = f.find(new String[] {"a", "b", "c"});
    assertEquals(2, names.size(), names.toString());
    assertEquals(List.of(0, 2), List.of(names.get(0).start(), names.get(0).end()));
    assertEquals("PERS", names.get(0).type());
    assertEquals("LOC", names.get(1).type());
    for (NameSpan n : names) {
      assertTrue(n.probability() > 0 && n.probability() <= 1 + 1e-9, n.toString());
    }
  }

  @Test
  void survivesWriteAndReadWithPrunedWeightsDropped() throws Exception {
    CrfModel m = tiny();
    assertEquals(3, m.featureCount()); // w=d had only a weight below the threshold
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    m.write(bytes);
    CrfModel back = CrfModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(m.featureCount(), back.featureCount());
    assertEquals(LABELS.size(), back.labelCount());
    for (String[] s : List.of(new String[] {"a", "b", "c"}, new String[] {"c", "c", "d", "b"})) {
      assertArrayEquals(emissions(m, s), emissions(back, s), 1e-6);
      assertEquals(m.finder().find(s), back.finder().find(s));
    }
    ArabicNameFinder loaded = CrfModel.load(new ByteArrayInputStream(bytes.toByteArray()));
    assertTrue(loaded.isExternal());
  }

  @Property(tries = 300)
  void viterbiFindsTheBestValidPath(@ForAll("scores") double[] scores) {
    int n = scores.length / LABELS.size();
    double[] t = new double[25];
    for (int i = 0; i < 25; i++) {
      t[i] = Math.sin(i * 7.0 + scores.length); // arbitrary but fixed per case
    }
    CrfModel m = CrfModel.of(WORD_FEATURE, "", null, LABELS, new double[] {0, 0.3, 0, -0.2, 0},
        t, List.of(), new double[0], 0);
    int[] path = CrfDecoder.viterbi(m, scores, n);
    double best = Double.NEGATIVE_INFINITY;
    int[] labels = new int[n];
    int total = (int) Math.pow(LABELS.size(), n);
    for (int code = 0; code < total; code++) {
      int c = code;
      for (int i = 0; i < n; i++) {
        labels[i] = c % LABELS.size();
        c /= LABELS.size();
      }
      best = Math.max(best, score(m, scores, labels));
    }
    assertEquals(best, score(m, scores, path), 1e-9);
    assertTrue(Double.isFinite(score(m, scores, path)), "path must be BIO-valid");
  }

  /** The path's score, −∞ when BIO forbids it. */
  private static double score(CrfModel m, double[] scores, int[] path) {
    int nl = m.labelCount();
    double s = m.start(path[0]) + scores[path[0]];
    for (int i = 1; i < path.length; i++) {
      s += m.transition(path[i - 1], path[i]) + scores[i * nl + path[i]];
    }
    return s;
  }

  @Provide
  Arbitrary<double[]> scores() {
    return Arbitraries.integers().between(1, 5).flatMap(n -> Arbitraries.doubles()
        .between(-3, 3).array(double[].class).ofSize(n * LABELS.size()));
  }

  @Property(tries = 200)
  void spansAreInBoundsAndDoNotOverlap(@ForAll("tokens") List<String> tokens) {
    String[] t = tokens.toArray(String[]::new);
    List<NameSpan> names = tiny().finder().find(t);
    int end = 0;
    for (NameSpan n : names) {
      assertTrue(n.start() >= end && n.end() <= t.length, names.toString());
      end = n.end();
    }
  }

  @Provide
  Arbitrary<List<String>> tokens() {
    return Arbitraries.of("a", "b", "c", "d", "", "بوتين").list().ofMaxSize(12);
  }

  /**
   * The decoder sums memoised per-token feature weights; the trainer generated each position's
   * features whole, with no previous outcomes. Both must give the same scores.
   */
  @Test
  void memoisedScoresEqualTheTrainersFeatureSums() throws Exception {
    byte[] descriptor = """
        <featureGenerators cache="true" name="nameFinder">
          <generator class="io.khabar.ner.ArabicFeatureGeneratorFactory">
            <str name="stemmer">article</str>
            <int name="window">3</int>
          </generator>
          <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
          <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
            <bool name="begin">true</bool>
            <bool name="end">false</bool>
          </generator>
        </featureGenerators>
        """.getBytes(StandardCharsets.UTF_8);
    List<String[]> sentences = List.of(
        "وقال الرئيس الروسي فلاديمير بوتين لموسكو إن المحادثات مثمرة .".split(" "),
        "التقى وبوتين وزير الخارجية في القاهرة".split(" "),
        "بوتين".split(" "));
    CrfModel empty = CrfModel.of(descriptor, "", null, LABELS, new double[5], new double[25],
        List.of(), new double[0], 0);
    var generator = empty.featureGenerator();
    java.util.Map<String, Integer> ids = new java.util.LinkedHashMap<>();
    List<List<String>> perToken = new java.util.ArrayList<>();
    for (String[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        List<String> f = new java.util.ArrayList<>();
        generator.createFeatures(f, s, i, null);
        f.forEach(x -> ids.putIfAbsent(x, ids.size()));
        perToken.add(f);
      }
      generator.clearAdaptiveData();
    }
    double[] w = new double[ids.size() * LABELS.size()];
    java.util.Random r = new java.util.Random(3);
    for (int i = 0; i < w.length; i++) {
      w[i] = r.nextGaussian();
    }
    CrfModel m = CrfModel.of(descriptor, "", null, LABELS, new double[5], new double[25],
        List.copyOf(ids.keySet()), w, 0);
    CrfDecoder decoder = CrfDecoder.create(m);
    int t = 0;
    for (String[] s : sentences) {
      double[] scores = decoder.emissions(s);
      for (int i = 0; i < s.length; i++, t++) {
        for (int l = 0; l < LABELS.size(); l++) {
          double expected = 0;
          for (String f : perToken.get(t)) {
            expected += (float) w[ids.get(f) * LABELS.size() + l];
          }
          assertEquals(expected, scores[i * LABELS.size() + l], 1e-4, s[i]);
        }
      }
    }
  }
}
