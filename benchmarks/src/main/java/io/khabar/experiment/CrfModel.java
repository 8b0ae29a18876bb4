package io.khabar.experiment;

import io.khabar.ner.ArabicFeatureGenerator;
import io.khabar.ner.ArabicNameFinder;
import io.khabar.ner.WordFrequencies;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * A linear-chain CRF name-finder model (first order, BIO labels): one weight per (feature,
 * label) for the outcome-independent features of {@link ArabicFeatureGenerator} and its OpenNLP
 * companions (the same XML feature descriptor as an OpenNLP model), plus a label-to-label
 * transition matrix and a sentence-start row. Invalid BIO transitions (I-X not after B-X or I-X)
 * are not parameters: the decoder never takes them.
 *
 * <p>Immutable and shared by all threads; {@link CrfDecoder} is the per-thread part. Trained by
 * {@code io.khabar.train.CrfTrainer}.
 *
 * <p>File format (big-endian, {@link DataOutputStream}): the 4 magic bytes {@code KCRF}, then
 * gzip of: version, descriptor bytes, frequency table name and bytes ({@link WordFrequencies}
 * text, empty name for none), labels, start row and transition matrix as floats, and per kept
 * feature its string, a bit mask of the labels it has a weight for and those weights as floats.
 * Weights whose magnitude is below the pruning threshold are dropped when the model is built:
 * they change no decision but would make the file ten times larger.
 */
public final class CrfModel {

  /** First bytes of a CRF model file ({@code KCRF}); an OpenNLP model is a zip ({@code PK}). */
  static final byte[] MAGIC = {'K', 'C', 'R', 'F'};

  private static final int VERSION = 1;

  private final byte[] descriptor;
  private final String frequencyName; // "" for none
  private final WordFrequencies frequencies; // null for none
  private final String[] labels;
  private final float[] start; // [label]
  private final float[] transitions; // [previous * L + label], -inf where BIO forbids
  private final Map<String, Integer> rows; // feature -> row of weights
  private final float[] weights; // [row * L + label]

  private CrfModel(byte[] descriptor, String frequencyName, WordFrequencies frequencies,
      String[] labels, float[] start, float[] transitions, Map<String, Integer> rows,
      float[] weights) {
    this.descriptor = descriptor;
    this.frequencyName = frequencyName;
    this.frequencies = frequencies;
    this.labels = labels;
    this.start = start;
    this.transitions = transitions;
    this.rows = rows;
    this.weights = weights;
    int n = labels.length;
    for (int p = 0; p < n; p++) {
      for (int l = 0; l < n; l++) {
        if (!allowed(labels, p, l)) {
          transitions[p * n + l] = Float.NEGATIVE_INFINITY;
        }
      }
      if (!allowed(labels, -1, p)) {
        start[p] = Float.NEGATIVE_INFINITY;
      }
    }
  }

  /**
   * A model from trained weights.
   *
   * @param frequencyName the descriptor's name of the frequency table, or "" for none
   * @param start per label, the weight of beginning a sentence with it
   * @param transitions {@code [previous * labels + label]}
   * @param weights {@code [feature * labels + label]}, feature in the order of {@code features}
   * @param prune weights of smaller magnitude are dropped
   */
  public static CrfModel of(byte[] descriptor, String frequencyName, WordFrequencies frequencies,
      List<String> labels, double[] start, double[] transitions, List<String> features,
      double[] weights, double prune) {
    int n = labels.size();
    Map<String, Integer> rows = new HashMap<>();
    float[] kept = new float[weights.length];
    int r = 0;
    for (int f = 0; f < features.size(); f++) {
      boolean any = false;
      for (int l = 0; l < n; l++) {
        double w = weights[f * n + l];
        if (Math.abs(w) >= prune) {
          kept[r * n + l] = (float) w;
          any = true;
        }
      }
      if (any) {
        rows.put(features.get(f), r++);
      }
    }
    return new CrfModel(descriptor.clone(), frequencyName, frequencies,
        labels.toArray(String[]::new), toFloat(start), toFloat(transitions), rows,
        Arrays.copyOf(kept, r * n));
  }

  private static float[] toFloat(double[] d) {
    float[] f = new float[d.length];
    for (int i = 0; i < d.length; i++) {
      f[i] = (float) d[i];
    }
    return f;
  }

  /**
   * The same model with {@code bias} subtracted from the "O" label's score at every token, which
   * trades precision for recall. Exact as a change of the start and transition weights into O,
   * since every token has exactly one of those.
   */
  /** This model as a name finder, decoded by {@link CrfDecoder} (Viterbi), one per thread. */
  public ArabicNameFinder finder() {
    return ArabicNameFinder.of(() -> CrfDecoder.create(this));
  }

  /** Reads a CRF model or, failing its magic number, an OpenNLP one; the stream is not closed. */
  public static ArabicNameFinder load(InputStream in) throws IOException {
    InputStream b = in.markSupported() ? in : new BufferedInputStream(in);
    if (isCrf(b)) {
      return read(new java.io.FilterInputStream(b) {
        @Override
        public void close() {
          // owned by the caller
        }
      }).finder();
    }
    return ArabicNameFinder.load(b);
  }

