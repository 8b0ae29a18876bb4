package io.khabar.train;

import io.khabar.experiment.CrfModel;
import io.khabar.eval.NerEval;
import io.khabar.eval.NerScores;
import io.khabar.ner.ArabicNameFinder;
import io.khabar.ner.FeatureResources;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Trains the bundled Arabic NER model and writes it with a sidecar describing it.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar io.khabar.train.TrainNer \
 *      [--shared ../shared] [--out models/src/main/resources/io/khabar/models] [tuning flags]
 * </pre>
 *
 * Tuning flags are those of {@link NerExperiment} (defaults = the chosen configuration). Steps:
 * train on the ANERcorp train split and score the development split (last 10% of train.txt);
 * retrain on all of train.txt (plus AQMAR with {@code --aqmar}); score test.txt once for the
 * report; write {@code ner-ar.bin} and {@code ner-ar.md}. With {@code --parallel} the first two
 * trainings run at once on two threads (same results, about half the wall time on two cores).
 */
public final class TrainNer {

  /** The configuration chosen on the development split (see ner-ar.md for the ablations). */
  public static final String[] CHOSEN = {
      "--set", "frequencies=" + io.khabar.ner.WordFrequencies.ARTIFACT,
      "--set", "stemmer=article",
      "--set", "charNgrams=false",
      "--set", "gazetteer=kb-phrases",
      "--no-prevmap",
      // word classes of the form and stem at the finest granularity (1024), from the table the
      // bundled model carries (ner-ar-classes.md; --clusters-file FILE for a new table)
      "--set", "clusters=" + io.khabar.ner.WordClusters.ARTIFACT,
      "--set", "clusterLevels=2",
      // WikiFANE with feature augmentation, then magnitude pruning (ner-ar.md: dev 75.2 without
      // WikiFANE, 77.6 with it, 76.6 pruned to a sixth of its predicates for size and cold start)
      "--wikifane", "--aux-domain", "--param", NerTrainer.MIN_WEIGHT + "=3"};

  /** Sentences per pseudo-document for the document-level figure (ANERcorp has no boundaries). */
  static final int DOC_WINDOW = 20;

  private TrainNer() {}

  public static void main(String[] args) throws IOException {
    String[] effective = args.length == 0 || onlyPaths(args) ? concat(CHOSEN, args) : args;
    NerExperiment.Config c = NerExperiment.Config.parse(effective);
    NerExperiment.useArgs(effective);
    NerCorpus corpus = NerCorpus.fromArgs(args);
    Path out = Path.of(NerEval.argOr(args, "--out", "models/src/main/resources/io/khabar/models"));
    Files.createDirectories(out);

    // --parallel: the dev-split model trains on a second thread while the final one trains (two
    // cores; the results are those of the sequential run, each training being deterministic)
    boolean parallel = java.util.Arrays.asList(args).contains("--parallel");
    java.util.concurrent.Callable<NerEval.Result> devRun = () -> {
      System.err.println("[1/3] training on train split, scoring dev: " + c.summary());
      NerExperiment.TrainingSet trainSplit = NerExperiment.trainingSet(c, corpus,
          corpus.trainSplit());
      NerEval.Result r = NerEval.evaluate(NerExperiment.train(c, trainSplit).finder(),
          corpus.trainSplit(), corpus.devSplit(), false);
      System.err.print(NerEval.report(r));
      return r;
    };
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    java.util.concurrent.Future<NerEval.Result> devFuture = parallel ? pool.submit(devRun) : null;
    NerEval.Result dev;
    try {
      dev = parallel ? null : devRun.call();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }

    Path bin = out.resolve("ner-ar.bin");
    ArabicNameFinder previous = null; // the model being replaced, for the throughput ratio
    if (Files.exists(bin)) {
      try (var in = Files.newInputStream(bin)) {
        previous = CrfModel.load(in);
      }
    }

    System.err.println("[2/3] training on all of train.txt");
    NerExperiment.TrainingSet trainAll = NerExperiment.trainingSet(c, corpus,
        corpus.anercorpTrainAll());
    long t0 = System.nanoTime();
    NerExperiment.Trained model = NerExperiment.train(c, trainAll);
    double trainSecs = (System.nanoTime() - t0) / 1e9;
    if (parallel) {
      try {
        dev = devFuture.get();
      } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
        throw new IOException("the dev-split training failed", e);
      }
    }
    pool.shutdown();
    try (OutputStream os = Files.newOutputStream(bin)) {
      model.writer().write(os);
    }

