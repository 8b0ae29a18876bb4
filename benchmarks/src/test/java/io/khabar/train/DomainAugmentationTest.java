package io.khabar.train;

import static io.khabar.train.TinyNewsCorpus.DESCRIPTOR;
import static io.khabar.train.TinyNewsCorpus.NEWS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.ner.ArabicNameFinder;
import io.khabar.ner.NameSpan;
import io.khabar.testdata.conll.TaggedSentence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.junit.jupiter.api.Test;

class DomainAugmentationTest {

  private static final List<TaggedSentence> ENCYCLOPEDIA = List.of(
      TaggedSentence.of(List.of("ولد", "خليل", "مطران", "في", "بعلبك", "عام", "1872"),
          List.of("O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O")),
      TaggedSentence.of(List.of("تقع", "جبيل", "شمال", "بيروت"),
          List.of("O", "B-LOC", "O", "B-LOC")));

  /** Returns fixed features and counts the adaptive calls it receives. */
  private static final class FixedFeatures implements NameContextGenerator {
    int updates;
    int clears;

    @Override
    public String[] getContext(int index, String[] tokens, String[] prior, Object[] extra) {
      return new String[] {"w=" + tokens[index], "po=other"};
    }

    @Override
    public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {}

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
      updates++;
    }

    @Override
    public void clearAdaptiveData() {
      clears++;
    }
  }

  @Test
  void auxiliarySentenceFiresEachFeatureAlsoUnderItsPrefix() {
    FixedFeatures shared = new FixedFeatures();
    var augmented = new DomainAugmentedContextGenerator(shared, "aq:");
    String[] tokens = {"تقع", "جبيل", "شمال", "بيروت"};
    assertArrayEquals(new String[] {"w=جبيل", "po=other", "aq:w=جبيل", "aq:po=other"},
        augmented.getContext(1, tokens, new String[] {"other"}, null));
    augmented.updateAdaptiveData(tokens, new String[] {"other", "other", "other", "other"});
    augmented.clearAdaptiveData();
    assertEquals(1, shared.updates);
    assertEquals(1, shared.clears);
  }

  @Test
  void emptyPrefixIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> new DomainAugmentedContextGenerator(new FixedFeatures(), ""));
  }

  @Test
  void augmentedModelIsAnOrdinaryModelThatTagsNews() throws Exception {
    TokenNameFinderModel model = NerTrainer.trainAugmented(NEWS, Map.of("aq:", ENCYCLOPEDIA),
        DESCRIPTOR, Map.of(), "PERCEPTRON", 100, 0, Map.of());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    List<String> predicates = predicates(bytes.toByteArray());
    assertTrue(predicates.stream().noneMatch(p -> p.startsWith("aq:")),
        "prefixed copies never fire when tagging and are not kept");
    assertTrue(predicates.stream().anyMatch(p -> !p.startsWith("aq:")), "shared features trained");

    ArabicNameFinder finder = ArabicNameFinder.load(new ByteArrayInputStream(bytes.toByteArray()));
    assertFalse(finder.isExternal());
    List<NameSpan> names = finder.find(new String[] {"زار", "سمير", "حداد", "طرابلس", "أمس"});
    assertEquals(List.of("PERS", "LOC"), names.stream().map(NameSpan::type).toList());
    assertEquals(1, names.get(0).start());
    assertEquals(3, names.get(0).end());
  }

  @Test
  void droppingPrefixedPredicatesKeepsEveryUnprefixedScore() {
    String[] outcomes = {"other", "PERS-start"};
    var model = new PerceptronModel(new Context[] {
        new Context(new int[] {0, 1}, new double[] {0.5, 2.0}),
        new Context(new int[] {1}, new double[] {-3.0}),
        new Context(new int[] {0}, new double[] {1.5})},
        new String[] {"w=سمير", "aq:w=سمير", "po=other"}, outcomes);
    var pruned = (PerceptronModel)
        NerTrainer.pruned(model, List.of("aq:"), 0);
    String[] context = {"w=سمير", "po=other", "w=unseen"};
    assertArrayEquals(model.eval(context), pruned.eval(context), 1e-12);
    @SuppressWarnings("unchecked")
    var kept = (Map<String, ?>) pruned.getDataStructures()[1];
    assertEquals(Set.of("w=سمير", "po=other"), kept.keySet());
  }

  @Test
  void magnitudePruningKeepsPredicatesWithOneStrongWeight() {
    var model = new PerceptronModel(new Context[] {
        new Context(new int[] {0, 1}, new double[] {0.5, -2.5}),
        new Context(new int[] {1}, new double[] {1.0}),
        new Context(new int[] {0}, new double[] {2.0})},
        new String[] {"w=سمير", "w=نادرة", "po=other"}, new String[] {"other", "PERS-start"});
    var pruned = (PerceptronModel) NerTrainer.pruned(model, List.of(), 2.0);
    @SuppressWarnings("unchecked")
    var kept = (Map<String, ?>) pruned.getDataStructures()[1];
    assertEquals(Set.of("w=سمير", "po=other"), kept.keySet());
  }

  @Test
  void sequenceTrainerIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> NerTrainer.trainAugmented(NEWS,
        Map.of("aq:", ENCYCLOPEDIA), DESCRIPTOR, Map.of(), "PERCEPTRON_SEQUENCE", 10, 0,
        Map.of()));
  }

  /** Predicate names of the model file: the UTF strings of its {@code nameFinder.model} entry. */
  private static List<String> predicates(byte[] modelFile) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(modelFile))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals("nameFinder.model")) {
          var in = new java.io.DataInputStream(new ByteArrayInputStream(zip.readAllBytes()));
          var reader = new opennlp.tools.ml.perceptron.BinaryPerceptronModelReader(in);
          Object[] data = reader.getModel().getDataStructures();
          @SuppressWarnings("unchecked")
          var pmap = (Map<String, ?>) data[1];
          return new ArrayList<>(pmap.keySet());
        }
      }
    }
    throw new AssertionError("no nameFinder.model entry");
  }
}
