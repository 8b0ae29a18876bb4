package io.khabar.token;

import java.util.Arrays;

/**
 * A bounded memo of segmentation decisions, keyed on a word's <em>raw</em> chars: the
 * {@link CliticSegmenter}'s decision reads only the chars of the word (its matching form plus a
 * few original letters), so equal raw chars always give equal segments, as offsets relative to
 * the word's start. News text repeats its words, so most words are answered by one hash, one
 * probe and one compare, without normalising or scoring.
 *
 * <p>Two open-addressing tables (linear probing) over {@code long[]}s. Most words of the news are
 * <em>short Arabic words</em>: at most eight chars, all in the Arabic block U+0600–U+06FF. Their
 * chars' low bytes make an exact eight-byte key, so their table takes two longs a slot: the key,
 * and the packed segments (see {@link #pack}) with the word's length in the top three bits
 * ({@code 0} marks an empty slot). Every other word goes to a table of four longs a slot: the
 * word's mixed hash, length and pool offset ({@code 0} marks an empty slot), the packed segments,
 * and the word's first eight chars packed into two longs; only words longer than eight chars
 * also keep their chars in a char pool. Profiled, a lookup spends most of its time waiting for
 * its slot (a full table of four-long slots is larger than a core's L2 cache), so the half-size
 * slots of the short words keep twice as many of them in cache.
 *
 * <p>Both tables start small and double as needed; when the memo holds its maximum number of
 * words (or the pool is full) it is emptied and refilled, so memory stays bounded and frequent
 * words come back at once. Words longer than {@link #MAX_KEY} chars are not remembered. A hit
 * allocates nothing; an insert copies a long key into the pool.
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
  private static final int STRIDE = 4; // longs per slot of the general table
  private static final long BYTE_HIGH = 0xFF00FF00FF00FF00L; // high byte of four packed chars
  private static final long BYTE_LOW = 0x00FF00FF00FF00FFL;
  private static final long ARABIC_HIGH = 0x0600060006000600L; // four chars of U+0600–U+06FF
  private static final int LENGTH_SHIFT = 61; // short words' length - 1, above the segments
  private static final long SEGMENTS = (1L << LENGTH_SHIFT) - 1;
  private static final int INITIAL_SLOTS = 64;
  /** Pool chars per remembered word, on average, before the memo refills. */
  private static final int POOL_CHARS_PER_WORD = 8;

  private final int maxSlots;
  private final int maxWords;
  private long[] table;
  private int mask; // slots - 1
  private int limit; // words allowed at the current table size (3/4 load)
  private int size; // words in both tables
  private int generalSize;
  private long[] shortTable; // short Arabic words: key, segments | (length - 1) << 61
  private int shortMask;
  private int shortLimit;
  private int shortSize;
  private char[] pool;
  private int poolSize;
  private Object owner;
  // the first eight chars of the word last hashed, set by hash()
  private long key0;
  private long key1;
  // whether that word is a short Arabic word, and then its key
  private boolean shortWord;
  private long shortKey;

  /** A memo of at most {@code maxWords} words, {@code 1 <= maxWords <= MAX_WORDS}. */
  SegmentMemo(int maxWords) {
    if (maxWords < 1 || maxWords > MAX_WORDS) {
      throw new IllegalArgumentException(
          "maxWords must be in [1, " + MAX_WORDS + "]: " + maxWords);
    }
    this.maxWords = maxWords;
    this.maxSlots = Integer.highestOneBit(Math.max(4, maxWords + maxWords / 3)) << 1;
    allocate(Math.min(INITIAL_SLOTS, maxSlots));
    allocateShort(Math.min(INITIAL_SLOTS, maxSlots));
    pool = new char[Math.min(256, maxWords * POOL_CHARS_PER_WORD)];
  }

  int size() {
    return size;
  }

  /** Words in the table of short Arabic words (tests). */
  int shortSize() {
    return shortSize;
  }

  /** Mean slots probed to find each remembered word (1 is ideal): a check on the hashes. */
  double meanProbes() {
    long probes = 0;
    for (int slot = 0; slot <= mask; slot++) {
      long head = table[slot * STRIDE];
      if (head != 0) {
        int home = (int) (head >>> 32) & mask;
        probes += ((slot - home) & mask) + 1;
      }
    }
    for (int slot = 0; slot <= shortMask; slot++) {
      long meta = shortTable[2 * slot + 1];
      if (meta != 0) {
        int len = (int) (meta >>> LENGTH_SHIFT) + 1;
        int home = shortHash(shortTable[2 * slot], len) & shortMask;
        probes += ((slot - home) & shortMask) + 1;
      }
    }
    return size == 0 ? 0 : probes / (double) size;
  }

  private void allocate(int slots) {
    table = new long[slots * STRIDE];
    mask = slots - 1;
    limit = slots - slots / 4;
  }

  private void allocateShort(int slots) {
    shortTable = new long[slots * 2];
    shortMask = slots - 1;
    shortLimit = slots - slots / 4;
  }

  /**
   * Hash of {@code text[start, start + len)} ({@code 1 <= len <= MAX_KEY}), never 0 for a word of
   * the general table; also packs the word's first eight chars (and, for a short Arabic word,
   * its key) for the {@link #get} and {@link #put} that follow.
   *
   * <p>Most words are short and their lengths vary from one to the next, so loops over the first
   * chars would mispredict their exit at nearly every word: when eight chars can be read from
   * {@code start} (the text goes on past a word nearly always), all eight are read and the ones
   * past the word masked off, without a branch. Only the chars past the eighth are looped over.
   */
  int hash(char[] text, int start, int len) {
    long k0;
    long k1;
    if (start + INLINE <= text.length) {
      int l = Math.min(len, INLINE);
      k0 = (text[start] | (long) text[start + 1] << 16 | (long) text[start + 2] << 32
          | (long) text[start + 3] << 48) & MASK0[l];
      k1 = (text[start + 4] | (long) text[start + 5] << 16 | (long) text[start + 6] << 32
          | (long) text[start + 7] << 48) & MASK1[l];
    } else {
      k0 = 0;
      k1 = 0;
      for (int i = 0, to = Math.min(len, INLINE); i < to; i++) {
        long c = text[start + i];
        if (i < 4) {
          k0 |= c << (i << 4);
        } else {
          k1 |= c << ((i - 4) << 4);
        }
      }
    }
    key0 = k0;
    key1 = k1;
    if (len <= INLINE && (k0 & BYTE_HIGH) == (ARABIC_HIGH & MASK0[len])
        && (k1 & BYTE_HIGH) == (ARABIC_HIGH & MASK1[len])) {
      long key = (k0 & BYTE_LOW) | (k1 & BYTE_LOW) << 8; // the low bytes, interleaved
      shortWord = true;
      shortKey = key;
      return shortHash(key, len);
    }
    shortWord = false;
    long h = k0 * 0x9E3779B97F4A7C15L + Long.rotateLeft(k1 * 0xC2B2AE3D27D4EB4FL, 31) + len;
    for (int j = start + INLINE, end = start + len; j < end; j++) {
      h = 31 * h + text[j];
    }
    // two rounds of xor-shift-multiply: every key bit reaches the low bits that pick the slot
    h ^= h >>> 32;
    h *= 0xD6E8FEB86659FD93L;
    h ^= h >>> 32;
    int x = (int) h;
    return x == 0 ? 1 : x;
  }

  /** Hash of a short Arabic word's key: as {@link #hash} gives it, and recomputed on growth. */
  private static int shortHash(long key, int len) {
    long h = (key + len) * 0x9E3779B97F4A7C15L;
    h ^= h >>> 32;
    h *= 0xD6E8FEB86659FD93L;
    h ^= h >>> 32;
    return (int) h;
  }

  /** MASK0[l], MASK1[l]: the bits of the first and second four chars of an l-char word. */
  private static final long[] MASK0 = new long[INLINE + 1];
  private static final long[] MASK1 = new long[INLINE + 1];

  static {
    for (int l = 0; l <= INLINE; l++) {
      MASK0[l] = l >= 4 ? -1L : (1L << (16 * l)) - 1;
      MASK1[l] = l <= 4 ? 0L : l >= INLINE ? -1L : (1L << (16 * (l - 4))) - 1;
    }
  }

  /** The packed segments remembered for the word just {@link #hash hashed}, or {@link #ABSENT}. */
  long get(Object segmenter, char[] text, int start, int len, int hash) {
    if (segmenter != owner) {
      clear();
      owner = segmenter;
      return ABSENT;
    }
    if (shortWord) {
      long key = shortKey;
      long tag = (long) (len - 1) << LENGTH_SHIFT;
      long[] t = shortTable;
      int m = shortMask;
      for (int slot = hash & m; ; slot = (slot + 1) & m) {
        long meta = t[2 * slot + 1];
        if (meta == 0) {
          return ABSENT;
        }
        if (t[2 * slot] == key && (meta & ~SEGMENTS) == tag) {
          return meta & SEGMENTS;
        }
      }
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
    if (size >= maxWords) {
      clear();
    }
    if (shortWord) {
      if (shortSize >= shortLimit) {
        growShort();
      }
      insertShort(shortKey, value | (long) (len - 1) << LENGTH_SHIFT, hash);
      shortSize++;
      size++;
      return;
    }
    if (generalSize >= limit) {
      grow();
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
    generalSize++;
    size++;
  }

  private void insertShort(long key, long meta, int hash) {
    long[] t = shortTable;
    int m = shortMask;
    int slot = hash & m;
    while (t[2 * slot + 1] != 0) {
      slot = (slot + 1) & m;
    }
    t[2 * slot] = key;
    t[2 * slot + 1] = meta;
  }

  private void growShort() {
    long[] old = shortTable;
    allocateShort(old.length);
    for (int i = 0; i < old.length; i += 2) {
      long meta = old[i + 1];
      if (meta != 0) {
        insertShort(old[i], meta, shortHash(old[i], (int) (meta >>> LENGTH_SHIFT) + 1));
      }
    }
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
    if (generalSize > 0) {
      Arrays.fill(table, 0L);
    }
    if (shortSize > 0) {
      Arrays.fill(shortTable, 0L);
    }
    size = 0;
    generalSize = 0;
    shortSize = 0;
    poolSize = 0;
  }

  /**
   * The segments in {@code buf} as one long: bits 0-2 the count, 3-5 the stem's index, then per
   * segment 3 bits of kind and 8 bits of end offset relative to {@code start} (a word is at most
   * {@link #MAX_KEY} chars). Starts are implied: segments are contiguous from 0. Never
   * {@link #ABSENT}, whose low bits (7) are no count.
   */
  static long pack(SegmentBuffer buf, int start) {
    int n = buf.size();
    long v = n | (long) buf.stemIndex() << 3;
    for (int i = 0; i < n; i++) {
      long seg = (long) buf.kind(i).ordinal() | (long) (buf.end(i) - start) << 3;
      v |= seg << (6 + 11 * i);
    }
    return v;
  }

  /** Refills {@code buf} (already cleared) from a packed value for the word at {@code start}. */
  static void unpack(long value, int start, SegmentBuffer buf) {
    buf.fill(value, start);
  }
}
