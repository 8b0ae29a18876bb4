package io.khabar.token;

import io.khabar.pack.PackedReader;
import io.khabar.pack.PackedWriter;
import io.khabar.pack.SourceChecksum;
import io.khabar.text.ArabicNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Word frequencies in matching form (see {@link ArabicNormalizer}), the lexical evidence the
 * {@link CliticSegmenter} weighs, plus a small set of <em>protected</em> words whose clitic-like
 * letters belong to the word (والي "governor", ذلك, تلك): the segmenter never strips a pronoun
 * from them and never splits them when they stand alone.
 *
 * <p>Lookups take a char range and allocate nothing: keys live in one char pool and an
 * open-addressing table of entry numbers, probed linearly. Immutable and thread-safe once built.
 *
 * <p>Resource formats (UTF-8): counts are {@code form<TAB>count} lines; the protected list has
 * one word a line; in both, blank lines and lines starting with {@code #} are ignored, forms
 * are normalised on load, and a form listed twice keeps the sum of its counts.
 */
public final class StemLexicon {

  /** Classpath location of the default resources in the khabar-models jar. */
  public static final String DEFAULT_COUNTS = "/io/khabar/models/lexicon/ar-word-counts.tsv.gz";
  public static final String DEFAULT_PROTECTED = "/io/khabar/models/lexicon/clitic-protected.txt";

  private static volatile StemLexicon defaultInstance;

  private final char[] pool;
  private final int[] keyStart; // entry e's key is pool[keyStart[e], keyStart[e + 1])
  private final int[] counts;
  private final boolean[] protectedWord;
  private final int[] table; // entry number or -1
  private final int mask;
  private final long total;

  private StemLexicon(char[] pool, int[] keyStart, int[] counts, boolean[] protectedWord,
      int[] table, long total) {
    this.pool = pool;
    this.keyStart = keyStart;
    this.counts = counts;
    this.protectedWord = protectedWord;
    this.table = table;
    this.mask = table.length - 1;
    this.total = total;
  }

  private StemLexicon(Map<String, int[]> entries) {
    int n = entries.size();
    int chars = 0;
    for (String k : entries.keySet()) {
      chars += k.length();
    }
    pool = new char[chars];
    keyStart = new int[n + 1];
    counts = new int[n];
    protectedWord = new boolean[n];
    int cap = Integer.highestOneBit(Math.max(4, n * 2 + 1)) << 1;
    table = new int[cap];
    Arrays.fill(table, -1);
    mask = cap - 1;
    int e = 0;
    int p = 0;
    long sum = 0;
    for (Map.Entry<String, int[]> en : entries.entrySet()) {
      String k = en.getKey();
      k.getChars(0, k.length(), pool, p);
      keyStart[e] = p;
      p += k.length();
      counts[e] = en.getValue()[0];
      protectedWord[e] = en.getValue()[1] != 0;
      sum += counts[e];
      int slot = hash(pool, keyStart[e], k.length()) & mask;
      while (table[slot] != -1) {
        slot = (slot + 1) & mask;
      }
      table[slot] = e;
      e++;
    }
    keyStart[n] = p;
    total = sum;
  }

  /** The lexicon in the khabar-models jar, loaded once and shared. */
  public static StemLexicon loadDefault() {
    StemLexicon lex = defaultInstance;
    if (lex == null) {
      synchronized (StemLexicon.class) {
        lex = defaultInstance;
        if (lex == null) {
          lex = readPacked().orElseGet(() -> fromClasspath(DEFAULT_COUNTS, DEFAULT_PROTECTED));
          defaultInstance = lex;
        }
      }
    }
    return lex;
  }

  /**
   * Class-path location of the default lexicon's tables, written at build time by {@code
   * io.khabar.pack.PackResources} ({@link #writeDefault}): loading them is a few array copies,
   * where reading the counts normalises and hashes every one of some hundred thousand forms.
   */
  static final String PACKED = "io/khabar/pack/stem-lexicon.packed";

  private static final String PACKED_TAG = "khabar-stem-lexicon/1";

  /** The default lexicon's tables, if they were packed from the resources on the class path. */
  static Optional<StemLexicon> readPacked() {
    ClassLoader cl = StemLexicon.class.getClassLoader();
    byte[] bytes = SourceChecksum.bytes(cl, PACKED);
    if (bytes == null) {
      return Optional.empty();
    }
    PackedReader in = new PackedReader(bytes);
    in.expect(PACKED_TAG);
    if (in.readLong() != sourcesChecksum()) {
      return Optional.empty();
    }
    char[] pool = in.readChars();
    int[] keyStart = in.readInts();
    int[] counts = in.readInts();
    byte[] prot = in.readBytes();
    boolean[] protectedWord = new boolean[prot.length];
    for (int i = 0; i < prot.length; i++) {
      protectedWord[i] = prot[i] != 0;
    }
    int[] table = in.readInts();
    long total = in.readLong();
    return Optional.of(new StemLexicon(pool, keyStart, counts, protectedWord, table, total));
  }

  /** Writes the default lexicon's tables into {@code classesDir} for {@link #readPacked}. */
  public static void writeDefault(Path classesDir) throws IOException {
    StemLexicon lex = fromClasspath(DEFAULT_COUNTS, DEFAULT_PROTECTED);
    byte[] prot = new byte[lex.protectedWord.length];
    for (int i = 0; i < prot.length; i++) {
      prot[i] = (byte) (lex.protectedWord[i] ? 1 : 0);
    }
    PackedWriter out = new PackedWriter().writeTag(PACKED_TAG).writeLong(sourcesChecksum());
    out.writeChars(lex.pool).writeInts(lex.keyStart).writeInts(lex.counts).writeBytes(prot);
    out.writeInts(lex.table).writeLong(lex.total);
    Path file = classesDir.resolve(PACKED);
    Files.createDirectories(file.getParent());
    Files.write(file, out.toByteArray());
  }

  private static long sourcesChecksum() {
    return SourceChecksum.of(StemLexicon.class.getClassLoader(), DEFAULT_COUNTS.substring(1),
        DEFAULT_PROTECTED.substring(1));
  }

  /** Loads a counts resource (gzipped when its name ends in .gz) and a protected-word list. */
  public static StemLexicon fromClasspath(String countsResource, String protectedResource) {
    try (InputStream counts = open(countsResource);
        InputStream prot = open(protectedResource)) {
      InputStream c = countsResource.endsWith(".gz") ? new GZIPInputStream(counts) : counts;
      return read(
          new InputStreamReader(c, StandardCharsets.UTF_8),
          new InputStreamReader(prot, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + countsResource, e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = StemLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing classpath resource " + resource
          + " (is khabar-models on the classpath?)");
    }
    return in;
  }

  /** Reads counts ({@code form<TAB>count}) and protected words (one a line). */
  public static StemLexicon read(Reader counts, Reader protectedWords) throws IOException {
    Map<String, int[]> entries = new LinkedHashMap<>();
    ArabicNormalizer norm = ArabicNormalizer.get();
    BufferedReader r = new BufferedReader(counts);
    for (String line; (line = r.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IOException("expected form<TAB>count: " + line);
      }
      String form = norm.matchingForm(line.substring(0, tab).strip());
      int c;
      try {
        c = Integer.parseInt(line.substring(tab + 1).strip());
      } catch (NumberFormatException e) {
        throw new IOException("bad count: " + line, e);
      }
      if (!form.isEmpty() && c > 0) {
        int[] v = entries.computeIfAbsent(form, k -> new int[2]);
        v[0] = (int) Math.min(Integer.MAX_VALUE, (long) v[0] + c);
      }
    }
    BufferedReader p = new BufferedReader(protectedWords);
    for (String line; (line = p.readLine()) != null; ) {
      int hash = line.indexOf('#');
      String w = norm.matchingForm((hash >= 0 ? line.substring(0, hash) : line).strip());
      if (!w.isEmpty()) {
        entries.computeIfAbsent(w, k -> new int[2])[1] = 1;
      }
    }
    return new StemLexicon(entries);
  }

  /** A lexicon from in-memory data (tests, tools); forms are normalised. */
  public static StemLexicon of(Map<String, Integer> counts, Set<String> protectedWords) {
    Map<String, int[]> entries = new LinkedHashMap<>();
    ArabicNormalizer norm = ArabicNormalizer.get();
    counts.forEach((k, v) -> {
      String f = norm.matchingForm(k);
      if (!f.isEmpty() && v != null && v > 0) {
        entries.computeIfAbsent(f, x -> new int[2])[0] += v;
      }
    });
    for (String w : protectedWords) {
      String f = norm.matchingForm(w);
      if (!f.isEmpty()) {
        entries.computeIfAbsent(f, x -> new int[2])[1] = 1;
      }
    }
    return new StemLexicon(entries);
  }

  /** Number of distinct forms (counted or protected). */
  public int size() {
    return counts.length;
  }

  /** The matching form of entry {@code i}, {@code 0 <= i < size()} (for tools and tests). */
  public String form(int i) {
    Objects.checkIndex(i, counts.length);
    return new String(pool, keyStart[i], keyStart[i + 1] - keyStart[i]);
  }

  /** The count of entry {@code i}. */
  public int count(int i) {
    Objects.checkIndex(i, counts.length);
    return counts[i];
  }

  /** Sum of all counts. */
  public long totalCount() {
    return total;
  }

  /** Count of the matching form {@code buf[off, off + len)}; 0 when absent. No allocation. */
  public int count(char[] buf, int off, int len) {
    int e = find(buf, off, len);
    return e < 0 ? 0 : counts[e];
  }

  /** Count of {@code word}, normalised first. */
  public int count(CharSequence word) {
    char[] f = ArabicNormalizer.get().matchingForm(Objects.requireNonNull(word)).toCharArray();
    return count(f, 0, f.length);
  }

  /** True when the matching form {@code buf[off, off + len)} is a protected word. */
  public boolean isProtected(char[] buf, int off, int len) {
    int e = find(buf, off, len);
    return e >= 0 && protectedWord[e];
  }

  /** True when {@code word}, normalised, is a protected word. */
  public boolean isProtected(CharSequence word) {
    char[] f = ArabicNormalizer.get().matchingForm(Objects.requireNonNull(word)).toCharArray();
    return isProtected(f, 0, f.length);
  }

  private int find(char[] buf, int off, int len) {
    if (len <= 0) {
      return -1;
    }
    int slot = hash(buf, off, len) & mask;
    while (true) {
      int e = table[slot];
      if (e < 0) {
        return -1;
      }
      int ks = keyStart[e];
      if (keyStart[e + 1] - ks == len && Arrays.equals(pool, ks, ks + len, buf, off, off + len)) {
        return e;
      }
      slot = (slot + 1) & mask;
    }
  }

  private static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off, end = off + len; i < end; i++) {
      h = 31 * h + buf[i];
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 15);
  }
}
