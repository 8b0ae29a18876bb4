package io.khabar.kb;

import io.khabar.pack.PackedReader;
import io.khabar.pack.PackedWriter;
import java.util.Map;

/**
 * A string-to-string map as one open-addressing table over two char pools: no String or map
 * node per entry, so that a table of tens of thousands of entries is written at build time
 * ({@link #writeTo}) and read back ({@link #read}) by a few array copies. Immutable and
 * thread-safe.
 */
final class StringTable {

  static final StringTable EMPTY = of(Map.of());

  private final char[] keys;
  private final int[] keyEnds;
  private final char[] values;
  private final int[] valueEnds;
  private final int[] hashes;
  private final int[] slots; // entry + 1, 0 = empty

  private StringTable(char[] keys, int[] keyEnds, char[] values, int[] valueEnds, int[] hashes,
      int[] slots) {
    this.keys = keys;
    this.keyEnds = keyEnds;
    this.values = values;
    this.valueEnds = valueEnds;
    this.hashes = hashes;
    this.slots = slots;
  }

  /** The table of {@code entries}, in their iteration order. */
  static StringTable of(Map<String, String> entries) {
    int n = entries.size();
    StringBuilder k = new StringBuilder();
    StringBuilder v = new StringBuilder();
    int[] keyEnds = new int[n];
    int[] valueEnds = new int[n];
    int[] hashes = new int[n];
    int size = Integer.highestOneBit(Math.max(4, 2 * n)) << 1;
    int[] slots = new int[size];
    int e = 0;
    for (Map.Entry<String, String> en : entries.entrySet()) {
      k.append(en.getKey());
      keyEnds[e] = k.length();
      v.append(en.getValue());
      valueEnds[e] = v.length();
      hashes[e] = en.getKey().hashCode();
      int slot = mix(hashes[e]) & (size - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (size - 1);
      }
      slots[slot] = e + 1;
      e++;
    }
    return new StringTable(chars(k), keyEnds, chars(v), valueEnds, hashes, slots);
  }

  /** The table {@link #writeTo} wrote. */
  static StringTable read(PackedReader in) {
    return new StringTable(in.readChars(), in.readInts(), in.readChars(), in.readInts(),
        in.readInts(), in.readInts());
  }

  void writeTo(PackedWriter out) {
    out.writeChars(keys).writeInts(keyEnds).writeChars(values).writeInts(valueEnds);
    out.writeInts(hashes).writeInts(slots);
  }

  int size() {
    return hashes.length;
  }

  boolean contains(String key) {
    return find(key) >= 0;
  }

  /** The value of {@code key}, or null. */
  String get(String key) {
    int e = find(key);
    if (e < 0) {
      return null;
    }
    int start = e == 0 ? 0 : valueEnds[e - 1];
    return new String(values, start, valueEnds[e] - start);
  }

  private int find(String key) {
    int h = key.hashCode();
    int mask = slots.length - 1;
    int slot = mix(h) & mask;
    while (true) {
      int e = slots[slot] - 1;
      if (e < 0) {
        return -1;
      }
      if (hashes[e] == h && keyEquals(e, key)) {
        return e;
      }
      slot = (slot + 1) & mask;
    }
  }

  private boolean keyEquals(int e, String key) {
    int start = e == 0 ? 0 : keyEnds[e - 1];
    if (keyEnds[e] - start != key.length()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (keys[start + i] != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private static char[] chars(StringBuilder b) {
    char[] c = new char[b.length()];
    b.getChars(0, c.length, c, 0);
    return c;
  }
}
