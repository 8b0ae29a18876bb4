package io.khabar.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.ner.ArabicNameFinder;
import io.khabar.experiment.CrfModel;
import io.khabar.ner.NameSpan;
import io.khabar.testdata.conll.TaggedSentence;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CrfTrainerTest {

  /** Toy data: feature ids per token and gold labels (ids into {@link CrfTrainer#LABELS}). */
  private static final List<CrfTrainer.Sequence> TOY = List.of(
      new CrfTrainer.Sequence(new int[][] {{0, 1}, {2}, {3, 1}}, new int[] {1, 2, 0}),
      new CrfTrainer.Sequence(new int[][] {{3}, {0, 2}}, new int[] {0, 3}),
      new CrfTrainer.Sequence(new int[][] {{1}}, new int[] {5}),
      new CrfTrainer.Sequence(new int[][] {{2, 3}, {0}, {1}, {2}}, new int[] {7, 8, 8, 0}));

  @Test
  void gradientMatchesFiniteDifferences() {
    for (int threads : new int[] {1, 2}) {
      try (CrfTrainer.Objective f = new CrfTrainer.Objective(TOY, 4, 9, 0.5, threads)) {
        Random r = new Random(7);
        double[] x = new double[f.dimension()];
        for (int i = 0; i < x.length; i++) {
          x[i] = r.nextGaussian() * 0.5;
        }
        double[] g = new double[x.length];
        f.evaluate(x, g);
        double[] unused = new double[x.length];
        double h = 1e-5;
        for (int i = 0; i < x.length; i++) {
          double keep = x[i];
          x[i] = keep + h;
          double up = f.evaluate(x, unused);
          x[i] = keep - h;
          double down = f.evaluate(x, unused);
          x[i] = keep;
          assertEquals((up - down) / (2 * h), g[i], 1e-5, "parameter " + i);
        }
      }
    }
  }

  @Test
  void lossIsZeroGradientFreeOnlyAtItsMinimum() {
    // the objective at zero weights is the log of the number of valid label paths per sentence
    try (CrfTrainer.Objective f = new CrfTrainer.Objective(TOY.subList(2, 3), 4, 9, 0, 1)) {
      double loss = f.evaluate(new double[f.dimension()], new double[f.dimension()]);
      assertEquals(Math.log(5), loss, 1e-9); // O and the four B- labels may start a sentence
    }
  }

  @Test
  void learnsToyNamesAndKeepsThemThroughItsFile() throws Exception {
    List<TaggedSentence> train = List.of(
        TaggedSentence.of(List.of("زار", "سمير", "حداد", "طرابلس"),
            List.of("O", "B-PERS", "I-PERS", "B-LOC")),
        TaggedSentence.of(List.of("وصل", "ناصر", "العلي", "إلى", "صيدا"),
            List.of("O", "B-PERS", "I-PERS", "O", "B-LOC")),
        TaggedSentence.of(List.of("قالت", "وزارة", "الصحة", "في", "حلب"),
            List.of("O", "B-ORG", "I-ORG", "O", "B-LOC")));
    byte[] descriptor = """
        <featureGenerators name="nameFinder">
          <generator class="io.khabar.ner.ArabicFeatureGeneratorFactory"/>
        </featureGenerators>
        """.getBytes(StandardCharsets.UTF_8);
    CrfModel m = CrfTrainer.train(train, descriptor, "", null,
        new CrfTrainer.Settings(0, 0.1, 1, 100, 1e-4, 1));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    m.write(bytes);
    ArabicNameFinder finder = CrfModel.load(
        new java.io.ByteArrayInputStream(bytes.toByteArray()));
    assertTrue(finder.isExternal());
    List<NameSpan> names = finder.find(new String[] {"زار", "سمير", "حداد", "طرابلس"});
    assertEquals(List.of("PERS", "LOC"), names.stream().map(NameSpan::type).toList());
    assertEquals(1, names.get(0).start());
    assertEquals(3, names.get(0).end());
  }
}
