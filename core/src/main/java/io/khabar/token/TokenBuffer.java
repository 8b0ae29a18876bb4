package io.khabar.token;

import java.util.Arrays;
import java.util.Objects;

/**
 * The tokens and sentences of one text, in primitive arrays that are reused from call to call.
 *
 * <p>Token {@code i} covers chars {@code [start(i), end(i))} of the array given to
 * {@link Tokenizer#tokenize(char[], int, int, TokenBuffer)}. Sentence {@code s} is the token
 * range {@code [sentenceStart(s), sentenceEnd(s))}; sentences are contiguous and together cover
 * every token exactly once. Once the arrays have grown to the longest text seen, tokenising
 * allocates nothing. Not thread-safe: keep one buffer per thread.
 */
public final class TokenBuffer {

  private static final TokenType[] TYPES = TokenType.values();

  int[] starts;
  int[] ends;
  byte[] types;
  /** 1 when a line break separates token i from token i - 1 (or from the text start). */
  byte[] lineBreakBefore;
  int size;

  /** Token index where each sentence starts; sentence s ends where s + 1 starts (or at size). */
  int[] sentenceStarts;
  int sentenceCount;

  /**
   * Indices of the tokens that may start or end a sentence, ascending: those after a line break
   * and the punctuation that begins with a terminator. Filled by the tokeniser as it goes, so
   * that splitting sentences visits them rather than every token.
   */
  int[] candidates;
  int candidateCount;

  public TokenBuffer() {
    this(256);
  }

  TokenBuffer(int initialCapacity) {
    int cap = Math.max(8, initialCapacity);
    starts = new int[cap];
    ends = new int[cap];
    types = new byte[cap];
    lineBreakBefore = new byte[cap];
    sentenceStarts = new int[Math.max(4, cap >> 3)];
    candidates = new int[Math.max(4, cap >> 3)];
  }

  /** Forgets all tokens and sentences, keeping the storage. */
  public TokenBuffer clear() {
    size = 0;
    sentenceCount = 0;
    candidateCount = 0;
    return this;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    Objects.checkIndex(i, size);
    return starts[i];
  }

  public int end(int i) {
    Objects.checkIndex(i, size);
    return ends[i];
  }

  public TokenType type(int i) {
    Objects.checkIndex(i, size);
    return TYPES[types[i]];
  }

  /**
   * True when at least one line break lies between token {@code i} and the token before it
   * (for the first token: between the start of the tokenised range and the token).
   */
  public boolean followsLineBreak(int i) {
    Objects.checkIndex(i, size);
    return lineBreakBefore[i] != 0;
  }

  public int sentenceCount() {
    return sentenceCount;
  }

  /** Index of the first token of sentence {@code s}. */
  public int sentenceStart(int s) {
    Objects.checkIndex(s, sentenceCount);
    return sentenceStarts[s];
  }

  /** Index just past the last token of sentence {@code s}. */
  public int sentenceEnd(int s) {
    Objects.checkIndex(s, sentenceCount);
    return s + 1 < sentenceCount ? sentenceStarts[s + 1] : size;
  }

  void add(int start, int end, int type, boolean lineBreak) {
    int n = size;
    if (n == starts.length) {
      grow();
    }
    starts[n] = start;
    ends[n] = end;
    types[n] = (byte) type;
    size = n + 1;
    if (lineBreak) {
      lineBreakBefore[n] = 1;
      markBoundaryCandidate();
    } else {
      lineBreakBefore[n] = 0;
    }
  }

  /** Marks the last token added as a sentence boundary candidate (once is enough, twice harmless). */
  void markBoundaryCandidate() {
    if (candidateCount == candidates.length) {
      candidates = Arrays.copyOf(candidates, candidateCount + (candidateCount >> 1) + 4);
    }
    candidates[candidateCount++] = size - 1;
  }

  void startSentence(int tokenIndex) {
    if (sentenceCount == sentenceStarts.length) {
      sentenceStarts = Arrays.copyOf(sentenceStarts, sentenceCount + (sentenceCount >> 1) + 4);
    }
    sentenceStarts[sentenceCount++] = tokenIndex;
  }

  private void grow() {
    int cap = starts.length + (starts.length >> 1) + 8;
    starts = Arrays.copyOf(starts, cap);
    ends = Arrays.copyOf(ends, cap);
    types = Arrays.copyOf(types, cap);
    lineBreakBefore = Arrays.copyOf(lineBreakBefore, cap);
  }
}
