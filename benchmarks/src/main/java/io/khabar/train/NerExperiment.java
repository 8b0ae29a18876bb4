package io.khabar.train;

import io.khabar.eval.NerEval;
import io.khabar.ner.ArabicNameFinder;
import io.khabar.experiment.CrfModel;
import io.khabar.ner.WordFrequencies;
import io.khabar.testdata.conll.TaggedSentence;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * One training configuration for tuning: builds the feature descriptor, trains on the ANERcorp
 * train split (optionally plus AQMAR and the Wojood sample) and scores on the development
 * split — never on test.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.khabar.train.NerExperiment [--shared ../shared]
 *   [--algorithm PERCEPTRON|MAXENT|PERCEPTRON_SEQUENCE|CRF] [--iterations 300] [--cutoff 0]
 *   [--aqmar] [--wojood] [--wikifane|--wikifane-split] [--news-silver 1200] [--aux-domain] [--no-prevmap] [--no-bigram] [--opennlp-defaults]
 *   [--set charNgrams=false ...]
 *   [--param L2Cost=1.0 ...] [--errors /tmp/dev-errors.txt] [--doc] [--doc-window 10,20]
 *   [--o-bias 0.5,1] [--save /tmp/model.bin] [--set clusters=x.wordclass --clusters-file f]
 * </pre>
 *
 * {@code --set} sets an {@link io.khabar.ner.ArabicFeatureGeneratorFactory} parameter, {@code
 * --param} an OpenNLP trainer parameter or, with {@code --algorithm CRF}, a {@link
 * CrfTrainer.Settings} one ({@code c1}, {@code c2}, {@code prune}, {@code threads}; the CRF has
 * no previous-map feature); {@code --wojood} adds the Wojood sample ({@link NerCorpus#wojood}); {@code --wikifane} adds
 * WikiFANE mapped to ANERcorp's classes with its split clitics rejoined ({@link WikiFane}), {@code
 * --wikifane-split} the same with the clitics left split;
 * {@code --news-silver N} adds the sentences of N real-news articles that the whole recogniser and
 * the name finder tag alike ({@link NewsSilver}, self-training), minus those naming an entity of
 * the held-out ANERcorp sentences;
 * {@code --aux-domain} trains on the extra corpora with domain feature augmentation ({@link
 * NerTrainer#trainAugmented}, prefixes {@code aq:}, {@code wj:}, {@code wf:}, {@code nw:}; OpenNLP event trainers only)
 * and counts the frequency table on ANERcorp alone; {@code --errors} writes the dev sentences
 * with missed and false entities; {@code --doc} also scores dev tagged as one document, {@code
 * --doc-window} in runs of that many consecutive sentences ({@link
 * ArabicNameFinder#findInDocument}); {@code --o-bias} also scores a CRF with each of these
 * subtracted from the O label's score ({@link CrfModel#withOtherBias}); {@code --save} writes
 * the dev-split model; {@code --clusters-file} reads the {@code clusters} table ({@link
 * io.khabar.ner.WordClusters#read}: the binary table of {@link BuildWordClasses}, or {@code form
 * TAB id|id…} lines made elsewhere) from a file; without it the table is the one the bundled
 * model carries, so that a retrain after a knowledge-base change keeps the model's word classes
 * ({@code --clusters-file ppmi} builds the older small-corpus classes of {@link
 * BuildWordClusters} instead). Results measured so far: {@code
 * models/src/main/resources/io/khabar/models/ner-ar-ablations.md}.
 */
public final class NerExperiment {

  /** Settings of one run. */
  public record Config(String algorithm, int iterations, int cutoff, boolean aqmar,
      boolean wojood, String wikifane, boolean auxDomain, boolean previousMap, boolean bigram,
      boolean opennlpDefaults, Map<String, String> params, Map<String, String> trainer,
      int newsSilver) {

    public static Config defaults() {
      return new Config("PERCEPTRON", 300, 0, false, false, "none", false, true, true, false,
          Map.of(),
          Map.of(), 0);
    }

    /** A linear-chain CRF ({@link CrfTrainer}) rather than an OpenNLP trainer. */
    public boolean crf() {
      return algorithm.equals("CRF");
    }

    public static Config parse(String[] args) {
      Config d = defaults();
      Map<String, String> params = new LinkedHashMap<>();
      Map<String, String> trainer = new LinkedHashMap<>();
      String algorithm = d.algorithm();
      int iterations = d.iterations();
      int cutoff = d.cutoff();
      boolean aqmar = false;
      boolean wojood = false;
      String wikifane = "none";
      boolean auxDomain = false;
      boolean prevMap = true;
      boolean bigram = true;
      boolean opennlp = false;
      int newsSilver = 0;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--algorithm" -> algorithm = args[++i];
          case "--iterations" -> iterations = Integer.parseInt(args[++i]);
          case "--cutoff" -> cutoff = Integer.parseInt(args[++i]);
          case "--aqmar" -> aqmar = true;
          case "--wojood" -> wojood = true;
          case "--wikifane" -> wikifane = "rejoined";
          case "--wikifane-split" -> wikifane = "split";
          case "--aux-domain" -> auxDomain = true;
          case "--no-prevmap" -> prevMap = false;
          case "--no-bigram" -> bigram = false;
          case "--opennlp-defaults" -> opennlp = true;
          case "--news-silver" -> newsSilver = Integer.parseInt(args[++i]);
          case "--param" -> {
            String[] kv = args[++i].split("=", 2);
            trainer.put(kv[0], kv[1]);
          }
          case "--set" -> {
            String[] kv = args[++i].split("=", 2);
            params.put(kv[0], kv[1]);
          }
          default -> { }
        }
      }
      // a CRF has no previous outcomes to map
      return new Config(algorithm, iterations, cutoff, aqmar, wojood, wikifane, auxDomain,
          prevMap && !algorithm.equals("CRF"), bigram, opennlp, params, trainer, newsSilver);
    }

    public String summary() {
      return String.format(Locale.ROOT,
          "%s it=%d cutoff=%d aqmar=%s wojood=%s wikifane=%s%s%s prevmap=%s bigram=%s %s%s",
          algorithm, iterations, cutoff, aqmar, wojood, wikifane,
          newsSilver > 0 ? " news-silver=" + newsSilver : "",
          auxDomain ? " aux-domain" : "",
          previousMap, bigram,
          opennlpDefaults ? "opennlp-default-features " : "", params)
          + (trainer.isEmpty() ? "" : " trainer" + trainer);
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
      Map<String, String> shape = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : c.params().entrySet()) {
        if (e.getKey().startsWith("nameShape")) {
          shape.put(e.getKey(), e.getValue());
          continue;
        }
        param(x, e.getKey(), e.getValue(), switch (e.getKey()) {
          case "window", "clusterWindow" -> "int";
          case "stemmer", "gazetteer", "frequencies", "clusters", "clusterLevels",
              "nameTokens" -> "str";
          default -> "bool";
        });
      }
      x.append("  </generator>\n");
      if (shape.containsKey("nameShape") && !shape.get("nameShape").equals("none")) {
        // an experiment's generator of its own (io.khabar.experiment.NameShapeFeatures)
        x.append("  <generator class=\"io.khabar.experiment.NameShapeFeatures$Factory\">\n");
        param(x, "model", shape.get("nameShape"), "str");
        param(x, "stemmer", c.params().getOrDefault("stemmer", "proclitic"), "str");
        param(x, "window", shape.getOrDefault("nameShapeWindow", "0"), "int");
        param(x, "bin", shape.getOrDefault("nameShapeBin", "0.5"), "str");
        param(x, "personOnly", shape.getOrDefault("nameShapePersonOnly", "false"), "bool");
        x.append("  </generator>\n");
      }
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

  private static void param(StringBuilder x, String name, String value, String kind) {
    x.append("    <").append(kind).append(" name=\"").append(name).append("\">").append(value)
        .append("</").append(kind).append(">\n");
  }

  /** A trained model, as a name finder and as the bytes of its file; crf null for OpenNLP. */
  public record Trained(ArabicNameFinder finder, ModelWriter writer, CrfModel crf) {}

  /** Writes a trained model in its own format (OpenNLP zip or {@link CrfModel}). */
  public interface ModelWriter {
    void write(OutputStream out) throws IOException;
  }

  /** Trains the configuration's model (OpenNLP or CRF) on {@code train}, all of one domain. */
  public static Trained train(Config c, List<TaggedSentence> train) throws IOException {
    return train(c, new TrainingSet(train, Map.of()));
  }

  /**
   * Trains the configuration's model (OpenNLP or CRF). With {@link Config#auxDomain} the extra
   * corpora are feature-augmented ({@link NerTrainer#trainAugmented}) and the frequency table is
   * counted on ANERcorp only; otherwise all sentences are one corpus.
   */
  public static Trained train(Config c, TrainingSet set) throws IOException {
    boolean augment = c.auxDomain() && !set.extra().isEmpty();
    Map<String, Object> resources = new java.util.HashMap<>();
    String freq = c.params().get("frequencies");
    WordFrequencies table = null;
    if (freq != null && !freq.equals("none")) {
      List<TaggedSentence> counted = augment ? set.anercorp() : set.all();
      table = WordFrequencies.count(counted.stream().map(TaggedSentence::tokenArray).toList());
      resources.put(freq, table);
    }
    String clusters = c.params().get("clusters");
    if (clusters != null && !clusters.equals("none")) {
      String file = NerEval.argOr(ARGS, "--clusters-file", null);
      if (file == null) {
        resources.put(clusters, bundledClassTable());
      } else if (file.equals("ppmi")) {
        resources.put(clusters, BuildWordClusters.clusters(NerCorpus.fromArgs(ARGS).shared()));
      } else {
        resources.put(clusters, classTable(file));
      }
    }
    String shape = c.params().get("nameShape");
    if (shape != null && !shape.equals("none")) {
      resources.put(shape, nameShapeModel());
    }
    if (c.crf()) {
      if (augment) {
        throw new IllegalArgumentException("--aux-domain is implemented for OpenNLP trainers");
      }
      if (resources.size() > (table == null ? 0 : 1)) {
        throw new IllegalArgumentException("a CRF model carries only a frequency table");
      }
      CrfModel m = CrfTrainer.train(set.all(), descriptor(c), table == null ? "" : freq, table,
          CrfTrainer.Settings.of(c.trainer(), c.iterations(), c.cutoff()));
      return new Trained(m.finder(), m::write, m);
    }
    TokenNameFinderModel m = augment
        ? NerTrainer.trainAugmented(set.anercorp(), set.extra(), descriptor(c), resources,
            c.algorithm(), c.iterations(), c.cutoff(), c.trainer())
        : NerTrainer.train(set.all(), descriptor(c), resources, c.algorithm(), c.iterations(),
            c.cutoff(), c.trainer());
    return new Trained(ArabicNameFinder.of(m), m::serialize, null);
  }

  /**
   * Training sentences by corpus: the ANERcorp part and each extra corpus under the feature
   * prefix it gets when augmented ({@code aq:} AQMAR, {@code wj:} Wojood), in training order.
   */
  public record TrainingSet(List<TaggedSentence> anercorp,
      Map<String, List<TaggedSentence>> extra) {

    public TrainingSet {
      anercorp = List.copyOf(anercorp);
      extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** All sentences, ANERcorp first, as plain training uses them. */
    public List<TaggedSentence> all() {
      List<TaggedSentence> all = new ArrayList<>(anercorp);
      extra.values().forEach(all::addAll);
      return all;
    }
  }

  /** The training set of a configuration: the given ANERcorp part plus the extra corpora. */
  public static TrainingSet trainingSet(Config c, NerCorpus corpus,
      List<TaggedSentence> anercorp) throws IOException {
    Map<String, List<TaggedSentence>> extra = new LinkedHashMap<>();
    if (c.aqmar()) {
      extra.put("aq:", corpus.aqmar());
    }
    if (c.wojood()) {
      extra.put("wj:", corpus.wojood());
    }
    if (!c.wikifane().equals("none")) {
      extra.put("wf:", WikiFane.read(corpus.shared(), c.wikifane().equals("rejoined")));
    }
    if (c.newsSilver() > 0) {
      extra.put("nw:", withoutHeldOutNames(NewsSilver.read(corpus.shared(), c.newsSilver()),
          corpus.anercorpTrainAll(), anercorp));
    }
    return new TrainingSet(anercorp, extra);
  }

  /**
   * The silver sentences without those that name an entity of the ANERcorp sentences held out of
   * {@code training} (the dev split when tuning): the silver is tagged by the bundled model, which
   * was trained on all of train.txt, and must not carry the dev split's names into a model scored
   * on it. With all of train.txt in training nothing is dropped.
   */
  static List<TaggedSentence> withoutHeldOutNames(List<TaggedSentence> silver,
      List<TaggedSentence> all, List<TaggedSentence> training) {
    java.util.Set<String> seen = entityTexts(training);
    java.util.Set<String> heldOut = entityTexts(all);
    heldOut.removeAll(seen);
    List<TaggedSentence> out = new ArrayList<>();
    for (TaggedSentence s : silver) {
      java.util.Set<String> names = entityTexts(List.of(s));
      names.retainAll(heldOut);
      if (names.isEmpty()) {
        out.add(s);
      }
    }
    System.err.printf("news silver: %d of %d sentences kept after dropping held-out names%n",
        out.size(), silver.size());
    return out;
  }

  private static java.util.Set<String> entityTexts(List<TaggedSentence> sentences) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (TaggedSentence s : sentences) {
      for (opennlp.tools.util.Span e : NerCorpus.entities(s.tags())) {
        out.add(String.join(" ", s.tokens().subList(e.getStart(), e.getEnd())));
      }
    }
    return out;
  }

  private static final Map<String, io.khabar.ner.WordClusters> CLASS_TABLES =
      new java.util.HashMap<>();

  /** A class table file ({@link io.khabar.ner.WordClusters#read}), read once per run. */
  static synchronized io.khabar.ner.WordClusters classTable(String file) throws IOException {
    io.khabar.ner.WordClusters t = CLASS_TABLES.get(file);
    if (t == null) {
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(
          java.nio.file.Path.of(file))) {
        t = io.khabar.ner.WordClusters.read(in);
      }
      CLASS_TABLES.put(file, t);
    }
    return t;
  }

  /** The word-class table inside the bundled model (the one on the class path). */
  static io.khabar.ner.WordClusters bundledClassTable() throws IOException {
    TokenNameFinderModel m = ArabicNameFinder.loadDefault().model();
    Object t = m == null ? null : m.getArtifact(io.khabar.ner.WordClusters.ARTIFACT);
    if (!(t instanceof io.khabar.ner.WordClusters w)) {
      throw new IOException("the bundled model carries no word-class table: give --clusters-file");
    }
    return w;
  }

  private static io.khabar.experiment.NameShapeModel nameShape;

  /**
   * The character model of the {@code ns…} features, built once per run from the shared corpora,
   * the knowledge base and the given-name lexicon with the {@code --shape-…} options of {@link
   * BuildNameShape#fromArgs}.
   */
  static synchronized io.khabar.experiment.NameShapeModel nameShapeModel() throws IOException {
    if (nameShape == null) {
      nameShape = BuildNameShape.fromArgs(NerCorpus.fromArgs(ARGS), ARGS);
    }
    return nameShape;
  }

  /** The command line, for the corpus location when clusters are built. */
  private static String[] ARGS = new String[0];

  /** Sets the command line that {@link #train} reads corpus paths and table options from. */
  static void useArgs(String[] args) {
    ARGS = args.clone();
  }

  public static void main(String[] args) throws IOException {
    ARGS = args;
    Config c = Config.parse(args);
    NerCorpus corpus = NerCorpus.fromArgs(args);
    TrainingSet train = trainingSet(c, corpus, corpus.trainSplit());
    long t0 = System.nanoTime();
    Trained model = train(c, train);
    double secs = (System.nanoTime() - t0) / 1e9;
    ArabicNameFinder finder = model.finder();
    NerEval.Result r = NerEval.evaluate(finder, corpus.trainSplit(), corpus.devSplit(), false);
    String errors = NerEval.argOr(args, "--errors", null);
    if (errors != null) {
      writeErrors(finder, corpus.devSplit(), java.nio.file.Path.of(errors));
    }
    if (java.util.Arrays.asList(args).contains("--doc")) {
      var d = NerEval.score(finder, corpus.devSplit(), true);
      System.out.printf(Locale.ROOT, "DEV-AS-DOCUMENT micro-F1 %.2f (P %.2f R %.2f)%n",
          100 * d.microF1(), 100 * d.microPrecision(), 100 * d.microRecall());
    }
    String window = NerEval.argOr(args, "--doc-window", null);
    if (window != null) {
      for (String w : window.split(",")) {
        var d = NerEval.score(finder, corpus.devSplit(), Integer.parseInt(w));
        System.out.printf(Locale.ROOT, "DEV-DOC-WINDOW %s micro-F1 %.2f (P %.2f R %.2f)%n", w,
            100 * d.microF1(), 100 * d.microPrecision(), 100 * d.microRecall());
      }
    }
    String biases = NerEval.argOr(args, "--o-bias", null);
    if (biases != null && model.crf() != null) {
      for (String b : biases.split(",")) {
        ArabicNameFinder biased = model.crf().withOtherBias(
            Double.parseDouble(b)).finder();
        NerEval.Result rb = NerEval.evaluate(biased, corpus.trainSplit(), corpus.devSplit(), false);
        var d = NerEval.score(biased, corpus.devSplit(), 20);
        System.out.printf(Locale.ROOT, "O-BIAS %s DEV micro-F1 %.2f (P %.2f R %.2f) unseenR %.1f"
                + " doc20 %.2f%n", b, 100 * rb.scores().microF1(),
            100 * rb.scores().microPrecision(), 100 * rb.scores().microRecall(),
            100 * rb.unseenRecall(), 100 * d.microF1());
      }
    }
    String save = NerEval.argOr(args, "--save", null);
    if (save != null) {
      try (var os = java.nio.file.Files.newOutputStream(java.nio.file.Path.of(save))) {
        model.writer().write(os);
      }
    }
    System.out.printf(Locale.ROOT, "CONFIG %s%nDEV micro-F1 %.2f (P %.2f R %.2f) unseenR %.1f "
            + "train %.0fs%n%s", c.summary(), 100 * r.scores().microF1(),
        100 * r.scores().microPrecision(), 100 * r.scores().microRecall(),
        100 * r.unseenRecall(), secs, NerEval.report(r));
  }

  /** Writes each dev sentence with gold and predicted entities where they differ. */
  static void writeErrors(ArabicNameFinder finder, List<TaggedSentence> dev, java.nio.file.Path out)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    for (TaggedSentence s : dev) {
      var gold = new java.util.HashSet<>(NerCorpus.entities(s.tags()));
      var pred = new java.util.HashSet<opennlp.tools.util.Span>();
      for (var n : finder.find(s.tokenArray())) {
        pred.add(new opennlp.tools.util.Span(n.start(), n.end(), n.type()));
      }
      if (gold.equals(pred)) {
        continue;
      }
      sb.append(String.join(" ", s.tokens())).append('\n');
      for (var g : gold) {
        if (!pred.contains(g)) {
          sb.append("  MISSED ").append(g.getType()).append(' ')
              .append(String.join(" ", s.tokens().subList(g.getStart(), g.getEnd()))).append('\n');
        }
      }
      for (var p : pred) {
        if (!gold.contains(p)) {
          sb.append("  FALSE  ").append(p.getType()).append(' ')
              .append(String.join(" ", s.tokens().subList(p.getStart(), p.getEnd()))).append('\n');
        }
      }
    }
    java.nio.file.Files.writeString(out, sb.toString());
  }
}
