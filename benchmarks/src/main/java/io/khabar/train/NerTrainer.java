package io.khabar.train;

import io.khabar.testdata.conll.TaggedSentence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;

/** Trains an OpenNLP name finder with a given feature descriptor and training settings. */
public final class NerTrainer {

  /**
   * A training parameter of {@link #trainAugmented} (not OpenNLP's): predicates whose largest
   * weight is smaller in magnitude are dropped from the model ({@link #pruned}); 0 keeps all.
   */
  public static final String MIN_WEIGHT = "MinWeight";

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
    TrainingParameters p = parameters(algorithm, iterations, cutoff, extra);
    TokenNameFinderFactory factory =
        new TokenNameFinderFactory(descriptor, resources, new BioCodec());
    return NameFinderME.train("ar", null,
        ObjectStreamUtils.createObjectStream(NerCorpus.toSamples(sentences)), p, factory);
  }

  /**
   * Trains on a main corpus plus auxiliary corpora with domain feature augmentation ({@link
   * DomainAugmentedContextGenerator}): a sentence of {@code auxiliary} under key {@code prefix}
   * fires every feature {@code f} and {@code prefix + f}, a main sentence {@code f} only. Events
   * are built here as {@link NameFinderME#train} builds them (main corpus first, then each
   * auxiliary corpus in map order) and the model is assembled as it assembles it, so the result
   * is an ordinary name finder model whose prefixed features never fire when tagging.
   *
   * @param algorithm an event trainer (PERCEPTRON, MAXENT, MAXENT_QN); a sequence trainer builds
   *     its own events and cannot be given the augmented ones
   */
  public static TokenNameFinderModel trainAugmented(List<TaggedSentence> sentences,
      Map<String, List<TaggedSentence>> auxiliary, byte[] descriptor,
      Map<String, Object> resources, String algorithm, int iterations, int cutoff,
      Map<String, String> extra) throws IOException {
    double minWeight = Double.parseDouble(extra.getOrDefault(MIN_WEIGHT, "0"));
    Map<String, String> trainerExtra = new HashMap<>(extra);
    trainerExtra.remove(MIN_WEIGHT);
    TrainingParameters p = parameters(algorithm, iterations, cutoff, trainerExtra);
    if (TrainerFactory.getTrainerType(p) != TrainerFactory.TrainerType.EVENT_MODEL_TRAINER) {
      throw new IllegalArgumentException("domain augmentation needs an event trainer, not "
          + algorithm);
    }
    BioCodec bio = new BioCodec();
    TokenNameFinderFactory factory = new TokenNameFinderFactory(descriptor, resources, bio);
    NameContextGenerator shared = factory.createContextGenerator();
    SequenceCodec<String> codec = factory.createSequenceCodec();
    List<ObjectStream<Event>> parts = new ArrayList<>();
    parts.add(new NameFinderEventStream(
        ObjectStreamUtils.createObjectStream(NerCorpus.toSamples(sentences)), null, shared, codec));
    for (Map.Entry<String, List<TaggedSentence>> aux : auxiliary.entrySet()) {
      parts.add(new NameFinderEventStream(
          ObjectStreamUtils.createObjectStream(NerCorpus.toSamples(aux.getValue())), null,
          new DomainAugmentedContextGenerator(shared, aux.getKey()), codec));
    }
    Map<String, String> manifest = new HashMap<>();
    MaxentModel trained = TrainerFactory.getEventTrainer(p, manifest)
        .train(ObjectStreamUtils.concatenateObjectStream(parts));
    MaxentModel model = pruned(trained, auxiliary.keySet(), minWeight);
    return new TokenNameFinderModel("ar", model,
        p.getIntParameter(BeamSearch.BEAM_SIZE_PARAMETER, NameFinderME.DEFAULT_BEAM_SIZE),
        descriptor, resources, manifest, bio, factory);
  }

  /**
   * The model without the predicates that start with one of {@code prefixes} and without those
   * whose largest weight is below {@code minWeight} in magnitude. The auxiliary corpora's domain
   * copies are learnt only to absorb what is particular to those corpora, and tagging never
   * computes a prefixed feature, so their weights are dead weight in the model file and in the
   * cold start that reads it; dropping them changes no score. Magnitude pruning does change
   * scores a little: with WikiFANE most predicates are words seen once or twice in the
   * encyclopaedia whose averaged weights stay near one update, and every predicate costs model
   * size and loading time (chosen on the dev split, see ner-ar.md). A model of another kind than
   * the perceptron is returned as it is.
   */
  static MaxentModel pruned(MaxentModel model, Collection<String> prefixes, double minWeight) {
    if (!(model instanceof PerceptronModel perceptron)
        || prefixes.isEmpty() && minWeight <= 0) {
      return model;
    }
    Object[] data = perceptron.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    List<String> kept = new ArrayList<>();
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      if (prefixes.stream().noneMatch(e.getKey()::startsWith)
          && largestWeight(e.getValue()) >= minWeight) {
        kept.add(e.getKey());
      }
    }
    Collections.sort(kept);
    Context[] params = new Context[kept.size()];
    for (int i = 0; i < params.length; i++) {
      params[i] = predicates.get(kept.get(i));
    }
    return new PerceptronModel(params, kept.toArray(new String[0]), outcomes);
  }

  private static double largestWeight(Context c) {
    double largest = 0;
    for (double w : c.getParameters()) {
      largest = Math.max(largest, Math.abs(w));
    }
    return largest;
  }

  private static TrainingParameters parameters(String algorithm, int iterations, int cutoff,
      Map<String, String> extra) {
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
    return p;
  }

  public static String describe(byte[] descriptor) {
    return new String(descriptor, StandardCharsets.UTF_8);
  }
}
