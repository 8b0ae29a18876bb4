package io.khabar.kb;

import io.khabar.pack.PackedReader;
import io.khabar.pack.PackedWriter;
import io.khabar.pack.SourceChecksum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The name-token lexicon of {@link NameTransliterator} ({@code arabic<TAB>English} lines, the
 * last line of a word winning) as one open-addressing table over two char pools: no String or
 * map node per entry, so its some 45,000 entries load from the packed form the build writes
 * ({@link #PACKED}) by a few array copies, or are read from the text when that form is missing
 * or was made from another file. Immutable and thread-safe.
 */
final class NameTokens {

  static final String PACKED = "io/khabar/pack/name-tokens.packed";
  private static final String TAG = "khabar-name-tokens/1";
  private static final String SOURCE = NameTransliterator.NAME_TOKENS.substring(1);

  static final NameTokens EMPTY = of(Map.of());

  private final char[] keys;
  private final int[] keyEnds;
  private final char[] values;
  private final int[] valueEnds;
  private final int[] hashes;
  private final int[] slots; // entry + 1, 0 = empty

  private NameTokens(char[] keys, int[] keyEnds, char[] values, int[] valueEnds, int[] hashes,
      int[] slots) {
    this.keys = keys;
    this.keyEnds = keyEnds;
    this.values = values;
    this.valueEnds = valueEnds;
    this.hashes = hashes;
    this.slots = slots;
  }

  static NameTokens of(Map<String, String> entries) {
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
    return new NameTokens(chars(k), keyEnds, chars(v), valueEnds, hashes, slots);
  }

  /** The bundled lexicon: packed if current, else read from its text; empty without it. */
  static NameTokens loadDefault() {
    ClassLoader cl = NameTokens.class.getClassLoader();
    byte[] packed = SourceChecksum.bytes(cl, PACKED);
    if (packed != null) {
      PackedReader in = new PackedReader(packed);
      in.expect(TAG);
      if (in.readLong() == SourceChecksum.of(cl, SOURCE)) {
        return new NameTokens(in.readChars(), in.readInts(), in.readChars(), in.readInts(),
            in.readInts(), in.readInts());
      }
    }
    byte[] text = SourceChecksum.bytes(cl, SOURCE);
    return text == null ? EMPTY : of(parse(new String(text, StandardCharsets.UTF_8)));
  }

  /** Writes the packed form of the bundled lexicon into {@code classesDir}. */
  static void writeDefault(Path classesDir) throws IOException {
    ClassLoader cl = NameTokens.class.getClassLoader();
    byte[] text = SourceChecksum.bytes(cl, SOURCE);
    if (text == null) {
      return;
    }
    NameTokens t = of(parse(new String(text, StandardCharsets.UTF_8)));
    PackedWriter out = new PackedWriter().writeTag(TAG).writeLong(SourceChecksum.of(cl, SOURCE));
    out.writeChars(t.keys).writeInts(t.keyEnds).writeChars(t.values).writeInts(t.valueEnds);
    out.writeInts(t.hashes).writeInts(t.slots);
    Path file = classesDir.resolve(PACKED);
    Files.createDirectories(file.getParent());
    Files.write(file, out.toByteArray());
  }

  /** {@code arabic<TAB>English} lines; a word listed again takes the later spelling. */
  static Map<String, String> parse(String all) {
    Map<String, String> out = new LinkedHashMap<>(64 * 1024);
    int at = 0;
    while (at < all.length()) {
      int tab = all.indexOf('\t', at);
      int nl = all.indexOf('\n', at);
      if (nl < 0) {
        nl = all.length();
      }
      if (tab > at && tab < nl) {
        out.put(all.substring(at, tab), all.substring(tab + 1, nl));
      }
      at = nl + 1;
    }
    return out;
  }

  int size() {
    return hashes.length;
  }

  boolean contains(String key) {
    return find(key) >= 0;
  }

  /** The English spelling of {@code key}, or null. */
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
