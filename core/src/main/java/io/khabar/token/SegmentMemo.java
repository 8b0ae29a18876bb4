package io.khabar.token;

import java.util.Arrays;

/**
 * A bounded memo of segmentation decisions, keyed on a word's <em>raw</em> chars: the
 * {@link CliticSegmenter}'s decision reads only the chars of the word (its matching form plus a
 * few original letters), so equal raw chars always give equal segments, as offsets relative to
 * the word's start. News text repeats its words, so most words are answered by one hash, one
 * probe and one compare, without normalising or scoring.
 *
 * <p>Open addressing (linear probing) over one {@code long[]}, four longs a slot so a probe
 * touches one cache line: the word's mixed hash, length and pool offset ({@code 0} marks an empty
 * slot), the packed segments (see {@link #pack}), and the word's first eight chars packed into
 * two longs; only words longer than eight chars also keep their chars in a char pool. The table
 * starts small and doubles up to its fixed capacity; when it (or the pool) is full it is emptied
 * and refilled, so memory never exceeds the capacity and frequent words come back at once. Words
 * longer than {@link #MAX_KEY} chars are not remembered. A hit allocates nothing; an insert
 * copies a long key into the pool.
 *
 * <p>The decisions belong to one segmenter (lexicon and weights): the memo forgets everything
 * when asked about a different one. Owned by one thread, with its {@link SegmentBuffer}.
 */
final class SegmentMemo {

  /** Longest word (raw chars) remembered; longer words are rare and are segmented each time. */
  static final int MAX_KEY = 64;

  /** Returned by {@link #get} when the word is not remembered. */
  static final long ABSENT = -1L;

  /** Pool offsets must fit in 23 bits of a slot's header. */
  static final int MAX_WORDS = 1 << 19;

  private static final int INLINE = 8; // chars kept in the slot itself
  private static final int STRIDE = 4; // longs per slot
  private static final int INITIAL_SLOTS = 64;
  /** Pool chars per remembered word, on average, before the memo refills. */
  private static final int POOL_CHARS_PER_WORD = 8;
  private static final SegmentKind[] KINDS = SegmentKind.values();

  private final int maxSlots;
  private final int maxWords;
  private long[] table;
  private int mask; // slots - 1
  private int limit; // words allowed at the current table size (3/4 load)
  private int size;
  private char[] pool;
  private int poolSize;
  private Object owner;
  // the first eight chars of the word last hashed, set by hash()
  private long key0;
  private long key1;

  /** A memo of at most {@code maxWords} words, {@code 1 <= maxWords <= MAX_WORDS}. */
  SegmentMemo(int maxWords) {
    if (maxWords < 1 || maxWords > MAX_WORDS) {
      throw new IllegalArgumentException(
          "maxWords must be in [1, " + MAX_WORDS + "]: " + maxWords);
    }
    this.maxWords = maxWords;
    this.maxSlots = Integer.highestOneBit(Math.max(4, maxWords + maxWords / 3)) << 1;
    allocate(Math.min(INITIAL_SLOTS, maxSlots));
    pool = new char[Math.min(256, maxWords * POOL_CHARS_PER_WORD)];
  }

  int size() {
    return size;
  }

  /** Mean slots probed to find each remembered word (1 is ideal): a check on the hash. */
  double meanProbes() {
    long probes = 0;
    for (int slot = 0; slot <= mask; slot++) {
      long head = table[slot * STRIDE];
      if (head != 0) {
        int home = (int) (head >>> 32) & mask;
        probes += ((slot - home) & mask) + 1;
      }
    }
    return size == 0 ? 0 : probes / (double) size;
  }

  private void allocate(int slots) {
    table = new long[slots * STRIDE];
    mask = slots - 1;
    limit = Math.min(maxWords, slots - slots / 4);
  }

  /**
   * Hash of {@code text[start, start + len)} ({@code len <= MAX_KEY}), never 0; also packs the
   * word's first eight chars for the {@link #get} and {@link #put} that follow.
   */
  int hash(char[] text, int start, int len) {
    long k0 = 0;
    long k1 = 0;
    int i = 0;
    for (int to = Math.min(len, 4); i < to; i++) {
      k0 |= (long) text[start + i] << (i << 4);
    }
    for (int to = Math.min(len, INLINE); i < to; i++) {
      k1 |= (long) text[start + i] << ((i - 4) << 4);
    }
    key0 = k0;
    key1 = k1;
    long h = Long.rotateLeft(k0 * 0x9E3779B97F4A7C15L, 31) ^ k1 * 0xC2B2AE3D27D4EB4FL ^ len;
    for (int j = start + INLINE, end = start + len; j < end; j++) {
      h = 31 * h + text[j];
    }
    // murmur3's 64-bit finaliser: every key bit reaches the low bits that pick the slot
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    int x = (int) h;
    return x == 0 ? 1 : x;
  }

  /** The packed segments remembered for the word just {@link #hash hashed}, or {@link #ABSENT}. */
  long get(Object segmenter, char[] text, int start, int len, int hash) {
    if (segmenter != owner) {
      clear();
      owner = segmenter;
      return ABSENT;
    }
    long[] t = table;
    int m = mask;
    long k0 = key0;
    long k1 = key1;
    for (int slot = hash & m; ; slot = (slot + 1) & m) {
      int i = slot * STRIDE;
      long head = t[i];
      if (head == 0) {
        return ABSENT;
      }
      if ((int) (head >>> 32) == hash && ((int) head & 0xFF) == len
          && t[i + 2] == k0 && t[i + 3] == k1
          && (len <= INLINE || tailEquals((int) head >>> 8, text, start, len))) {
        return t[i + 1];
      }
    }
  }

  private boolean tailEquals(int off, char[] text, int start, int len) {
    return Arrays.equals(pool, off, off + len - INLINE, text, start + INLINE, start + len);
  }

  /** Remembers the packed segments of a word {@link #get} did not find, just hashed. */
  void put(char[] text, int start, int len, int hash, long value) {
    if (size >= limit) {
      if (table.length < maxSlots * STRIDE) {
        grow();
      } else {
        clear();
      }
    }
    int off = 0;
    if (len > INLINE) {
      int tail = len - INLINE;
      if (poolSize + tail > pool.length) {
        int cap = maxWords * POOL_CHARS_PER_WORD;
        if (pool.length < cap) {
          pool = Arrays.copyOf(pool, Math.min(cap, Math.max(pool.length * 2, poolSize + tail)));
        }
        if (poolSize + tail > pool.length) {
          clear();
        }
      }
      off = poolSize;
      System.arraycopy(text, start + INLINE, pool, off, tail);
      poolSize += tail;
    }
    insert((long) hash << 32 | (long) off << 8 | len, value, key0, key1);
    size++;
  }

  private void insert(long head, long value, long k0, long k1) {
    long[] t = table;
    int m = mask;
    int slot = (int) (head >>> 32) & m;
    while (t[slot * STRIDE] != 0) {
      slot = (slot + 1) & m;
    }
    int i = slot * STRIDE;
    t[i] = head;
    t[i + 1] = value;
    t[i + 2] = k0;
    t[i + 3] = k1;
  }

  private void grow() {
    long[] old = table;
    allocate(old.length / STRIDE * 2);
    for (int i = 0; i < old.length; i += STRIDE) {
      if (old[i] != 0) {
        insert(old[i], old[i + 1], old[i + 2], old[i + 3]);
      }
    }
  }

  /** Forgets every word, keeping the storage. */
  void clear() {
    if (size > 0) {
      Arrays.fill(table, 0L);
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