    System.err.println("[3/3] scoring test.txt");
    ArabicNameFinder finder;
    try (var in = Files.newInputStream(bin)) {
      finder = CrfModel.load(in); // what users get: the model read back from disk
    }
    NerEval.Result test = NerEval.evaluate(finder, corpus.anercorpTrainAll(), corpus.test(), true);
    System.out.print(NerEval.report(test));
    NerScores testDoc = NerEval.score(finder, corpus.test(), DOC_WINDOW);
    String speed;
    if (finder.isExternal()) {
      long t1 = System.nanoTime();
      try (var in = Files.newInputStream(bin)) {
        CrfModel.load(in);
      }
      double loadMs = (System.nanoTime() - t1) / 1e6;
      double crfTps = NerEval.throughput(finder, corpus.test());
      speed = String.format(Locale.ROOT, "Tagging throughput on test (one thread, best of 3 "
          + "passes after warm-up): CRF Viterbi (`CrfDecoder`) %.0f tokens/s", crfTps);
      if (previous != null && !previous.isExternal()) {
        double oldTps = NerEval.throughput(previous, corpus.test());
        speed += String.format(Locale.ROOT, "; the perceptron model it replaced, decoded by "
            + "`NameDecoder` in the same JVM, %.0f tokens/s (CRF/perceptron %.2f×)", oldTps,
            crfTps / oldTps);
      }
      speed += String.format(Locale.ROOT, ". Model load (second load in the JVM): %.0f ms.%n",
          loadMs);
    } else {
      double openNlpTps = NerEval.throughput(finder.withOpenNlpDecoder(), corpus.test());
      double fastTps = NerEval.throughput(finder, corpus.test());
      speed = String.format(Locale.ROOT, "Tagging throughput on test, same JVM, one after the "
          + "other: OpenNLP NameFinderME %.0f tokens/s, khabar NameDecoder %.0f tokens/s "
          + "(%.2f×).%n", openNlpTps, fastTps, fastTps / openNlpTps);
    }