  public CrfModel withOtherBias(double bias) {
    int n = labels.length;
    int o = Arrays.asList(labels).indexOf("O");
    float[] s = start.clone();
    float[] t = transitions.clone();
    if (o >= 0) {
      s[o] -= (float) bias;
      for (int p = 0; p < n; p++) {
        t[p * n + o] -= (float) bias;
      }
    }
    return new CrfModel(descriptor, frequencyName, frequencies, labels, s, t, rows, weights);
  }

  /** Whether label {@code l} may follow label {@code previous} (−1: the sentence start). */
  public static boolean allowed(String[] labels, int previous, int l) {
    String t = labels[l];
    if (!t.startsWith("I-")) {
      return true;
    }
    if (previous < 0) {
      return false;
    }
    String p = labels[previous];
    return (p.startsWith("B-") || p.startsWith("I-")) && p.substring(2).equals(t.substring(2));
  }

  /** Whether the stream (which must support mark/reset) starts with a CRF model. */
  public static boolean isCrf(InputStream in) throws IOException {
    in.mark(MAGIC.length);
    byte[] head = in.readNBytes(MAGIC.length);
    in.reset();
    return Arrays.equals(head, MAGIC);
  }

  /** Reads a model written by {@link #write}; the stream is not closed. */
  public static CrfModel read(InputStream raw) throws IOException {
    if (!Arrays.equals(raw.readNBytes(MAGIC.length), MAGIC)) {
      throw new IOException("not a khabar CRF model (magic KCRF missing)");
    }
    DataInputStream in = new DataInputStream(new BufferedInputStream(
        new GZIPInputStream(raw, 1 << 16), 1 << 16));
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("unsupported CRF model version " + version);
    }
    byte[] descriptor = in.readNBytes(in.readInt());
    String freqName = in.readUTF();
    byte[] freqBytes = in.readNBytes(in.readInt());
    WordFrequencies freq = freqName.isEmpty() ? null
        : new WordFrequencies.Serializer().create(new ByteArrayInputStream(freqBytes));
    int n = in.readInt();
    String[] labels = new String[n];
    for (int l = 0; l < n; l++) {
      labels[l] = in.readUTF();
    }
    float[] start = readFloats(in, n);
    float[] transitions = readFloats(in, n * n);
    int f = in.readInt();
    Map<String, Integer> rows = new HashMap<>(f * 4 / 3 + 1);
    float[] weights = new float[f * n];
    for (int r = 0; r < f; r++) {
      rows.put(in.readUTF(), r);
      int mask = in.readUnsignedShort();
      for (int l = 0; l < n; l++) {
        if ((mask & (1 << l)) != 0) {
          weights[r * n + l] = in.readFloat();
        }
      }
    }
    return new CrfModel(descriptor, freqName, freq, labels, start, transitions, rows, weights);
  }

  private static float[] readFloats(DataInputStream in, int n) throws IOException {
    float[] f = new float[n];
    for (int i = 0; i < n; i++) {
      f[i] = in.readFloat();
    }
    return f;
  }

  /** Writes the model; the stream is not closed. */
  public void write(OutputStream raw) throws IOException {
    if (labels.length > 16) {
      throw new IOException("at most 16 labels fit the weight mask");
    }
    raw.write(MAGIC);
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(VERSION);
    out.writeInt(descriptor.length);
    out.write(descriptor);
    out.writeUTF(frequencyName);
    ByteArrayOutputStream fb = new ByteArrayOutputStream();
    if (frequencies != null) {
      new WordFrequencies.Serializer().serialize(frequencies, fb);
    }
    out.writeInt(fb.size());
    fb.writeTo(out);
    int n = labels.length;
    out.writeInt(n);
    for (String l : labels) {
      out.writeUTF(l);
    }
    for (float s : start) {
      out.writeFloat(s);
    }
    for (float t : transitions) {
      out.writeFloat(t);
    }
    String[] byRow = new String[rows.size()];
    rows.forEach((k, v) -> byRow[v] = k);
    out.writeInt(byRow.length);
    for (int r = 0; r < byRow.length; r++) {
      out.writeUTF(byRow[r]);
      int mask = 0;
      for (int l = 0; l < n; l++) {
        if (weights[r * n + l] != 0) {
          mask |= 1 << l;
        }
      }
      out.writeShort(mask);
      for (int l = 0; l < n; l++) {
        if (weights[r * n + l] != 0) {
          out.writeFloat(weights[r * n + l]);
        }
      }
    }
    out.flush();
    gz.finish();
  }

  /** A fresh feature generator from the descriptor (not thread-safe: one per decoder). */
  public AdaptiveFeatureGenerator featureGenerator() throws IOException {
    return GeneratorFactory.create(new ByteArrayInputStream(descriptor),
        name -> name.equals(frequencyName) ? frequencies : null);
  }

  public int labelCount() {
    return labels.length;
  }

  public String label(int l) {
    return labels[l];
  }

  /** Features that carry at least one weight. */
  public int featureCount() {
    return rows.size();
  }

  /** Adds the weights of {@code feature} (if it has any) to {@code scores[offset..offset+L)}. */
  public void addWeights(String feature, double[] scores, int offset) {
    Integer r = rows.get(feature);
    if (r != null) {
      int n = labels.length;
      int base = r * n;
      for (int l = 0; l < n; l++) {
        scores[offset + l] += weights[base + l];
      }
    }
  }

  public float start(int label) {
    return start[label];
  }

  public float transition(int previous, int label) {
    return transitions[previous * labels.length + label];
  }
}
