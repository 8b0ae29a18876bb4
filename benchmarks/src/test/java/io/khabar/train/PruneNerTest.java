package io.khabar.train;

import static io.khabar.train.TinyNewsCorpus.DESCRIPTOR;
import static io.khabar.train.TinyNewsCorpus.NEWS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.ner.ArabicNameFinder;
import java.util.Map;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

class PruneNerTest {

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
