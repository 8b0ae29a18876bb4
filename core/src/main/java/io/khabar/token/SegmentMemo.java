package io.khabar.token;

import java.util.Arrays;

/**
 * A bounded memo of segmentation decisions, keyed on a word's <em>raw</em> chars: the
 * {@link CliticSegmenter}'s decision reads only the chars of the word (its matching form plus a
 * few original letters), so equal raw chars always give equal segments, as offsets relative to
 * the word's start. News text repeats its words, so most words are answered by one hash, one
 * probe and one compare, without normalising or scoring.
 *
 * <p>Open addressing (linear probing) over parallel primitive arrays: the word's mixed hash
 * ({@code 0} marks an empty slot), a reference into one char pool ({@code offset << 8 | length})
 * and the packed segments (see {@link #pack}). The table starts small and doubles up to its
 * fixed capacity; when it (or the pool) is full it is emptied and refilled, so memory never
 * exceeds the capacity and frequent words come back at once. Words longer than {@link #MAX_KEY}
 * chars are not remembered. A hit allocates nothing; an insert copies the key into the pool.
 *
 * <p>The decisions belong to one segmenter (lexicon and weights): the memo forgets everything
 * when asked about a different one. Owned by one thread, with its {@link SegmentBuffer}.
 */
final class SegmentMemo {

  /** Longest word (raw chars) remembered; longer words are rare and are segmented each time. */
  static final int MAX_KEY = 64;

  /** Returned by {@link #get} when the word is not remembered. */
  static final long ABSENT = -1L;

  /** Pool offsets must fit in 23 bits of a ref. */
  static final int MAX_WORDS = 1 << 19;

  private static final int INITIAL_SLOTS = 64;
  /** Pool chars per remembered word, on average, before the memo refills. */
  private static final int POOL_CHARS_PER_WORD = 12;
  private static final SegmentKind[] KINDS = SegmentKind.values();

  private final int maxSlots;
  private final int maxWords;
  private int[] hashes;
  private int[] refs;
  private long[] values;
  private int mask;
  private int limit; // words allowed at the current table size (3/4 load)
  private int size;
  private char[] pool;
  private int poolSize;
  private Object owner;

  /** A memo of at most {@code maxWords} words ({@code maxWords >= 1}). */
  SegmentMemo(int maxWords) {
    if (maxWords < 1 || maxWords > MAX_WORDS) {
      throw new IllegalArgumentException("maxWords must be in [1, " + MAX_WORDS + "]: " + maxWords);
    }
    this.maxWords = maxWords;
    int slots = Integer.highestOneBit(Math.max(4, maxWords + maxWords / 3)) << 1;
    this.maxSlots = Math.max(4, slots);
    allocate(Math.min(INITIAL_SLOTS, maxSlots));
    pool = new char[Math.min(512, maxWords * POOL_CHARS_PER_WORD)];
  }

  int size() {
    return size;
  }

  int maxWords() {
    return maxWords;
  }

  private void allocate(int slots) {
    hashes = new int[slots];
    refs = new int[slots];
    values = new long[slots];
    mask = slots - 1;
    limit = Math.min(maxWords, slots - slots / 4);
  }

  /** Hash of {@code text[start, start + len)}, never 0. */
  static int hash(char[] text, int start, int len) {
    int h = len;
    for (int i = start, end = start + len; i < end; i++) {
      h = 31 * h + text[i];
    }
    h *= 0x9E3779B9;
    h ^= h >>> 16;
    return h == 0 ? 1 : h;
  }

  /** The packed segments remembered for the word, or {@link #ABSENT}. */
  long get(Object segmenter, char[] text, int start, int len, int hash) {
    if (segmenter != owner) {
      clear();
      owner = segmenter;
      return ABSENT;
    }
    int[] hs = hashes;
    int m = mask;
    for (int slot = hash & m; ; slot = (slot + 1) & m) {
      int h = hs[slot];
      if (h == 0) {
        return ABSENT;
      }
      if (h == hash) {
        int ref = refs[slot];
        int off = ref >>> 8;
        if ((ref & 0xFF) == len && Arrays.equals(pool, off, off + len, text, start, start + len)) {
          return values[slot];
        }
      }
    }
  }

  /** Remembers the packed segments of a word {@link #get} did not find. */
  void put(char[] text, int start, int len, int hash, long value) {
    if (size >= limit) {
      if (hashes.length < maxSlots) {
        grow();
      } else {
        clear();
      }
    }
    if (poolSize + len > pool.length) {
      int cap = maxWords * POOL_CHARS_PER_WORD;
      if (pool.length < cap) {
        pool = Arrays.copyOf(pool, Math.min(cap, Math.max(pool.length * 2, poolSize + len)));
      }
      if (poolSize + len > pool.length) {
        clear();
      }
    }
    System.arraycopy(text, start, pool, poolSize, len);
    insert(hash, poolSize << 8 | len, value);
    poolSize += len;
    size++;
  }

  private void insert(int hash, int ref, long value) {
    int slot = hash & mask;
    while (hashes[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    hashes[slot] = hash;
    refs[slot] = ref;
    values[slot] = value;
  }

  private void grow() {
    int[] oldHashes = hashes;
    int[] oldRefs = refs;
    long[] oldValues = values;
    allocate(oldHashes.length * 2);
    for (int i = 0; i < oldHashes.length; i++) {
      if (oldHashes[i] != 0) {
        insert(oldHashes[i], oldRefs[i], oldValues[i]);
      }
    }
  }

  /** Forgets every word, keeping the storage. */
  void clear() {
    if (size > 0) {
      Arrays.fill(hashes, 0);
    }
    size = 0;
    poolSize = 0;
  }

  /**
   * The segments in {@code buf} as one long: bits 0-2 the count, then per segment 3 bits of
   * kind and 8 bits of end offset relative to {@code start} (a word is at most
   * {@link #MAX_KEY} chars). Starts are implied: segments are contiguous from 0.
   */
  static long pack(SegmentBuffer buf, int start) {
    int n = buf.size();
    long v = n;
    for (int i = 0; i < n; i++) {
      long seg = (long) buf.kind(i).ordinal() | (long) (buf.end(i) - start) << 3;
      v |= seg << (3 + 11 * i);
    }
    return v;
  }

  /** Refills {@code buf} (already cleared) from a packed value for the word at {@code start}. */
  static void unpack(long value, int start, SegmentBuffer buf) {
    int n = (int) (value & 7);
    int from = start;
    for (int i = 0; i < n; i++) {
      int seg = (int) (value >>> (3 + 11 * i)) & 0x7FF;
      int to = start + (seg >>> 3);
      buf.add(from, to, KINDS[seg & 7]);
      from = to;
    }
  }
}
