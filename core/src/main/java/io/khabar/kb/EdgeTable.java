package io.khabar.kb;

/**
 * The edges of a {@link PhraseTrie}: {@code (node, word id) → child node} in one open-addressing
 * table keyed by the pair packed in a long. A map of boxed Longs cost an allocation and an
 * unboxing per word of every phrase added, and a bucket walk per word matched; here a look-up
 * reads a slot or two of two flat arrays and allocates nothing. Grows while a trie is built;
 * {@link #compact} gives the read-only table a built trie keeps.
 */
final class EdgeTable {

  private static final long NO_EDGE = -1L;

  private long[] keys;
  private int[] targets;
  private int count;

  private EdgeTable(long[] keys, int[] targets, int count) {
    this.keys = keys;
    this.targets = targets;
    this.count = count;
  }

  /** An empty table to grow. */
  static EdgeTable growing() {
    return new EdgeTable(emptyKeys(64), new int[64], 0);
  }

  /** The table of {@link #keys()} and {@link #targets()}, as written. */
  static EdgeTable of(long[] keys, int[] targets) {
    int n = 0;
    for (long k : keys) {
      n += k == NO_EDGE ? 0 : 1;
    }
    return new EdgeTable(keys, targets, n);
  }

  long[] keys() {
    return keys;
  }

  int[] targets() {
    return targets;
  }

  /** The child of {@code node} under {@code wordId}, or -1. */
  int child(int node, int wordId) {
    long key = key(node, wordId);
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return targets[slot];
      }
      if (k == NO_EDGE) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The child of {@code node} under {@code wordId}; if there is none, adds {@code newChild}. */
  int childOrAdd(int node, int wordId, int newChild) {
    long key = key(node, wordId);
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (keys[slot] != NO_EDGE) {
      if (keys[slot] == key) {
        return targets[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    targets[slot] = newChild;
    if (++count * 2 > keys.length) {
      rehash(keys.length * 2);
    }
    return newChild;
  }

  /** A copy at the smallest size that keeps the table at most half full. */
  EdgeTable compact() {
    EdgeTable t = new EdgeTable(keys, targets, count);
    t.rehash(tableSize(count));
    return t;
  }

  private void rehash(int size) {
    long[] oldKeys = keys;
    int[] oldTargets = targets;
    keys = emptyKeys(size);
    targets = new int[size];
    int mask = size - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != NO_EDGE) {
        int slot = mix(oldKeys[i]) & mask;
        while (keys[slot] != NO_EDGE) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        targets[slot] = oldTargets[i];
      }
    }
  }

  private static long[] emptyKeys(int size) {
    long[] k = new long[size];
    java.util.Arrays.fill(k, NO_EDGE);
    return k;
  }

  private static long key(int node, int wordId) {
    return ((long) node << 32) | (wordId & 0xFFFFFFFFL);
  }

  private static int mix(long k) {
    k ^= k >>> 33;
    k *= 0xFF51AFD7ED558CCDL;
    k ^= k >>> 33;
    return (int) k & 0x7FFFFFFF;
  }

  /** The smallest power of two, at least 4, that holds {@code n} entries at most half full. */
  static int tableSize(int n) {
    int size = 4;
    while (size < n * 2) {
      size <<= 1;
    }
    return size;
  }
}
