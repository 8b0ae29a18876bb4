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
    long count = 0;
    for (String doc : documents) {
      char[] c = charsOf(doc);
      tokenizer.tokenize(c, 0, doc.length(), tokens);
      for (int t = 0, n = tokens.size(); t < n; t++) {
        if (tokens.type(t) == TokenType.ARABIC) {
          segmenter.segment(c, tokens.start(t), tokens.end(t), segments);
          count += segments.size();
        } else {
          count++;
        }
      }
    }
    return count;
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
    long count = 0;
    for (String doc : documents) {
      char[] c = charsOf(doc);
      tokenizer.tokenize(c, 0, doc.length(), tokens);
      for (int t = 0, n = tokens.size(); t < n; t++) {
        if (tokens.type(t) == TokenType.ARABIC) {
          segmenter.segment(c, tokens.start(t), tokens.end(t), unmemoised);
          count += unmemoised.size();
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
