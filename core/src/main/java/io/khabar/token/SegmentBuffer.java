package io.khabar.token;

import io.khabar.text.NormalizedBuffer;
import java.util.Objects;

/**
 * The segments of one word, refilled by every call to
 * {@link CliticSegmenter#segment(char[], int, int, SegmentBuffer)}: the first one's start and
 * every segment's end as original offsets (a segment starts where the one before it ends), and
 * their count, kinds and stem index in the bits of one long, laid out as in
 * {@link SegmentMemo#pack}, so that an answer of the memo is set by seven writes. Owned by one
 * thread (not thread-safe); it also holds the segmenter's scratch space, so segmenting allocates
 * nothing once the buffers have grown to the longest word.
 *
 * <p>It also remembers the decisions for the words it has seen (a {@link SegmentMemo}: keyed on
 * the word's raw chars, confined to this buffer's thread, bounded to {@link #DEFAULT_MEMO_WORDS}
 * words unless the constructor says otherwise, emptied and refilled when full), so a warm buffer
 * segments a repeated word without normalising or scoring it again. A full memo of the default
 * size takes under 4 MB; it starts at a few KB and grows with the vocabulary seen.
 *
 * <p>Segments are in text order, non-empty, contiguous, and together cover the whole word.
 * A word with no chars has no segments and {@link #stemIndex()} {@code -1}.
 */
public final class SegmentBuffer {

  /** Conjunction, preposition or future, article, stem, pronoun: at most five. */
  static final int MAX_SEGMENTS = 5;

  private static final SegmentKind[] KINDS = SegmentKind.values();

  /** Count (bits 0-2), stem index (3-5) and kind of segment i (bits 6 + 11i, three bits). */
  private static final long SHAPE = 0x7L | 0x7L << 3 | 0x7L << 6 | 0x7L << 17 | 0x7L << 28
      | 0x7L << 39 | 0x7L << 50;

  private final int[] ends = new int[MAX_SEGMENTS];
  private int first; // start of segment 0
  /** Count, stem index and kinds, in the bits {@link #SHAPE} names; 0 when empty. */
  private long shape;

  /** Matching form of the current word, with its map to original offsets. */
  final NormalizedBuffer normalized = new NormalizedBuffer(32);
  /** Scratch space for composing lexicon keys ("ال" + stem, ة restored before a pronoun). */
  char[] key = new char[34];

  /**
   * Words remembered by {@link #SegmentBuffer()}: more than the distinct words of a few MB of
   * news (the benchmark corpus has about 41,000).
   */
  public static final int DEFAULT_MEMO_WORDS = 49_152;

  /** Decisions already taken for words seen by this buffer; null when disabled. */
  final SegmentMemo memo;

  /** A buffer that remembers up to {@link #DEFAULT_MEMO_WORDS} words' segments. */
  public SegmentBuffer() {
    this(DEFAULT_MEMO_WORDS);
  }

  /**
   * A buffer that remembers up to {@code memoWords} words' segments ({@code 0}: none, every
   * word is scored; at most 524,288).
   */
  public SegmentBuffer(int memoWords) {
    if (memoWords < 0) {
      throw new IllegalArgumentException("memoWords must be >= 0: " + memoWords);
    }
    memo = memoWords == 0 ? null : new SegmentMemo(memoWords);
  }

  /** Removes all segments, keeping the storage. */
  public SegmentBuffer clear() {
    shape = 0;
    return this;
  }

  public int size() {
    return (int) shape & 7;
  }

  /** Original start offset of segment {@code i}. */
  public int start(int i) {
    Objects.checkIndex(i, size());
    return i == 0 ? first : ends[i - 1];
  }

  /** Original end offset (exclusive) of segment {@code i}. */
  public int end(int i) {
    Objects.checkIndex(i, size());
    return ends[i];
  }

  public SegmentKind kind(int i) {
    Objects.checkIndex(i, size());
    return KINDS[(int) (shape >>> (6 + 11 * i)) & 7];
  }

  /** Index of the {@link SegmentKind#STEM} segment, or {@code -1} when the buffer is empty. */
  public int stemIndex() {
    return shape == 0 ? -1 : (int) (shape >>> 3) & 7;
  }

  /** Appends a segment; {@code start} is the word's start or the previous segment's end. */
  void add(int start, int end, SegmentKind kind) {
    long s = shape;
    int n = (int) s & 7;
    if (n == 0) {
      first = start;
    }
    ends[n] = end;
    s = (s & ~7L) | (n + 1) | (long) kind.ordinal() << (6 + 11 * n);
    if (kind == SegmentKind.STEM) {
      s |= (long) n << 3;
    }
    shape = s;
  }

  /**
   * Sets the segments from a {@link SegmentMemo#pack packed} value for the word at {@code start}.
   * Straight-line: all five ends are written whatever the count (the ones past it are never
   * read), since a loop over the count would mispredict its exit from one word to the next.
   */
  void fill(long v, int start) {
    int[] e = ends;
    e[0] = start + (int) (v >>> 9 & 0xFF);
    e[1] = start + (int) (v >>> 20 & 0xFF);
    e[2] = start + (int) (v >>> 31 & 0xFF);
    e[3] = start + (int) (v >>> 42 & 0xFF);
    e[4] = start + (int) (v >>> 53 & 0xFF);
    first = start;
    shape = v & SHAPE;
  }

  char[] key(int capacity) {
    if (key.length < capacity) {
      key = new char[Math.max(capacity, key.length * 2)];
    }
    return key;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0, n = size(); i < n; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(kind(i)).append('[').append(start(i)).append(',').append(end(i)).append(')');
    }
    return sb.append(']').toString();
  }
}
