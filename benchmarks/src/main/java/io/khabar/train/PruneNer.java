package io.khabar.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.khabar.ner.WordClusters;
import io.khabar.ner.WordFrequencies;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Magnitude pruning of an already trained perceptron name-finder model ({@link
 * NerTrainer#pruned}), for comparing thresholds without retraining: the pruned model keeps the
 * original's feature descriptor, resources (frequency and word-class tables) and codec, so it
 * tags as the original would with the dropped predicates' weights set to zero.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.khabar.train.PruneNer IN.bin MINWEIGHT OUT.bin
 * </pre>
 */
public final class PruneNer {

  private PruneNer() {}

  /** {@code model} without the predicates whose largest weight is below {@code minWeight}. */
  public static TokenNameFinderModel prune(TokenNameFinderModel model, double minWeight)
      throws IOException {
    MaxentModel maxent = model.getArtifact("nameFinder.model");
    MaxentModel pruned = NerTrainer.pruned(maxent, List.of(), minWeight);
    Map<String, Object> resources = new HashMap<>();
    for (String name : List.of(WordFrequencies.ARTIFACT, WordClusters.ARTIFACT)) {
      Object table = model.getArtifact(name);
      if (table != null) {
        resources.put(name, table);
      }
    }
    byte[] descriptor = model.getArtifact("generator.featuregen");
    return new TokenNameFinderModel("ar", pruned, NameFinderME.DEFAULT_BEAM_SIZE, descriptor,
        resources, Map.of(), model.getSequenceCodec(),
        new TokenNameFinderFactory(descriptor, resources, model.getSequenceCodec()));
  }

  public static void main(String[] args) throws IOException {
    TokenNameFinderModel model;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      model = new TokenNameFinderModel(in);
    }
    TokenNameFinderModel pruned = prune(model, Double.parseDouble(args[1]));
    try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
      pruned.serialize(out);
    }
    System.err.printf("%s: %d bytes%n", args[2], Files.size(Path.of(args[2])));
  }
}
