package io.khabar.eval;

import io.khabar.ner.ArabicNameFinder;
import io.khabar.ner.NameSpan;
import io.khabar.testdata.conll.TaggedSentence;
import io.khabar.train.NerCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Entity-level evaluation of an Arabic name-finder model on ANERcorp: CoNLL P/R/F1 per type, micro
 * over PERS/LOC/ORG, recall on entities unseen in training, and tagging throughput.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.khabar.eval.NerEval [--shared ../shared]
 *      [--model models/src/main/resources/io/khabar/models/ner-ar.bin] [--split test|dev]
 *      [--decoder fast|opennlp] [--doc-window 20] [--compare other-model.bin]
 * </pre>
 *
 * Without {@code --model} the bundled model is used. Each sentence is tagged independently (as
 * {@link ArabicNameFinder#find} does). Throughput is measured over the whole split after one
 * warm-up pass, best of three timed passes, one thread; {@code --compare} measures another model
 * the same way in the same JVM.
 */
public final class NerEval {

  /** Result of one evaluation. */
  public record Result(NerScores scores, double unseenRecall, int unseenCount,
      double tokensPerSecond) {}

  private NerEval() {}

  public static NerScores score(ArabicNameFinder finder, List<TaggedSentence> sentences) {
    return score(finder, sentences, false);
  }

  /**
   * @param asDocument tag the split as one document ({@link ArabicNameFinder#findInDocument}), so
   *     names found earlier inform later sentences, as during training (ANERcorp has no document
   *     boundaries)
   */
  public static NerScores score(ArabicNameFinder finder, List<TaggedSentence> sentences,
      boolean asDocument) {
    return score(finder, sentences, asDocument ? Math.max(1, sentences.size()) : 0);
  }

  /**
   * @param window with {@code window > 0}, tag each run of {@code window} consecutive sentences
   *     as one document ({@link ArabicNameFinder#findInDocument}): ANERcorp has no document
   *     boundaries, and its sentences are in article order, so a window stands in for an article
   */
  public static NerScores score(ArabicNameFinder finder, List<TaggedSentence> sentences,
      int window) {
    NerScores scores = new NerScores();
    if (window > 0) {
      for (int from = 0; from < sentences.size(); from += window) {
        List<TaggedSentence> doc = sentences.subList(from, Math.min(sentences.size(),
            from + window));
        List<List<NameSpan>> found = finder.findInDocument(
            doc.stream().map(TaggedSentence::tokenArray).toList());
        for (int i = 0; i < doc.size(); i++) {
          scores.add(NerCorpus.entities(doc.get(i).tags()), toSpans(found.get(i)));
        }
      }
      return scores;
    }
    for (TaggedSentence s : sentences) {
      scores.add(NerCorpus.entities(s.tags()), toSpans(finder.find(s.tokenArray())));
    }
    return scores;
  }

  static List<Span> toSpans(List<NameSpan> names) {
    List<Span> out = new ArrayList<>(names.size());
    for (NameSpan n : names) {
      out.add(new Span(n.start(), n.end(), n.type()));
    }
    return out;
  }

  /** Recall on gold entities whose (text, type) never occurs in {@code train}. */
  public static double[] unseenRecall(ArabicNameFinder finder, List<TaggedSentence> train,
      List<TaggedSentence> eval) {
    Set<String> seen = new HashSet<>();
    for (TaggedSentence s : train) {
      for (Span e : NerCorpus.entities(s.tags())) {
        seen.add(key(s, e));
      }
    }
    int unseen = 0;
    int found = 0;
    for (TaggedSentence s : eval) {
      Set<Span> predicted = new HashSet<>(toSpans(finder.find(s.tokenArray())));
      for (Span e : NerCorpus.entities(s.tags())) {
        if (!NerScores.MAIN_TYPES.contains(e.getType()) || seen.contains(key(s, e))) {
          continue;
        }
        unseen++;
        if (predicted.contains(e)) {
          found++;
        }
      }
    }
    return new double[] {unseen == 0 ? 0 : (double) found / unseen, unseen};
  }

  private static String key(TaggedSentence s, Span e) {
    return e.getType() + "|" + String.join(" ", s.tokens().subList(e.getStart(), e.getEnd()));
  }

  public static double throughput(ArabicNameFinder finder, List<TaggedSentence> sentences) {
    List<String[]> arrays = sentences.stream().map(TaggedSentence::tokenArray).toList();
    long tokens = arrays.stream().mapToLong(a -> a.length).sum();
    long sink = 0;
    for (String[] a : arrays) {
      sink += finder.find(a).size(); // warm-up
    }
    long best = Long.MAX_VALUE;
    for (int r = 0; r < 3; r++) {
      long t0 = System.nanoTime();
      for (String[] a : arrays) {
        sink += finder.find(a).size();
      }
      best = Math.min(best, System.nanoTime() - t0);
    }
    if (sink < 0) {
      throw new AssertionError();
    }
    return tokens / (best / 1e9);
  }

  public static Result evaluate(ArabicNameFinder finder, List<TaggedSentence> train,
      List<TaggedSentence> eval, boolean measureSpeed) {
    NerScores scores = score(finder, eval);
    double[] u = unseenRecall(finder, train, eval);
    double tps = measureSpeed ? throughput(finder, eval) : Double.NaN;
    return new Result(scores, u[0], (int) u[1], tps);
  }

  public static String report(Result r) {
    return r.scores().table()
        + String.format(Locale.ROOT, "unseen-in-train entities (PERS/LOC/ORG): %d, recall %.1f%n",
            r.unseenCount(), 100 * r.unseenRecall())
        + (Double.isNaN(r.tokensPerSecond()) ? ""
            : String.format(Locale.ROOT, "throughput: %.0f tokens/s (1 thread, after warm-up)%n",
                r.tokensPerSecond()));
  }

  public static void main(String[] args) throws IOException {
    NerCorpus corpus = NerCorpus.fromArgs(args);
    String model = arg(args, "--model", null);
    String split = arg(args, "--split", "test");
    ArabicNameFinder finder = finder(model);
    if ("opennlp".equals(arg(args, "--decoder", "fast"))) {
      finder = finder.withOpenNlpDecoder();
    }
    List<TaggedSentence> train = split.equals("dev") ? corpus.trainSplit()
        : corpus.anercorpTrainAll();
    List<TaggedSentence> eval = split.equals("dev") ? corpus.devSplit() : corpus.test();
    System.out.println("ANERcorp " + split + " (" + eval.size() + " sentences, "
        + eval.stream().mapToInt(TaggedSentence::size).sum() + " tokens), model "
        + (model == null ? ArabicNameFinder.DEFAULT_MODEL : model) + ", decoder "
        + (finder.isExternal() ? "khabar CRF Viterbi (CrfDecoder)"
            : finder.fastDecoder() ? "khabar (NameDecoder)" : "OpenNLP NameFinderME"));
    System.out.print(report(evaluate(finder, train, eval, true)));
    String compare = arg(args, "--compare", null);
    if (compare != null) {
      ArabicNameFinder other;
      try (InputStream in = Files.newInputStream(Path.of(compare))) {
        other = io.khabar.experiment.CrfModel.load(in);
      }
      double a = throughput(finder, eval);
      double b = throughput(other, eval);
      System.out.printf(Locale.ROOT, "throughput, same JVM, one after the other: this model %.0f "
          + "tokens/s, %s %.0f tokens/s (ratio %.2f)%n", a, compare, b, a / b);
    }
    int window = Integer.parseInt(arg(args, "--doc-window", "0"));
    if (window > 0) {
      NerScores d = score(finder, eval, window);
      System.out.printf(Locale.ROOT, "as documents of %d consecutive sentences (name consistency "
          + "pass):%n%s", window, d.table());
    }
  }

  /** The model file at {@code path}, or the bundled model when {@code path} is null. */
  static ArabicNameFinder finder(String path) throws IOException {
    if (path == null) {
      return ArabicNameFinder.loadDefault();
    }
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      return io.khabar.experiment.CrfModel.load(in);
    }
  }

  /** The value after {@code name} in {@code args}, else {@code def}. */
  public static String argOr(String[] args, String name, String def) {
    return arg(args, name, def);
  }

  static String arg(String[] args, String name, String def) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return def;
  }
}
