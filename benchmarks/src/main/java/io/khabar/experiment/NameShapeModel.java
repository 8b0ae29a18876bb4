package io.khabar.experiment;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * How much a word looks like a person's, a place's, an organisation's name or an ordinary word,
 * from its letters alone: one character n-gram language model per class ({@link #PERS}, {@link
 * #LOC}, {@link #ORG}, {@link #O}), interpolated with Witten-Bell smoothing down to a uniform
 * distribution, over the word with a start and an end mark. Transliterated foreign names
 * (فابريغاس، شوفكوفسكي) have letter sequences that Arabic nouns rarely have, and the name finder
 * misses most of them because it has never seen them; this model gives it a dense, smoothed
 * score instead of sparse n-gram features.
 *
 * <p>The models are trained on text outside the name finder's training corpus (see {@code
 * io.khabar.train.BuildNameShape}), so their scores on its training and development sentences
 * are equally honest. Input is a stem in matching form (article already removed by the name
 * finder's {@link StemFunction}); letters are mapped to 6-bit codes (Arabic letters one each,
 * other Arabic-script letters, digits, Latin letters and anything else one code per group) and an
 * n-gram is the int made of its codes, so scoring allocates nothing.
 *
 * <p>Immutable and thread-safe once built; stored inside the OpenNLP model as an artifact like
 * {@link WordFrequencies}.
 */
public final class NameShapeModel implements SerializableArtifact {

  /** Conventional artifact name in the feature descriptor and the model. */
  public static final String ARTIFACT = "ner-ar-shape.nameshape";

  public static final int PERS = 0;
  public static final int LOC = 1;
  public static final int ORG = 2;
  public static final int O = 3;
  public static final int CLASSES = 4;
  private static final String[] NAMES = {"PERS", "LOC", "ORG", "O"};

  /** Longest n-gram; 5 codes of 6 bits plus the leading 1 still fit an int. */
  public static final int MAX_ORDER = 5;

  private static final int BOS = 43;
  private static final int EOS = 44;
  private static final int DIGIT = 45;
  private static final int LATIN = 46;
  private static final int OTHER_ARABIC = 47;
  private static final int OTHER = 48;
  /** Size of the code alphabet: the uniform floor of the interpolation. */
  private static final int ALPHABET = 48;
  /** Words longer than this are scored on their first MAX_LETTERS letters. */
  private static final int MAX_LETTERS = 64;
  private static final int MAGIC = 0x4e53484e; // "NSHN": varint format

  private final int order;
  private final IntTable[] ngrams = new IntTable[CLASSES]; // n-gram key -> count
  private final IntTable[] contexts = new IntTable[CLASSES]; // context key -> total, distinct

  private NameShapeModel(int order, IntTable[] ngrams) {
    this.order = order;
    for (int c = 0; c < CLASSES; c++) {
      this.ngrams[c] = ngrams[c];
      this.contexts[c] = contextsOf(ngrams[c]);
    }
  }

  public static String className(int c) {
    return NAMES[c];
  }

  public int order() {
    return order;
  }

  /** Number of distinct n-grams stored for class {@code c}. */
  public int size(int c) {
    return ngrams[c].size;
  }

  /**
   * Writes into {@code out[0..3]} the log-probability per letter (natural log, the end mark
   * counted as a letter) of {@code stem} under each class. Never throws; an empty stem scores
   * its end mark only.
   */
  public void score(CharSequence stem, double[] out) {
    int n = stem == null ? 0 : Math.min(stem.length(), MAX_LETTERS);
    int histMask = (1 << (6 * (order - 1))) - 1;
    for (int c = 0; c < CLASSES; c++) {
      double lp = 0;
      // the up to order-1 previous codes, most recent in the low bits
      int histLen = Math.min(1, order - 1);
      int hist = BOS & histMask;
      for (int i = 0; i <= n; i++) {
        int code = i < n ? code(stem.charAt(i)) : EOS;
        lp += Math.log(prob(c, hist, histLen, code));
        hist = ((hist << 6) | code) & histMask;
        histLen = Math.min(histLen + 1, order - 1);
      }
      out[c] = lp / (n + 1);
    }
  }

