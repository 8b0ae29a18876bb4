package io.khabar.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.khabar.token.CliticSegmenter;
import io.khabar.token.SegmentBuffer;
import io.khabar.token.TokenBuffer;
import io.khabar.token.TokenType;
import io.khabar.token.Tokenizer;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tokenisation of ≥ 5 MB of Arabic news (UTF-8), one operation = every document once, against
 * the peers a Java shop would reach for. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar TokenizerBenchmark -prof gc}.
 *
 * <p>Every method consumes each token (its length or count) so nothing is optimised away, and
 * converts nothing the peer does not need: khabar copies each String into a reused char[] as a
 * caller would, Lucene reads through a Reader, OpenNLP and ICU take the String.
 *
 * <p>On a machine shared with other work JMH's figures for different methods are taken minutes
 * apart under different load; {@link #main} runs the same benchmark methods round-robin instead
 * and reports, per method, the least thread CPU time over the rounds, so that the ratios
 * between methods come from the same moments:
 * {@code java -cp benchmarks/target/benchmarks.jar io.khabar.bench.TokenizerBenchmark [rounds]}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class TokenizerBenchmark {

  static final long CORPUS_BYTES = 5L * 1024 * 1024;

  private List<String> documents;
  private char[] chars = new char[1 << 16];
  private final TokenBuffer tokens = new TokenBuffer();
  private final Tokenizer tokenizer = Tokenizer.get();
  private CliticSegmenter segmenter;
  private final SegmentBuffer segments = new SegmentBuffer();
  /** No memo: every word normalised and scored, the cost of a word never seen before. */
  private final SegmentBuffer unmemoised = new SegmentBuffer(0);

  private StandardTokenizer luceneTokenizer;
  private TokenStream luceneChain;
  private CharTermAttribute luceneTerm;

  private BreakIterator icuWords;

  @Setup(Level.Trial)
  public void load() {
    NewsCorpus corpus = NewsCorpus.load(CORPUS_BYTES);
    documents = corpus.documents();
    System.out.printf("%n# corpus: %d documents, %d chars, %d UTF-8 bytes (%s)%n",
        documents.size(), corpus.chars(), corpus.utf8Bytes(), corpus.source());
    luceneTokenizer = new StandardTokenizer();
    luceneChain = new ArabicNormalizationFilter(luceneTokenizer);
    luceneTerm = luceneChain.addAttribute(CharTermAttribute.class);
    icuWords = BreakIterator.getWordInstance(new ULocale("ar"));
    segmenter = CliticSegmenter.loadDefault();
  }

  private char[] charsOf(String doc) {
    int n = doc.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    doc.getChars(0, n, chars, 0);
    return chars;
  }

  /** khabar: tokens and sentences. */
  @Benchmark
  public long khabarTokenize() {
    long count = 0;
    for (String doc : documents) {
      char[] c = charsOf(doc);
      tokenizer.tokenize(c, 0, doc.length(), tokens);
      count += tokens.size() + tokens.sentenceCount();
    }
    return count;
  }

  /**
   * khabar: tokens and sentences, then each Arabic word normalised (matching form) and split
   * into proclitics, article, stem and enclitic with the lexicon's evidence.
   */
  @Benchmark
  public long khabarSegment() {
    return segmentAll(segments);
  }

  /**
   * As {@link #khabarSegment} with the memo turned off: the cold figure, every Arabic word
   * normalised and scored as if this thread had never seen it. {@code khabarSegment}'s memo
   * persists across operations, as it would across the documents a service thread processes,
   * so after warm-up it answers every word of this corpus (about 41,000 distinct words) from
   * memory.
   */
  @Benchmark
  public long khabarSegmentNoMemo() {
    return segmentAll(unmemoised);
  }

  /** Tokens of every document, each Arabic word segmented into {@code out}: segments counted. */
  private long segmentAll(SegmentBuffer out) {
    long count = 0;
    for (String doc : documents) {
      char[] c = charsOf(doc);
      tokenizer.tokenize(c, 0, doc.length(), tokens);
      for (int t = 0, n = tokens.size(); t < n; t++) {
        if (tokens.type(t) == TokenType.ARABIC) {
          segmenter.segment(c, tokens.start(t), tokens.end(t), out);
          count += out.size();
        } else {
          count++;
        }
      }
    }
    return count;
  }

  /** Lucene StandardTokenizer + ArabicNormalizationFilter, consuming every term. */
  @Benchmark
  public long luceneStandardArabic() throws IOException {
    long count = 0;
    for (String doc : documents) {
      luceneTokenizer.setReader(new StringReader(doc));
      luceneChain.reset();
      while (luceneChain.incrementToken()) {
        count += luceneTerm.length();
      }
      luceneChain.end();
      luceneChain.close();
    }
    return count;
  }

  /** OpenNLP SimpleTokenizer (character-class based), with offsets. */
  @Benchmark
  public long openNlpSimple() {
    long count = 0;
    for (String doc : documents) {
      Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(doc);
      count += spans.length;
    }
    return count;
  }

  /** ICU4J word BreakIterator (UAX #29), counting word boundaries. */
  @Benchmark
  public long icuWordBreak() {
    long count = 0;
    for (String doc : documents) {
      icuWords.setText(doc);
      for (int b = icuWords.next(); b != BreakIterator.DONE; b = icuWords.next()) {
        if (icuWords.getRuleStatus() != BreakIterator.WORD_NONE) {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * Interleaved rounds of khabarTokenize, khabarSegment, luceneStandardArabic, rawCharScan and
   * khabarSegmentNoMemo (default 40 rounds, the first quarter discarded as warm-up); prints the
   * least thread CPU time per method and the ratios of the tokenisation goals.
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    TokenizerBenchmark b = new TokenizerBenchmark();
    b.load();
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    String[] names = {"khabarTokenize", "khabarSegment", "luceneStandardArabic", "rawCharScan",
        "khabarSegmentNoMemo"};
    long[] best = new long[names.length];
    java.util.Arrays.fill(best, Long.MAX_VALUE);
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      for (int m = 0; m < names.length; m++) {
        long t0 = cpu.getCurrentThreadCpuTime();
        sink += switch (m) {
          case 0 -> b.khabarTokenize();
          case 1 -> b.khabarSegment();
          case 2 -> b.luceneStandardArabic();
          case 3 -> b.rawCharScan();
          default -> b.khabarSegmentNoMemo();
        };
        long t = cpu.getCurrentThreadCpuTime() - t0;
        if (r >= rounds / 4) {
          best[m] = Math.min(best[m], t);
        }
      }
    }
    for (int m = 0; m < names.length; m++) {
      System.out.printf("%-22s %8.2f ms (least thread CPU time of %d rounds)%n", names[m],
          best[m] / 1e6, rounds - rounds / 4);
    }
    System.out.printf("khabarTokenize: %.2fx Lucene, %.1f%% of rawCharScan; "
        + "khabarSegment: %.2fx Lucene; khabarSegmentNoMemo: %.2fx Lucene (checksum %d)%n",
        (double) best[2] / best[0], 100.0 * best[3] / best[0], (double) best[2] / best[1],
        (double) best[2] / best[4], sink);
  }

  /** One pass over every char counting ASCII whitespace: the memory-bound limit. */
  @Benchmark
  public long rawCharScan() {
    long count = 0;
    for (String doc : documents) {
      for (int i = 0, n = doc.length(); i < n; i++) {
        char c = doc.charAt(i);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
          count++;
        }
      }
    }
    return count;
  }
}
