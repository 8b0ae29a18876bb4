package io.khabar.train;

import io.khabar.testdata.conll.TaggedSentence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** Trains an OpenNLP name finder with a given feature descriptor and training settings. */
public final class NerTrainer {

  /** The feature descriptor shipped with core. */
  public static final String DEFAULT_DESCRIPTOR = "/io/khabar/ner/ner-ar-features.xml";

  private NerTrainer() {}

  public static byte[] defaultDescriptor() throws IOException {
    try (InputStream in = NerTrainer.class.getResourceAsStream(DEFAULT_DESCRIPTOR)) {
      if (in == null) {
        throw new IOException("missing " + DEFAULT_DESCRIPTOR);
      }
      return in.readAllBytes();
    }
  }

  /**
   * @param algorithm PERCEPTRON, MAXENT (GIS) or PERCEPTRON_SEQUENCE
   */
  public static TokenNameFinderModel train(List<TaggedSentence> sentences, byte[] descriptor,
      String algorithm, int iterations, int cutoff) throws IOException {
    return train(sentences, descriptor, Map.of(), algorithm, iterations, cutoff);
  }

  /**
   * @param resources model artifacts the feature generators need (e.g. a {@link
   *     io.khabar.ner.WordFrequencies} table under its descriptor name)
   */
  public static TokenNameFinderModel train(List<TaggedSentence> sentences, byte[] descriptor,
      Map<String, Object> resources, String algorithm, int iterations, int cutoff)
      throws IOException {
    return train(sentences, descriptor, resources, algorithm, iterations, cutoff, Map.of());
  }

  /** @param extra further trainer parameters, e.g. L2Cost for MAXENT_QN */
  public static TokenNameFinderModel train(List<TaggedSentence> sentences, byte[] descriptor,
      Map<String, Object> resources, String algorithm, int iterations, int cutoff,
      Map<String, String> extra) throws IOException {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    if (algorithm.equals("PERCEPTRON_SEQUENCE")) {
      p.put(TrainingParameters.TRAINER_TYPE_PARAM, "EVENT_MODEL_SEQUENCE");
    } else {
      p.put(TrainingParameters.TRAINER_TYPE_PARAM, EventTrainer.EVENT_VALUE);
    }
    p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    if (algorithm.equals(PerceptronTrainer.PERCEPTRON_VALUE)) {
      p.put("UseSkippedAveraging", true);
    }
    extra.forEach(p::put);
    TokenNameFinderFactory factory =
        new TokenNameFinderFactory(descriptor, resources, new BioCodec());
    return NameFinderME.train("ar", null,
        ObjectStreamUtils.createObjectStream(NerCorpus.toSamples(sentences)), p, factory);
  }

  public static String describe(byte[] descriptor) {
    return new String(descriptor, StandardCharsets.UTF_8);
  }
}
