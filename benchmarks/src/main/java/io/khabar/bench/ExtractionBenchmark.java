package io.khabar.bench;

import io.khabar.Extraction;
import io.khabar.Extractor;
import io.khabar.ner.ArabicNameFinder;
import io.khabar.token.AnalyzedText;
import io.khabar.token.TokenBuffer;
import io.khabar.token.TokenType;
import io.khabar.token.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole extraction (tokens, entities, time expressions, events, no JSON) on one thread, beside
 * tokenisation alone over the same documents; one operation = every document once. Words are
 * the Arabic and Latin word tokens, printed at setup so that ms/op converts to words/s. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark}.
 *
 * <p>{@code openNlpPeer} is the peer a Java shop would drop in today: OpenNLP's stock {@code
 * NameFinderME} with its default features and default trainer, trained on the same training data
 * as the bundled model ({@link OpenNlpPeer}), over the same sentences as {@code nameFinderOnly},
 * its adaptive data cleared at each document as its documentation asks.
 *
 * <p>{@code corpus=seed}: the six seed documents of {@code ../shared/corpus/seed};
 * {@code corpus=anercorp}: 100 article-sized documents of ANERcorp/AQMAR text; both fall back to
 * the bundled sample article when {@code ../shared} is absent.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Thread)
public class ExtractionBenchmark {

  @Param({"seed", "anercorp"})
  public String corpus;

  /**
   * The name-finder model: "bundled", or the path of another (an earlier release's, for a
   * before/after comparison in one run: {@code -p model=bundled,/tmp/old-ner-ar.bin}).
   */
  @Param({"bundled"})
  public String model;

  /** Name-finder decoding: "khabar" ({@code NameDecoder}) or "opennlp" (NameFinderME). */
  @Param({"khabar"})
  public String decoder;

  private List<String> documents;
  private Extractor extractor;
  private ArabicNameFinder nameFinder;
  /** The corpus's sentences as the name finder sees them, tokenised once in setup. */
  private List<String[]> sentences;
  /** Where each document's sentences begin in {@link #sentences}, for the peer's adaptive data. */
  private List<Integer> documentStarts;
  private opennlp.tools.namefind.NameFinderME peer;
  private final LocalDate published = LocalDate.of(2026, 1, 29);
  private final TokenBuffer tokens = new TokenBuffer();
  private char[] chars = new char[1 << 16];

  @Setup(Level.Trial)
  public void load() throws IOException {
    documents = corpus.equals("seed") ? seed() : anercorp();
    ArabicNameFinder finder = ArabicNameFinder.loadDefault();
    if (!model.equals("bundled")) {
      try (InputStream in = Files.newInputStream(Path.of(model))) {
        finder = ArabicNameFinder.load(in);
      }
    }
    if (decoder.equals("opennlp")) {
      finder = finder.withOpenNlpDecoder();
    }
    extractor = Extractor.builder().nameFinder(finder).build();
    nameFinder = finder;
    sentences = new ArrayList<>();
    documentStarts = new ArrayList<>();
    for (String d : documents) {
      documentStarts.add(sentences.size());
      AnalyzedText text = AnalyzedText.of(d, Tokenizer.get());
      for (int s = 0; s < text.sentenceCount(); s++) {
        // the recogniser's own windows of at most 200 tokens (EntityRecognizer)
        for (int first = text.sentenceStart(s); first < text.sentenceEnd(s); first += 200) {
          int last = Math.min(text.sentenceEnd(s), first + 200);
          String[] tokens = new String[last - first];
          for (int i = first; i < last; i++) {
            tokens[i - first] = text.surface(i);
          }
          sentences.add(tokens);
        }
      }
    }
    try {
      peer = new opennlp.tools.namefind.NameFinderME(OpenNlpPeer.model());
    } catch (IOException | RuntimeException e) {
      // training the peer needs ../shared; the other methods run without it
      System.out.println("# openNlpPeer unavailable: " + e);
      peer = null;
    }
    long words = 0;
    long chars = 0;
    for (String d : documents) {
      chars += d.length();
      TokenBuffer b = new TokenBuffer();
      char[] c = d.toCharArray();
      Tokenizer.get().tokenize(c, 0, c.length, b);
      for (int i = 0; i < b.size(); i++) {
        TokenType t = b.type(i);
        if (t == TokenType.ARABIC || t == TokenType.LATIN) {
          words++;
        }
      }
    }
    System.out.printf("%n# corpus %s: %d documents, %d words, %d chars%n", corpus,
        documents.size(), words, chars);
  }

  private static List<String> seed() throws IOException {
    Path dir = NewsCorpus.sharedDir().resolve("corpus/seed");
    List<String> out = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files.sorted()::iterator) {
          out.add(Files.readString(f));
        }
      }
    }
    return out.isEmpty() ? NewsCorpus.load(1).documents() : out;
  }

  private static List<String> anercorp() {
    List<String> all = NewsCorpus.load(1).documents();
    return all.subList(0, Math.min(100, all.size()));
  }

  @Benchmark
  public long extract() {
    long n = 0;
    for (String d : documents) {
      Extraction x = extractor.extract(d, published);
      n += x.entities().size() + x.events().size() + x.timexes().size();
    }
    return n;
  }

  /** The statistical name finder alone (issue 3's recogniser throughput), over every sentence. */
  @Benchmark
  public long nameFinderOnly() {
    long n = 0;
    for (String[] tokens : sentences) {
      n += nameFinder.find(tokens).size();
    }
    return n;
  }

  /** OpenNLP's stock name finder over the same sentences as {@link #nameFinderOnly}. */
  @Benchmark
  public long openNlpPeer() {
    if (peer == null) {
      throw new IllegalStateException("no peer model: it is trained from ../shared");
    }
    long n = 0;
    int next = 1;
    for (int i = 0; i < sentences.size(); i++) {
      if (next < documentStarts.size() && i == documentStarts.get(next)) {
        peer.clearAdaptiveData();
        next++;
      }
      n += peer.find(sentences.get(i)).length;
    }
    peer.clearAdaptiveData();
    return n;
  }

  @Benchmark
  public long tokenizeOnly() {
    long n = 0;
    for (String d : documents) {
      if (chars.length < d.length()) {
        chars = new char[d.length() * 2];
      }
      d.getChars(0, d.length(), chars, 0);
      Tokenizer.get().tokenize(chars, 0, d.length(), tokens);
      n += tokens.size();
    }
    return n;
  }
}
