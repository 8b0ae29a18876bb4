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
 *
 * <p>A token is two writes: its offsets in one long, and its type with the line-break flag in
 * one byte (the tokeniser adds a token every few chars, so each write counts).
 */
public final class TokenBuffer {

  private static final TokenType[] TYPES = TokenType.values();

  /** Flag in {@link #types}: a line break separates token i from token i - 1 (or the start). */
  static final int LINE_BREAK = 0x80;

  /** Token i's start (low 32 bits) and end (high 32 bits). */
  long[] spans;
  /** Token i's type ordinal, with {@link #LINE_BREAK} when a line break comes before it. */
  byte[] types;
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
    spans = new long[cap];
    types = new byte[cap];
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
    return startAt(i);
  }

  public int end(int i) {
    Objects.checkIndex(i, size);
    return endAt(i);
  }

  public TokenType type(int i) {
    Objects.checkIndex(i, size);
    return TYPES[typeAt(i)];
  }

  /**
   * True when at least one line break lies between token {@code i} and the token before it
   * (for the first token: between the start of the tokenised range and the token).
   */
  public boolean followsLineBreak(int i) {
    Objects.checkIndex(i, size);
    return lineBreakAt(i);
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

  // unchecked reads for the tokeniser, i < size
  int startAt(int i) {
    return (int) spans[i];
  }

  int endAt(int i) {
    return (int) (spans[i] >>> 32);
  }

  int typeAt(int i) {
    return types[i] & (LINE_BREAK - 1);
  }

  boolean lineBreakAt(int i) {
    return (types[i] & LINE_BREAK) != 0;
  }

  void add(int start, int end, int type, boolean lineBreak) {
    int n = size;
    if (n == spans.length) {
      grow();
    }
    spans[n] = (long) end << 32 | (start & 0xFFFF_FFFFL);
    types[n] = (byte) (lineBreak ? type | LINE_BREAK : type);
    size = n + 1;
    if (lineBreak) {
      markBoundaryCandidate();
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
    int cap = spans.length + (spans.length >> 1) + 8;
    spans = Arrays.copyOf(spans, cap);
    types = Arrays.copyOf(types, cap);
  }
}