    String md = sidecar(c, effective, dev, test, trainSecs, Files.size(bin)) + String.format(
        Locale.ROOT, "%nTest as documents of %d consecutive sentences (`ArabicNameFinder"
            + "#findInDocument`, name consistency pass; `NerEval --doc-window %d`):%n%n```%n%s```%n"
            + "%n%s", DOC_WINDOW, DOC_WINDOW, testDoc.table(), speed);
    Files.writeString(out.resolve("ner-ar.md"), md, StandardCharsets.UTF_8);
    System.err.println("wrote " + bin + " (" + Files.size(bin) + " bytes) and ner-ar.md");
  }

  private static boolean onlyPaths(String[] args) {
    for (int i = 0; i < args.length; i += 2) {
      if (args[i].equals("--parallel")) {
        i--; // a flag without a value
        continue;
      }
      if (!(args[i].equals("--shared") || args[i].equals("--out")
          || args[i].equals("--clusters-file"))) {
        return false;
      }
    }
    return true;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static String sidecar(NerExperiment.Config c, String[] args, NerEval.Result dev,
      NerEval.Result test, double trainSecs, long bytes) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.crf()
        ? "# ner-ar.bin — Arabic named-entity model (linear-chain CRF, `io.khabar.experiment.CrfModel`)\n\n"
        : "# ner-ar.bin — Arabic named-entity model (OpenNLP name finder)\n\n");
    sb.append("Generated by `io.khabar.train.TrainNer` on ").append(LocalDate.now()).append(".\n\n");
    sb.append("- **Corpus**: ANERcorp (Benajiba et al. 2007; CAMeL Lab split, Obeid et al. 2020), ")
        .append("`train.txt` (all of it for the final model)");
    if (c.aqmar()) {
      sb.append(" + AQMAR Arabic Wikipedia NER corpus (Mohit et al. 2012, all 28 articles)");
    }
    if (c.wojood()) {
      sb.append(" + the public Wojood sample (Jarrar et al. 2022), train and val splits, outermost "
          + "PERS/ORG kept, GPE and LOC as LOC, all else O");
    }
    if (!c.wikifane().equals("none")) {
      sb.append(" + WikiFANE Gold 2014 (Alotaibi and Lee, COLING 2014), its 50 fine types mapped "
          + "to PERS/LOC/ORG/MISC/O as `io.khabar.train.WikiFane` states, split clitics "
          + (c.wikifane().equals("rejoined") ? "rejoined to their words" : "left split"));
    }
    if (c.newsSilver() > 0) {
      sb.append(" + self-training sentences of ").append(c.newsSilver()).append(" news_ant articles "
          + "(economy, sport, technology, culture; never those of the news gold sets) tagged by the "
          + "whole recogniser with the model this one replaced, kept where the name finder alone "
          + "and the recogniser agree (`io.khabar.train.NewsSilver`)");
    }
    sb.append(".\n- **Licence of the training data**: ANERcorp CC BY-SA 4.0");
    if (c.aqmar()) {
      sb.append("; AQMAR CC BY-SA 3.0");
    }
    if (c.wojood()) {
      sb.append("; Wojood sample MIT");
    }
    if (!c.wikifane().equals("none")) {
      sb.append("; WikiFANE CC BY-SA 3.0");
    }
    if (c.newsSilver() > 0) {
      sb.append("; ANT Corpus news Apache-2.0 (cite the ANT Corpus authors)");
    }
    sb.append(". The model is a derived work of the corpus; attribute as above.\n");
    sb.append("- **Types**: PERS, LOC, ORG, MISC (BIO codec).\n");
    if (c.crf()) {
      sb.append("- **Learner**: first-order linear-chain CRF over the outcome-independent features, ")
          .append("BIO-invalid transitions masked; negative log-likelihood + c2/2·‖w‖² + c1·‖w‖₁, ")
          .append("L-BFGS/OWL-QN (`io.khabar.train.CrfTrainer`); weights below the pruning ")
          .append("threshold dropped from the file; decoded by Viterbi (`CrfDecoder`), a name's ")
          .append("probability is the mean marginal of its tokens' labels.\n");
    }
    sb.append("- **Training**: ").append(c.summary()).append(String.format(Locale.ROOT,
        "; %.0f s on the shared 2-core machine; %d bytes.%n", trainSecs, bytes));
    sb.append("- **Features**: `io.khabar.ner.ArabicFeatureGenerator` (matching form, proclitic ")
        .append("stem, stem prefixes/suffixes, ")
        .append("false".equals(c.params().get("charNgrams")) ? "" : "character n-grams, ")
        .append("shape, neighbour stems ±window, ")
        .append("cue words incl. the given-name lexicon `lexicon/given-names.txt`, rarity in ")
        .append("the training text, ")
        .append(c.params().getOrDefault("clusters", "none").equals("none") ? ""
            : "word classes from unlabelled text of the form and stem of the token and its "
                + "neighbours (`" + c.params().get("clusters") + "`, levels "
                + c.params().getOrDefault("clusterLevels", "all") + ", window "
                + c.params().getOrDefault("clusterWindow", "1") + "; `ner-ar-classes.md`), ")
        .append(c.params().getOrDefault("nameTokens", "none").equals("none") ? ""
            : "the person-name token lexicon `" + c.params().get("nameTokens")
                + "` (Arabic column of `kb/name-tokens.tsv`, `NameTokenLexicon`) of the token "
                + "and its neighbours, ")
        .append(c.params().getOrDefault("gazetteer", "none").startsWith("kb")
            ? "knowledge-base gazetteer `" + c.params().get("gazetteer") + "` (`KbGazetteer`)"
            : "no gazetteer")
        .append(") + OpenNLP ")
        .append(c.previousMap() ? "previous-map, " : "").append("token bigram and ")
        .append("sentence-begin generators. The features read the bundled knowledge base and ")
        .append("lexicons at tagging time: retrain with this command when they change. ")
        .append("Dev-split ablations: `ner-ar-ablations.md`. ")
        .append("Descriptor:\n\n```xml\n")
        .append(new String(NerExperiment.descriptor(c), StandardCharsets.UTF_8)).append("```\n\n");
    boolean nameTokens = !c.params().getOrDefault("nameTokens", "none").equals("none");
    sb.append("- **Feature resources**: fingerprint `")
        .append(FeatureResources.fingerprint(nameTokens))
        .append(nameTokens ? "` of the knowledge base, given-name lexicon and name-token lexicon "
            + "(Arabic tokens) it was trained with " : "` of the knowledge base and given-name "
            + "lexicon it was trained with ")
        .append("(`io.khabar.ner.FeatureResources`; a test fails when they change without a ")
        .append("retrain).\n");
    sb.append("- **Command** (from the repository root, after ")
        .append("`mvn -B -q -pl benchmarks -am package -DskipTests`):\n\n")
        .append("```\njava -Xmx4g -cp benchmarks/target/benchmarks.jar io.khabar.train.TrainNer")
        .append(" --shared ../shared ").append(String.join(" ", args).replaceAll(
            "--shared \\S+ ?", "")).append("\n```\n\n");
    sb.append("## Development split (last 10% of train.txt; model trained on the other 90%)\n\n```\n")
        .append(NerEval.report(dev)).append("```\n\n");
    sb.append("## Test (test.txt, final model; reported once, never tuned on)\n\n```\n")
        .append(NerEval.report(test)).append("```\n\n");
    sb.append("Baseline (OpenNLP default features, same split): micro-F1 51.7 (P 70.6, R 40.8).\n");
    return sb.toString();
  }
}
