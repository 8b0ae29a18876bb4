package io.khabar.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.ner.ArabicNameFinder;
import io.khabar.testdata.conll.TaggedSentence;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

class PruneNerTest {

  private static final byte[] DESCRIPTOR = """
      <featureGenerators name="nameFinder">
        <generator class="io.khabar.ner.ArabicFeatureGeneratorFactory"/>
      </featureGenerators>
      """.getBytes(StandardCharsets.UTF_8);

  private static final List<TaggedSentence> NEWS = List.of(
      TaggedSentence.of(List.of("زار", "سمير", "حداد", "طرابلس", "أمس"),
          List.of("O", "B-PERS", "I-PERS", "B-LOC", "O")),
      TaggedSentence.of(List.of("وصل", "ناصر", "العلي", "إلى", "صيدا"),
          List.of("O", "B-PERS", "I-PERS", "O", "B-LOC")),
      TaggedSentence.of(List.of("قالت", "وزارة", "الصحة", "في", "حلب"),
          List.of("O", "B-ORG", "I-ORG", "O", "B-LOC")));

  private static int predicates(TokenNameFinderModel m) {
    PerceptronModel p = m.getArtifact("nameFinder.model");
    return ((Map<?, ?>) p.getDataStructures()[1]).size();
  }

  @Test
  void pruningAtZeroKeepsTheModelsNames() throws Exception {
    TokenNameFinderModel model = NerTrainer.train(NEWS, DESCRIPTOR, "PERCEPTRON", 20, 0);
    TokenNameFinderModel same = PruneNer.prune(model, 0);
    assertEquals(predicates(model), predicates(same));
    String[] sentence = {"زار", "ناصر", "العلي", "صيدا", "أمس"};
    assertEquals(ArabicNameFinder.of(model).find(sentence),
        ArabicNameFinder.of(same).find(sentence));
  }

  @Test
  void largerThresholdDropsPredicates() throws Exception {
    TokenNameFinderModel model = NerTrainer.train(NEWS, DESCRIPTOR, "PERCEPTRON", 20, 0);
    assertTrue(predicates(PruneNer.prune(model, 1.5)) < predicates(model));
  }
}