  /** Convenience: the four scores in a new array. */
  public double[] score(CharSequence stem) {
    double[] out = new double[CLASSES];
    score(stem, out);
    return out;
  }

  /** The class with the highest score in {@code scores}. */
  public static int best(double[] scores) {
    int b = 0;
    for (int c = 1; c < CLASSES; c++) {
      if (scores[c] > scores[b]) {
        b = c;
      }
    }
    return b;
  }

  /**
   * Witten-Bell: P(x|h) = (C(hx) + N1+(h·) P(x|h')) / (C(h) + N1+(h·)), from the empty context
   * up to the longest history, over a uniform floor. {@code hist} holds {@code histLen} codes.
   */
  private double prob(int c, int hist, int histLen, int code) {
    IntTable ng = ngrams[c];
    IntTable cx = contexts[c];
    double p = 1.0 / ALPHABET;
    for (int k = 0; k <= histLen; k++) {
      int ctx = (1 << (6 * k)) | (k == 0 ? 0 : hist & ((1 << (6 * k)) - 1));
      int slot = cx.find(ctx);
      if (slot < 0) {
        break; // a longer history containing this one is unseen too
      }
      int total = cx.a[slot];
      int types = cx.b[slot];
      int s = ng.find((ctx << 6) | code);
      int count = s < 0 ? 0 : ng.a[s];
      p = (count + types * p) / (total + types);
    }
    return p;
  }

