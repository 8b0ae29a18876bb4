package io.khabar.token;

import io.khabar.text.NormalizedBuffer;
import java.util.Objects;

/**
 * The segments of one word as primitive arrays of original offsets, refilled by every call to
 * {@link CliticSegmenter#segment(char[], int, int, SegmentBuffer)}. Owned by one thread (not
 * thread-safe); it also holds the segmenter's scratch space, so segmenting allocates nothing once
 * the buffers have grown to the longest word.
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

  private final int[] starts = new int[MAX_SEGMENTS];
  private final int[] ends = new int[MAX_SEGMENTS];
  /** Kind ordinals: bytes rather than references, so filling the buffer needs no GC write barrier. */
  private final byte[] kinds = new byte[MAX_SEGMENTS];
  private int size;
  private int stemIndex = -1;

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
    size = 0;
    stemIndex = -1;
    return this;
  }

  public int size() {
    return size;
  }

  /** Original start offset of segment {@code i}. */
  public int start(int i) {
    Objects.checkIndex(i, size);
    return starts[i];
  }

  /** Original end offset (exclusive) of segment {@code i}. */
  public int end(int i) {
    Objects.checkIndex(i, size);
    return ends[i];
  }

  public SegmentKind kind(int i) {
    Objects.checkIndex(i, size);
    return KINDS[kinds[i]];
  }

  /** Index of the {@link SegmentKind#STEM} segment, or {@code -1} when the buffer is empty. */
  public int stemIndex() {
    return stemIndex;
  }

  void add(int start, int end, SegmentKind kind) {
    starts[size] = start;
    ends[size] = end;
    kinds[size] = (byte) kind.ordinal();
    if (kind == SegmentKind.STEM) {
      stemIndex = size;
    }
    size++;
  }

  /**
   * Sets the segments from a {@link SegmentMemo#pack packed} value for the word at {@code start}.
   * Straight-line: all five slots are written whatever the count (the ones past it are never
   * read), since a loop over the count would mispredict its exit from one word to the next.
   */
  void fill(long v, int start) {
    int[] s = starts;
    int[] e = ends;
    byte[] k = kinds;
    int e0 = start + (int) (v >>> 9 & 0xFF);
    int e1 = start + (int) (v >>> 20 & 0xFF);
    int e2 = start + (int) (v >>> 31 & 0xFF);
    int e3 = start + (int) (v >>> 42 & 0xFF);
    int e4 = start + (int) (v >>> 53 & 0xFF);
    s[0] = start;
    e[0] = e0;
    k[0] = (byte) ((int) (v >>> 6) & 7);
    s[1] = e0;
    e[1] = e1;
    k[1] = (byte) ((int) (v >>> 17) & 7);
    s[2] = e1;
    e[2] = e2;
    k[2] = (byte) ((int) (v >>> 28) & 7);
    s[3] = e2;
    e[3] = e3;
    k[3] = (byte) ((int) (v >>> 39) & 7);
    s[4] = e3;
    e[4] = e4;
    k[4] = (byte) ((int) (v >>> 50) & 7);
    size = (int) v & 7;
    stemIndex = (int) (v >>> 3) & 7;
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
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(KINDS[kinds[i]]).append('[').append(starts[i]).append(',').append(ends[i]).append(')');
    }
    return sb.append(']').toString();
  }
}
