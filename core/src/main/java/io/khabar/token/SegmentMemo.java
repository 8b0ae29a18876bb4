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
 * <em>compact words</em>: at most eight chars, each an Arabic letter, haraka or tatweel
 * (U+0621–U+065F). Each such char is one of 63 values, so six bits of it ({@code c - 0x620},
 * never 0) make an exact 48-bit code of the whole word, its length included (the chars past the
 * word are 0). Segmentations of short words are few (about 120 distinct ones in the benchmark's
 * news), so the memo numbers the distinct {@link #pack packed} segments it has met in a small
 * dictionary (at most {@link #MAX_PATTERNS}), and a compact word's slot is one long: its code
 * and, above it, its segments' number in the dictionary ({@code 0} marks an empty slot, since no
 * word's code is 0). Every other word goes to a table of four longs a slot: the word's mixed
 * hash, length and pool offset ({@code 0} marks an empty slot), the packed segments, and the
 * word's first eight chars packed into two longs; only words longer than eight chars also keep
 * their chars in a char pool. Profiled, a lookup spends much of its time waiting for its slot:
 * the one-long slots of the compact words keep the table of a few MB of news (41,000 distinct
 * words) at 512 KB, half of a core's L2 cache, where sixteen-byte slots took all of it.
 *
 * <p>Both tables start small and double as needed; when the memo holds its maximum number of
 * words (or the pool or the dictionary is full) it is emptied and refilled, so memory stays
 * bounded and frequent words come back at once. Words longer than {@link #MAX_KEY} chars are
 * not remembered. A hit allocates nothing; an insert copies a long key into the pool.
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

  /** Distinct segmentations a compact word's slot can number (12 bits). */
  static final int MAX_PATTERNS = 1 << 12;

  private static final int INLINE = 8; // chars kept in the slot itself
  private static final int STRIDE = 4; // longs per slot of the general table
  private static final long LANE_HIGH10 = 0xFFC0FFC0FFC0FFC0L; // all but six bits of each lane
  private static final long LANE_621 = 0x0621062106210621L;
  private static final long LANE_620 = 0x0620062006200620L;
  private static final int PATTERN_SHIFT = 48; // a compact slot: code, then the pattern number
  private static final long CODE = (1L << PATTERN_SHIFT) - 1;
  private static final int INITIAL_SLOTS = 64;
  /** Pool chars per remembered word, on average, before the memo refills. */
  private static final int POOL_CHARS_PER_WORD = 8;

  private final int maxWords;
  private long[] table;
  private int mask; // slots - 1
  private int limit; // words allowed at the current table size (3/4 load)
  private int size; // words in both tables
  private int generalSize;
  private long[] compactTable; // compact words: code | pattern number << 48
  private int compactMask;
  private int compactLimit;
  private int compactSize;
  /** The dictionary: packed segments by number, and an open-addressing index of them. */
  private long[] patterns;
  private int patternCount;
  private long[] patternIndex; // packed segments (never 0); 0 marks an empty slot
  private short[] patternNumber; // the number of the segments in the same slot of patternIndex
  private char[] pool;
  private int poolSize;
  private Object owner;
  // the first eight chars of the word last hashed, set by hash()
  private long key0;
  private long key1;
  // the compact code of that word, or 0 when it is not a compact word
  private long code;

  /** A memo of at most {@code maxWords} words, {@code 1 <= maxWords <= MAX_WORDS}. */
  SegmentMemo(int maxWords) {
    if (maxWords < 1 || maxWords > MAX_WORDS) {
      throw new IllegalArgumentException(
          "maxWords must be in [1, " + MAX_WORDS + "]: " + maxWords);
    }
    this.maxWords = maxWords;
    int maxSlots = Integer.highestOneBit(Math.max(4, maxWords + maxWords / 3)) << 1;
    allocate(Math.min(INITIAL_SLOTS, maxSlots));
    allocateCompact(Math.min(INITIAL_SLOTS, maxSlots));
    allocatePatterns(16);
    pool = new char[Math.min(256, maxWords * POOL_CHARS_PER_WORD)];
  }

  int size() {
    return size;
  }

  /** Words in the table of compact words (tests). */
  int compactSize() {
    return compactSize;
  }

  /** Distinct segmentations numbered in the dictionary (tests). */
  int patternCount() {
    return patternCount;
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
    for (int slot = 0; slot <= compactMask; slot++) {
      long e = compactTable[slot];
      if (e != 0) {
        int home = compactHash(e & CODE) & compactMask;
        probes += ((slot - home) & compactMask) + 1;
      }
    }
    return size == 0 ? 0 : probes / (double) size;
  }

  private void allocate(int slots) {
    table = new long[slots * STRIDE];
    mask = slots - 1;
    limit = slots - slots / 4;
  }

  private void allocateCompact(int slots) {
    compactTable = new long[slots];
    compactMask = slots - 1;
    compactLimit = slots - slots / 4;
  }

  private void allocatePatterns(int capacity) {
    patterns = new long[capacity];
    patternIndex = new long[capacity * 2];
    patternNumber = new short[capacity * 2];
  }

  /**
   * Hash of {@code text[start, start + len)} ({@code 1 <= len <= MAX_KEY}), never 0 for a word of
   * the general table; also keeps the word's compact code (or, for a word of the general table,
   * its first eight chars) for the {@link #get} and {@link #put} that follow.
   *
   * <p>Most words are short and their lengths vary from one to the next, so loops over the first
   * chars would mispredict their exit at nearly every word: when eight chars can be read from
   * {@code start} (the text goes on past a word nearly always), all eight are read and the ones
   * past the word masked off, without a branch, and whether the word is compact is tested for
   * all eight chars at once, in the 16-bit lanes of two longs. This path is kept small enough
   * for the JIT to inline it into the caller; the rest is {@link #generalHash}.
   */
  int hash(char[] text, int start, int len) {
    if (len <= INLINE && start + INLINE <= text.length) {
      long m0 = MASK0[len];
      long m1 = MASK1[len];
      long k0 = (text[start] | (long) text[start + 1] << 16 | (long) text[start + 2] << 32
          | (long) text[start + 3] << 48) & m0;
      long k1 = (text[start + 4] | (long) text[start + 5] << 16 | (long) text[start + 6] << 32
          | (long) text[start + 7] << 48) & m1;
      long d0 = k0 - (LANE_620 & m0);
      long d1 = k1 - (LANE_620 & m1);
      if (isCompact(k0, k1, d0, d1, m0, m1)) {
        long c = code(d0, d1);
        code = c;
        return compactHash(c);
      }
    }
    return generalHash(text, start, len);
  }

  /**
   * Whether the chars in the lanes of {@code k0} and {@code k1} that {@code m0} and {@code m1}
   * keep (the others 0) are all in U+0621–U+065F, given {@code d0} and {@code d1}, the same less
   * 0x620 in each kept lane: a char is in the range when both it less 0x621 and it less 0x620
   * are below 64. A char below the range borrows from the lane above, but its own lane then
   * fails the test, and so does the word.
   */
  private static boolean isCompact(long k0, long k1, long d0, long d1, long m0, long m1) {
    return ((k0 - (LANE_621 & m0) | k1 - (LANE_621 & m1) | d0 | d1) & LANE_HIGH10) == 0;
  }

  /**
   * The 48-bit code of a compact word from its chars less 0x620 (1 to 63, 0 past the word) in
   * the 16-bit lanes of {@code d0} (chars 0-3) and {@code d1} (chars 4-7): six bits a char.
   */
  private static long code(long d0, long d1) {
    long w = d0 | d1 << 6; // lane i: char i and char i + 4, twelve bits
    long u = (w & 0x00000FFF00000FFFL) | (w >>> 4 & 0x00FFF00000FFF000L);
    return (u & 0xFFFFFFL) | (u >>> 8 & 0xFFFFFF000000L);
  }

  /** {@link #hash} of a word that is not compact, for the general table. */
  private int generalHash(char[] text, int start, int len) {
    long k0;
    long k1;
    int l = Math.min(len, INLINE);
    if (start + INLINE <= text.length) {
      k0 = (text[start] | (long) text[start + 1] << 16 | (long) text[start + 2] << 32
          | (long) text[start + 3] << 48) & MASK0[l];
      k1 = (text[start + 4] | (long) text[start + 5] << 16 | (long) text[start + 6] << 32
          | (long) text[start + 7] << 48) & MASK1[l];
    } else {
      k0 = 0;
      k1 = 0;
      for (int i = 0; i < l; i++) {
        long c = text[start + i];
        if (i < 4) {
          k0 |= c << (i << 4);
        } else {
          k1 |= c << ((i - 4) << 4);
        }
      }
    }
    if (len <= INLINE) { // at the end of the text
      long d0 = k0 - (LANE_620 & MASK0[len]);
      long d1 = k1 - (LANE_620 & MASK1[len]);
      if (isCompact(k0, k1, d0, d1, MASK0[len], MASK1[len])) {
        long c = code(d0, d1);
        code = c;
        return compactHash(c);
      }
    }
    code = 0;
    key0 = k0;
    key1 = k1;
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

  /** Hash of a compact word's code: as {@link #hash} gives it, and recomputed on growth. */
  private static int compactHash(long code) {
    long h = code * 0x9E3779B97F4A7C15L;
    return (int) (h ^ h >>> 32);
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
    long c = code;
    if (c != 0) {
      long[] t = compactTable;
      int m = compactMask;
      for (int slot = hash & m; ; slot = (slot + 1) & m) {
        long e = t[slot];
        if ((e & CODE) == c) {
          return patterns[(int) (e >>> PATTERN_SHIFT)];
        }
        if (e == 0) {
          return ABSENT;
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
    if (code != 0) {
      int number = number(value);
      if (number < 0) { // the dictionary is full: start afresh
        clear();
        number = number(value);
      }
      if (compactSize >= compactLimit) {
        growCompact();
      }
      insertCompact(code | (long) number << PATTERN_SHIFT, hash);
      compactSize++;
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

  /**
   * The dictionary number of the packed segments {@code value} (never 0), numbered now if new;
   * -1 when the dictionary already holds {@link #MAX_PATTERNS} others.
   */
  private int number(long value) {
    long[] index = patternIndex;
    int m = index.length - 1;
    int slot = (int) mix(value) & m;
    for (; index[slot] != 0; slot = (slot + 1) & m) {
      if (index[slot] == value) {
        return patternNumber[slot];
      }
    }
    if (patternCount == patterns.length) {
      if (patternCount == MAX_PATTERNS) {
        return -1;
      }
      growPatterns();
      return number(value);
    }
    int number = patternCount++;
    patterns[number] = value;
    index[slot] = value;
    patternNumber[slot] = (short) number;
    return number;
  }

  private static long mix(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return h ^ h >>> 32;
  }

  private void growPatterns() {
    long[] old = patterns;
    allocatePatterns(old.length * 2);
    patternCount = 0;
    for (long value : old) {
      number(value); // numbered again in the same order, so the slots keep their numbers
    }
  }

  private void insertCompact(long entry, int hash) {
    long[] t = compactTable;
    int m = compactMask;
    int slot = hash & m;
    while (t[slot] != 0) {
      slot = (slot + 1) & m;
    }
    t[slot] = entry;
  }

  private void growCompact() {
    long[] old = compactTable;
    allocateCompact(old.length * 2);
    for (long e : old) {
      if (e != 0) {
        insertCompact(e, compactHash(e & CODE));
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

  /** Forgets every word and every numbered segmentation, keeping the storage. */
  void clear() {
    if (generalSize > 0) {
      Arrays.fill(table, 0L);
    }
    if (compactSize > 0) {
      Arrays.fill(compactTable, 0L);
    }
    if (patternCount > 0) {
      Arrays.fill(patternIndex, 0L);
    }
    size = 0;
    generalSize = 0;
    compactSize = 0;
    patternCount = 0;
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
