package io.khabar.token;

import com.google.common.collect.ImmutableList;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.NormalizedBuffer;
import io.khabar.text.Span;
import io.khabar.text.TokenSequence;
import java.util.List;
import java.util.Objects;

/**
 * A text tokenised once, with what every later stage reads: token offsets and types, sentence
 * boundaries, and each token's matching form with its map back to the original chars.
 *
 * <p>It is the {@link TokenSequence} that phrase matching (names, titles, triggers) runs over.
 * Built per document by one thread; read-only afterwards.
 */
public final class AnalyzedText implements TokenSequence {

  private final String text;
  private final TokenBuffer tokens;
  private final NormalizedBuffer forms;
  /** forms index of each token's first matching-form char; formStart[n] = forms.length(). */
  private final int[] formStart;
  private final String[] formStrings;
  private final int[] sentenceOfToken;
  private final ImmutableList<Span> sentences;

  private AnalyzedText(String text, TokenBuffer tokens, NormalizedBuffer forms, int[] formStart,
      int[] sentenceOfToken, ImmutableList<Span> sentences) {
    this.text = text;
    this.tokens = tokens;
    this.forms = forms;
    this.formStart = formStart;
    this.formStrings = new String[tokens.size()];
    this.sentenceOfToken = sentenceOfToken;
    this.sentences = sentences;
  }

  /** Tokenises and normalises {@code text}. */
  public static AnalyzedText of(String text, Tokenizer tokenizer) {
    Objects.requireNonNull(text, "text");
    char[] chars = text.toCharArray();
    TokenBuffer raw = new TokenBuffer();
    tokenizer.tokenize(chars, 0, chars.length, raw);
    TokenBuffer tokens = splitCompounds(chars, raw);
    int n = tokens.size();
    NormalizedBuffer forms = new NormalizedBuffer(chars.length + 16);
    int[] formStart = new int[n + 1];
    ArabicNormalizer normalizer = ArabicNormalizer.get();
    for (int i = 0; i < n; i++) {
      formStart[i] = forms.length();
      normalizer.normalize(chars, tokens.start(i), tokens.end(i), forms);
    }
    formStart[n] = forms.length();
    int[] sentenceOfToken = new int[n];
    ImmutableList.Builder<Span> sentences = ImmutableList.builder();
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      int first = tokens.sentenceStart(s);
      int last = tokens.sentenceEnd(s);
      for (int t = first; t < last; t++) {
        sentenceOfToken[t] = s;
      }
      if (last > first) {
        sentences.add(new Span(tokens.start(first), tokens.end(last - 1)));
      }
    }
    return new AnalyzedText(text, tokens, forms, formStart, sentenceOfToken, sentences.build());
  }

  /**
   * Words joined by a hyphen (قمة بوتين-الشرع) stay one token for the tokeniser, but each part
   * is a word of its own for matching names and triggers: the compound becomes part, hyphen,
   * part. Sentences keep their boundaries.
   */
  private static TokenBuffer splitCompounds(char[] chars, TokenBuffer in) {
    boolean any = false;
    for (int i = 0; i < in.size() && !any; i++) {
      any = isCompound(chars, in, i);
    }
    if (!any) {
      return in;
    }
    TokenBuffer out = new TokenBuffer();
    int sentence = 0;
    for (int i = 0; i < in.size(); i++) {
      if (sentence < in.sentenceCount() && in.sentenceStart(sentence) == i) {
        out.startSentence(out.size());
        sentence++;
      }
      boolean lineBreak = in.followsLineBreak(i);
      if (!isCompound(chars, in, i)) {
        out.add(in.start(i), in.end(i), in.type(i).ordinal(), lineBreak);
        continue;
      }
      int from = in.start(i);
      for (int k = in.start(i); k < in.end(i); k++) {
        if (chars[k] == '-') {
          if (k > from) {
            out.add(from, k, in.type(i).ordinal(), lineBreak);
            lineBreak = false;
          }
          out.add(k, k + 1, TokenType.PUNCTUATION.ordinal(), false);
          from = k + 1;
        }
      }
      if (from < in.end(i)) {
        out.add(from, in.end(i), in.type(i).ordinal(), false);
      }
    }
    return out;
  }

  private static boolean isCompound(char[] chars, TokenBuffer b, int i) {
    if (b.type(i) != TokenType.ARABIC) {
      return false;
    }
    for (int k = b.start(i) + 1; k < b.end(i) - 1; k++) {
      if (chars[k] == '-') {
        return true;
      }
    }
    return false;
  }

  public String text() {
    return text;
  }

  @Override
  public int size() {
    return tokens.size();
  }

  @Override
  public CharSequence matchingForm(int i) {
    return form(i);
  }

  /** The matching form of token {@code i} as a string (cached). */
  public String form(int i) {
    String f = formStrings[i];
    if (f == null) {
      f = new String(forms.chars(), formStart[i], formStart[i + 1] - formStart[i]);
      formStrings[i] = f;
    }
    return f;
  }

  public int start(int i) {
    return tokens.start(i);
  }

  public int end(int i) {
    return tokens.end(i);
  }

  public TokenType type(int i) {
    return tokens.type(i);
  }

  /** The token as written. */
  public String surface(int i) {
    return text.substring(tokens.start(i), tokens.end(i));
  }

  /** True for Arabic, Latin and abbreviation tokens: what a name can be made of. */
  public boolean isWord(int i) {
    TokenType t = tokens.type(i);
    return t == TokenType.ARABIC || t == TokenType.LATIN || t == TokenType.ABBREVIATION;
  }

  /**
   * Original index of matching-form char {@code k} of token {@code i}; {@code k} may equal the
   * form's length (then the token end).
   */
  public int originalIndex(int i, int k) {
    int idx = formStart[i] + k;
    if (k < 0 || idx > formStart[i + 1]) {
      throw new IndexOutOfBoundsException("char " + k + " of token " + i);
    }
    return idx == formStart[i + 1] ? tokens.end(i) : forms.source(idx);
  }

  /** The original span of tokens {@code [from, to)}, skipping {@code stripped} form chars of the first. */
  public Span span(int from, int to, int stripped) {
    return new Span(originalIndex(from, stripped), tokens.end(to - 1));
  }

  public List<Span> sentences() {
    return sentences;
  }

  public int sentenceOf(int token) {
    return sentenceOfToken[token];
  }

  @Override
  public boolean startsSentence(int i) {
    return i > 0 && sentenceOfToken[i] != sentenceOfToken[i - 1];
  }

  public int sentenceCount() {
    return tokens.sentenceCount();
  }

  /** First token of sentence {@code s}. */
  public int sentenceStart(int s) {
    return tokens.sentenceStart(s);
  }

  /** Just past the last token of sentence {@code s}. */
  public int sentenceEnd(int s) {
    return tokens.sentenceEnd(s);
  }

  /** Index of the first token starting at or after char {@code offset} (binary search). */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.start(mid) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