  /** The 6-bit code of a matching-form character. */
  static int code(char ch) {
    if (ch >= '\u0621' && ch <= '\u064A') {
      return ch - '\u0621' + 1; // 1..42
    }
    if (ch >= '0' && ch <= '9') {
      return DIGIT;
    }
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
      return LATIN;
    }
    if (ch >= '\u0671' && ch <= '\u06D3') {
      return OTHER_ARABIC;
    }
    return OTHER;
  }

  private static IntTable contextsOf(IntTable ng) {
    IntTable cx = new IntTable(Math.max(16, ng.size / 2), true);
    for (int i = 0; i < ng.keys.length; i++) {
      int key = ng.keys[i];
      if (key != 0) {
        int slot = cx.slot(key >>> 6);
        cx.a[slot] += ng.a[i];
        cx.b[slot]++;
      }
    }
    return cx;
  }

  /** Builder: counts n-grams of stems per class. Not thread-safe. */
  public static Builder builder(int order) {
    return new Builder(order);
  }

  /** Counts stems of each class; {@link #build} freezes them. */
  public static final class Builder {
    private final int order;
    private final IntTable[] counts = new IntTable[CLASSES];

    private Builder(int order) {
      if (order < 1 || order > MAX_ORDER) {
        throw new IllegalArgumentException("order must be 1.." + MAX_ORDER + ": " + order);
      }
      this.order = order;
      for (int c = 0; c < CLASSES; c++) {
        counts[c] = new IntTable(1024, false);
      }
    }

    /** Adds {@code weight} occurrences of {@code stem} (matching form) to class {@code c}. */
    public Builder add(int c, CharSequence stem, int weight) {
      int n = Math.min(stem.length(), MAX_LETTERS);
      int[] codes = new int[n + 2];
      codes[0] = BOS;
      for (int i = 0; i < n; i++) {
        codes[i + 1] = code(stem.charAt(i));
      }
      codes[n + 1] = EOS;
      IntTable t = counts[c];
      for (int i = 1; i < codes.length; i++) {
        // every n-gram ending at i, from the unigram up to the model order
        for (int k = Math.max(0, i - order + 1); k <= i; k++) {
          int key = 1;
          for (int j = k; j <= i; j++) {
            key = (key << 6) | codes[j];
          }
          int slot = t.slot(key); // may grow the table: read t.a after
          t.a[slot] += weight;
        }
      }
      return this;
    }

    public NameShapeModel build() {
      IntTable[] frozen = new IntTable[CLASSES];
      for (int c = 0; c < CLASSES; c++) {
        frozen[c] = counts[c].copy(); // later adds must not change a built model
      }
      return new NameShapeModel(order, frozen);
    }
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /**
   * Binary: magic, order, then per class the number of n-grams and, in key order, each key as the
   * varint difference to the previous one and its count as a varint.
   */
  public static final class Serializer implements ArtifactSerializer<NameShapeModel> {

    public Serializer() {}

    @Override
    public NameShapeModel create(InputStream in) throws IOException {
      DataInputStream d = new DataInputStream(in);
      if (d.readInt() != MAGIC) {
        throw new IOException("not a name shape model");
      }
      int order = d.readInt();
      if (order < 1 || order > MAX_ORDER) {
        throw new IOException("bad order " + order);
      }
      IntTable[] t = new IntTable[CLASSES];
      for (int c = 0; c < CLASSES; c++) {
        int n = d.readInt();
        if (n < 0 || n > 50_000_000) {
          throw new IOException("bad size " + n);
        }
        t[c] = new IntTable(Math.max(16, n), false);
        int key = 0;
        for (int i = 0; i < n; i++) {
          key += readVarint(d);
          int count = readVarint(d);
          if (key <= 0 || count <= 0) {
            throw new IOException("bad n-gram entry " + i);
          }
          int slot = t[c].slot(key);
          t[c].a[slot] = count;
        }
      }
      return new NameShapeModel(order, t);
    }

    @Override
    public void serialize(NameShapeModel m, OutputStream out) throws IOException {
      DataOutputStream d = new DataOutputStream(out);
      d.writeInt(MAGIC);
      d.writeInt(m.order);
      for (int c = 0; c < CLASSES; c++) {
        IntTable t = m.ngrams[c];
        long[] pairs = new long[t.size];
        int k = 0;
        for (int i = 0; i < t.keys.length; i++) {
          if (t.keys[i] != 0) {
            pairs[k++] = ((long) t.keys[i] << 32) | (t.a[i] & 0xffffffffL);
          }
        }
        Arrays.sort(pairs);
        d.writeInt(pairs.length);
        int previous = 0;
        for (long p : pairs) {
          int key = (int) (p >>> 32);
          writeVarint(d, key - previous);
          writeVarint(d, (int) p);
          previous = key;
        }
      }
      d.flush(); // never close: the stream is the model's zip
    }
  }

  private static void writeVarint(DataOutputStream d, int v) throws IOException {
    while ((v & ~0x7f) != 0) {
      d.writeByte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    d.writeByte(v);
  }

  private static int readVarint(DataInputStream d) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = d.readUnsignedByte();
      v |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("bad varint");
  }

  /**
   * Open-addressing int table, key 0 = empty (keys start with a 1 bit), one or two int values;
   * at most half full.
   */
  private static final class IntTable {
    int[] keys;
    int[] a;
    int[] b;
    int size;

    /** @param second whether the second value array {@code b} is needed */
    IntTable(int expected, boolean second) {
      int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
      keys = new int[cap];
      a = new int[cap];
      b = second ? new int[cap] : null;
    }

    IntTable copy() {
      IntTable t = new IntTable(16, b != null);
      t.keys = keys.clone();
      t.a = a.clone();
      t.b = b == null ? null : b.clone();
      t.size = size;
      return t;
    }

    int find(int key) {
      int mask = keys.length - 1;
      int i = mix(key) & mask;
      while (true) {
        int k = keys[i];
        if (k == key) {
          return i;
        }
        if (k == 0) {
          return -1;
        }
        i = (i + 1) & mask;
      }
    }

    /** The slot of {@code key}, inserted with zero values if absent. */
    int slot(int key) {
      int mask = keys.length - 1;
      int i = mix(key) & mask;
      while (keys[i] != 0) {
        if (keys[i] == key) {
          return i;
        }
        i = (i + 1) & mask;
      }
      if ((size + 1) * 2 > keys.length) {
        grow();
        return slot(key);
      }
      keys[i] = key;
      size++;
      return i;
    }

    private void grow() {
      int[] ok = keys;
      int[] oa = a;
      int[] ob = b;
      keys = new int[ok.length * 2];
      a = new int[ok.length * 2];
      b = ob == null ? null : new int[ok.length * 2];
      size = 0;
      for (int i = 0; i < ok.length; i++) {
        if (ok[i] != 0) {
          int s = slot(ok[i]);
          a[s] = oa[i];
          if (ob != null) {
            b[s] = ob[i];
          }
        }
      }
    }

    private static int mix(int key) {
      int h = key * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
