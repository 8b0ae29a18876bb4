package io.khabar.train;

import io.khabar.eval.NerEval;
import io.khabar.ner.ArabicNameFinder;
import io.khabar.ner.WordFrequencies;
import io.khabar.testdata.conll.TaggedSentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * One training configuration for tuning: builds the feature descriptor, trains on the ANERcorp
 * train split (optionally plus AQMAR) and scores on the development split — never on test.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.khabar.train.NerExperiment [--shared ../shared]
 *   [--algorithm PERCEPTRON|MAXENT|PERCEPTRON_SEQUENCE] [--iterations 300] [--cutoff 0]
 *   [--aqmar] [--no-prevmap] [--no-bigram] [--opennlp-defaults] [--set charNgrams=false ...]
 * </pre>
 */
public final class NerExperiment {

  /** Settings of one run. */
  public record Config(String algorithm, int iterations, int cutoff, boolean aqmar,
      boolean previousMap, boolean bigram, boolean opennlpDefaults, Map<String, String> params) {

    public static Config defaults() {
      return new Config("PERCEPTRON", 300, 0, false, true, true, false, Map.of());
    }

    public static Config parse(String[] args) {
      Config d = defaults();
      Map<String, String> params = new LinkedHashMap<>();
      String algorithm = d.algorithm();
      int iterations = d.iterations();
      int cutoff = d.cutoff();
      boolean aqmar = false;
      boolean prevMap = true;
      boolean bigram = true;
      boolean opennlp = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--algorithm" -> algorithm = args[++i];
          case "--iterations" -> iterations = Integer.parseInt(args[++i]);
          case "--cutoff" -> cutoff = Integer.parseInt(args[++i]);
          case "--aqmar" -> aqmar = true;
          case "--no-prevmap" -> prevMap = false;
          case "--no-bigram" -> bigram = false;
          case "--opennlp-defaults" -> opennlp = true;
          case "--set" -> {
            String[] kv = args[++i].split("=", 2);
            params.put(kv[0], kv[1]);
          }
          default -> { }
        }
      }
      return new Config(algorithm, iterations, cutoff, aqmar, prevMap, bigram, opennlp, params);
    }

    public String summary() {
      return String.format(Locale.ROOT, "%s it=%d cutoff=%d aqmar=%s prevmap=%s bigram=%s %s%s",
          algorithm, iterations, cutoff, aqmar, previousMap, bigram,
          opennlpDefaults ? "opennlp-default-features " : "", params);
    }
  }

  private NerExperiment() {}

  /** The XML feature descriptor for a configuration. */
  public static byte[] descriptor(Config c) {
    StringBuilder x = new StringBuilder("<featureGenerators cache=\"true\" name=\"nameFinder\">\n");
    if (c.opennlpDefaults()) {
      x.append("""
            <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
              <int name="prevLength">2</int><int name="nextLength">2</int>
              <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
            </generator>
            <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
              <int name="prevLength">2</int><int name="nextLength">2</int>
              <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
                <bool name="lowercase">true</bool>
              </generator>
            </generator>
            <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
          """);
    } else {
      x.append("  <generator class=\"io.khabar.ner.ArabicFeatureGeneratorFactory\">\n");
      for (Map.Entry<String, String> e : c.params().entrySet()) {
        String kind = switch (e.getKey()) {
          case "window" -> "int";
          case "stemmer", "gazetteer", "frequencies" -> "str";
          default -> "bool";
        };
        x.append("    <").append(kind).append(" name=\"").append(e.getKey()).append("\">")
            .append(e.getValue()).append("</").append(kind).append(">\n");
      }
      x.append("  </generator>\n");
    }
    if (c.previousMap()) {
      x.append("  <generator class=\"opennlp.tools.util.featuregen."
          + "PreviousMapFeatureGeneratorFactory\"/>\n");
    }
    if (c.bigram()) {
      x.append("  <generator class=\"opennlp.tools.util.featuregen."
          + "BigramNameFeatureGeneratorFactory\"/>\n");
    }
    x.append("""
          <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
            <bool name="begin">true</bool>
            <bool name="end">false</bool>
          </generator>
        </featureGenerators>
        """);
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static TokenNameFinderModel train(Config c, List<TaggedSentence> train) throws IOException {
    Map<String, Object> resources = new java.util.HashMap<>();
    String freq = c.params().get("frequencies");
    if (freq != null && !freq.equals("none")) {
      resources.put(freq, WordFrequencies.count(
          train.stream().map(TaggedSentence::tokenArray).toList()));
    }
    return NerTrainer.train(train, descriptor(c), resources, c.algorithm(), c.iterations(),
        c.cutoff());
  }

  public static void main(String[] args) throws IOException {
    Config c = Config.parse(args);
    NerCorpus corpus = NerCorpus.fromArgs(args);
    List<TaggedSentence> train = new ArrayList<>(corpus.trainSplit());
    if (c.aqmar()) {
      train.addAll(corpus.aqmar());
    }
    long t0 = System.nanoTime();
    TokenNameFinderModel model = train(c, train);
    double secs = (System.nanoTime() - t0) / 1e9;
    ArabicNameFinder finder = ArabicNameFinder.of(model);
    NerEval.Result r = NerEval.evaluate(finder, corpus.trainSplit(), corpus.devSplit(), false);
    System.out.printf(Locale.ROOT, "CONFIG %s%nDEV micro-F1 %.2f (P %.2f R %.2f) unseenR %.1f "
            + "train %.0fs%n%s", c.summary(), 100 * r.scores().microF1(),
        100 * r.scores().microPrecision(), 100 * r.scores().microRecall(),
        100 * r.unseenRecall(), secs, NerEval.report(r));
  }
}
