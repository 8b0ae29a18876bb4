package io.khabar.bench;

import io.khabar.testdata.conll.TaggedSentence;
import io.khabar.train.NerCorpus;
import io.khabar.train.NerExperiment;
import io.khabar.train.TrainNer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The benchmark's peer: OpenNLP's stock name finder, its default feature generators and default
 * training parameters ({@link TrainingParameters#defaultParams()}), trained on the training data
 * of the bundled model's configuration ({@link TrainNer#CHOSEN}: ANERcorp {@code train.txt} and
 * the extra corpora that configuration names). Trained once and kept in {@code
 * benchmarks/target/opennlp-peer-ner.bin} (or {@code -Dkhabar.peerModel=FILE}), so that
 * benchmark forks do not each spend minutes training; delete the file after the configuration
 * changes. Training needs {@code ../shared} (the bundled model's training data).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.khabar.bench.OpenNlpPeer [--shared ../shared]
 * </pre>
 */
public final class OpenNlpPeer {

  private OpenNlpPeer() {}

  static Path file() {
    return Path.of(System.getProperty("khabar.peerModel", "benchmarks/target/opennlp-peer-ner.bin"));
  }

  /** The cached peer model, trained first when the file is missing. */
  public static synchronized TokenNameFinderModel model() throws IOException {
    Path f = file();
    if (!Files.exists(f)) {
      TokenNameFinderModel m = train(NewsCorpus.sharedDir().toString());
      if (f.toAbsolutePath().getParent() != null) {
        Files.createDirectories(f.toAbsolutePath().getParent());
      }
      try (OutputStream os = Files.newOutputStream(f)) {
        m.serialize(os);
      }
      return m;
    }
    try (InputStream in = Files.newInputStream(f)) {
      return new TokenNameFinderModel(in);
    }
  }

  /** Trains the stock name finder on the chosen configuration's training sentences. */
  public static TokenNameFinderModel train(String shared) throws IOException {
    NerExperiment.Config c = NerExperiment.Config.parse(TrainNer.CHOSEN);
    NerCorpus corpus = new NerCorpus(Path.of(shared));
    List<TaggedSentence> all = NerExperiment.trainingSet(c, corpus, corpus.anercorpTrainAll())
        .all();
    return NameFinderME.train("ar", null,
        ObjectStreamUtils.createObjectStream(NerCorpus.toSamples(all)),
        TrainingParameters.defaultParams(), new TokenNameFinderFactory());
  }

  public static void main(String[] args) throws IOException {
    String shared = args.length >= 2 && args[0].equals("--shared") ? args[1]
        : NewsCorpus.sharedDir().toString();
    long t0 = System.nanoTime();
    TokenNameFinderModel m = train(shared);
    try (OutputStream os = Files.newOutputStream(file())) {
      m.serialize(os);
    }
    System.err.printf("trained in %.0f s -> %s%n", (System.nanoTime() - t0) / 1e9, file());
  }
}
