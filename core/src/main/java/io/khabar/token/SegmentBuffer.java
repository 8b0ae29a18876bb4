package io.khabar.token;

import io.khabar.text.NormalizedBuffer;
import java.util.Objects;

/**
 * The segments of one word, refilled by every call to
 * {@link CliticSegmenter#segment(char[], int, int, SegmentBuffer)}: the word's start, and the
 * segments' count, stem index, kinds and ends (relative to the word's start) packed in one long
 * as {@link SegmentMemo#pack} lays them out, so that an answer of the memo is set by two writes
 * and the accessors read only the segments asked for. A segment that ends 256 chars or more
 * after the word's start (only a word padded with hundreds of marks) does not fit in eight bits:
 * then the ends are kept in an array instead. Owned by one thread (not thread-safe); it also
 * holds the segmenter's scratch space, so segmenting allocates nothing once the buffers have
 * grown to the longest word.
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
  /** Set in {@link #packed} when the ends are in {@link #wideEnds}, not in its bits. */
  private static final long WIDE = Long.MIN_VALUE;

  private int first; // start of segment 0, the word's start
  /** The segments as {@link SegmentMemo#pack} packs them, or their shape and {@link #WIDE}. */
  private long packed;
  private final int[] wideEnds = new int[MAX_SEGMENTS];

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
    packed = 0;
    return this;
  }

  public int size() {
    return (int) packed & 7;
  }

  /** Original start offset of segment {@code i}. */
  public int start(int i) {
    Objects.checkIndex(i, size());
    return i == 0 ? first : endAt(i - 1);
  }

  /** Original end offset (exclusive) of segment {@code i}. */
  public int end(int i) {
    Objects.checkIndex(i, size());
    return endAt(i);
  }

  private int endAt(int i) {
    long p = packed;
    return p < 0 ? wideEnds[i] : first + ((int) (p >>> (9 + 11 * i)) & 0xFF);
  }

  public SegmentKind kind(int i) {
    Objects.checkIndex(i, size());
    return KINDS[(int) (packed >>> (6 + 11 * i)) & 7];
  }

  /** Index of the {@link SegmentKind#STEM} segment, or {@code -1} when the buffer is empty. */
  public int stemIndex() {
    return packed == 0 ? -1 : (int) (packed >>> 3) & 7;
  }

  /** Appends a segment; {@code start} is the word's start or the previous segment's end. */
  void add(int start, int end, SegmentKind kind) {
    long p = packed;
    int n = (int) p & 7;
    if (n == 0) {
      first = start;
    }
    int relative = end - first;
    if (p >= 0 && relative > 0xFF) { // too far for eight bits: the ends move to the array
      for (int i = 0; i < n; i++) {
        wideEnds[i] = endAt(i);
      }
      p = p & SHAPE | WIDE;
    }
    if (p < 0) {
      wideEnds[n] = end;
    } else {
      p |= (long) relative << (9 + 11 * n);
    }
    p = (p & ~7L) | (n + 1) | (long) kind.ordinal() << (6 + 11 * n);
    if (kind == SegmentKind.STEM) {
      p |= (long) n << 3;
    }
    packed = p;
  }

  /** Sets the segments from a {@link SegmentMemo#pack packed} value, the word at {@code start}. */
  void fill(long v, int start) {
    first = start;
    packed = v;
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
