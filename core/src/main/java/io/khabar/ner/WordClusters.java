package io.khabar.ner;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word classes learnt from unlabelled text, as a feature: a name never seen in the labelled corpus
 * may still share a class with names that were, and so may the words around it. Two tables, each
 * mapping a string to one class id per granularity (coarse to fine, e.g. 64 / 256 / 1024
 * classes): one over matching forms, one over stems, the stems cut by the {@link StemFunction}
 * named in the table, so that وبغداد and بغداد find the same stem class even when the attached
 * form was too rare to be clustered. Built by {@code io.khabar.train.BuildWordClasses}.
 *
 * <p>Stored inside the model as an artifact (like {@link WordFrequencies}; OpenNLP's own
 * WordClusterDictionary serializer closes the model's stream) in a compact binary form: a magic
 * number, the stemmer's name, the number of granularities, then each table as a count followed by
 * (modified UTF-8 string, one short per granularity) records. The older text form ({@code form
 * TAB id|id|…} lines, any labels) is still read, as form classes only. Immutable and
 * thread-safe.
 */
public final class WordClusters implements SerializableArtifact {

  /** Conventional artifact name in the feature descriptor and the model. */
  public static final String ARTIFACT = "ner-ar-clusters.wordclass";

  private static final int MAGIC = 0x6B57433F; // 'kWC?'

  private final String stemmer;
  private final int levels;
  private final Map<String, short[]> forms;
  private final Map<String, short[]> stems;

  private WordClusters(String stemmer, int levels, Map<String, short[]> forms,
      Map<String, short[]> stems) {
    this.stemmer = stemmer;
    this.levels = levels;
    this.forms = forms;
    this.stems = stems;
  }

  /**
   * A table from its parts; every class array has {@code levels} entries.
   *
   * @param stemmer the {@link StemFunction} name the stems were cut with, or "none" for no stem
   *     table
   */
  public static WordClusters of(String stemmer, int levels, Map<String, short[]> forms,
      Map<String, short[]> stems) {
    for (Map<String, short[]> m : List.of(forms, stems)) {
      for (short[] c : m.values()) {
        if (c.length != levels) {
          throw new IllegalArgumentException("every entry needs " + levels + " class ids");
        }
      }
    }
    Map<String, short[]> f = new HashMap<>(forms);
    f.replaceAll((k, v) -> v.clone());
    Map<String, short[]> s = new HashMap<>(stems);
    s.replaceAll((k, v) -> v.clone());
    return new WordClusters(stemmer, levels, f, s);
  }

  /** Binary or legacy text form, told apart by the magic number. */
  public static WordClusters read(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
    b.mark(4);
    DataInputStream d = new DataInputStream(b);
    if (d.readInt() == MAGIC) {
      String stemmer = d.readUTF();
      int levels = d.readUnsignedByte();
      Records r = new Records(d.readAllBytes());
      Map<String, short[]> forms = r.table(levels);
      Map<String, short[]> stems = r.table(levels);
      return new WordClusters(stemmer, levels, forms, stems);
    }
    b.reset();
    return readText(b);
  }

  /**
   * The binary tables decoded from one byte array: the same records {@link #write} makes with
   * {@link DataOutputStream} (big-endian counts and ids, strings in modified UTF-8 after their
   * byte length), read without a stream call per field. A cold start reads some 120,000 of them,
   * and {@code DataInputStream.readUTF} allocates a buffer for each.
   */
  private static final class Records {
    private final byte[] b;
    private int at;
    private char[] chars = new char[64];

    Records(byte[] b) {
      this.b = b;
    }

    Map<String, short[]> table(int levels) throws IOException {
      int n = readInt();
      Map<String, short[]> m = new HashMap<>(n * 4 / 3 + 1);
      for (int i = 0; i < n; i++) {
        String k = readUtf();
        need(2 * levels);
        short[] c = new short[levels];
        for (int l = 0; l < levels; l++) {
          c[l] = (short) (((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF));
          at += 2;
        }
        m.put(k, c);
      }
      return m;
    }

    private int readInt() throws IOException {
      need(4);
      int v = ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8)
          | (b[at + 3] & 0xFF);
      at += 4;
      return v;
    }

    /** One {@code writeUTF} string; malformed bytes fail as {@code readUTF} fails. */
    private String readUtf() throws IOException {
      need(2);
      int len = ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
      at += 2;
      need(len);
      if (chars.length < len) {
        chars = new char[Math.max(len, 2 * chars.length)];
      }
      int end = at + len;
      int n = 0;
      while (at < end) {
        int c = b[at] & 0xFF;
        if (c < 0x80) {
          chars[n++] = (char) c;
          at++;
        } else if ((c & 0xE0) == 0xC0 && at + 1 < end && (b[at + 1] & 0xC0) == 0x80) {
          chars[n++] = (char) (((c & 0x1F) << 6) | (b[at + 1] & 0x3F));
          at += 2;
        } else if ((c & 0xF0) == 0xE0 && at + 2 < end && (b[at + 1] & 0xC0) == 0x80
            && (b[at + 2] & 0xC0) == 0x80) {
          chars[n++] = (char) (((c & 0x0F) << 12) | ((b[at + 1] & 0x3F) << 6)
              | (b[at + 2] & 0x3F));
          at += 3;
        } else {
          throw new java.io.UTFDataFormatException("malformed input around byte " + at);
        }
      }
      return new String(chars, 0, n);
    }

    private void need(int n) throws IOException {
      if (b.length - at < n) {
        throw new java.io.EOFException("word-class table ends early");
      }
    }
  }

  /** {@code form TAB label|label|…} lines; labels become ids per granularity in order seen. */
  private static WordClusters readText(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Map<String, Short>> ids = new ArrayList<>();
    Map<String, short[]> forms = new HashMap<>();
    int levels = -1;
    String line;
    while ((line = r.readLine()) != null) {
      int tab = line.lastIndexOf('\t');
      if (tab <= 0) {
        continue;
      }
      String[] labels = line.substring(tab + 1).split("\\|");
      if (levels < 0) {
        levels = labels.length;
      }
      if (labels.length != levels) {
        throw new IOException("every line needs " + levels + " classes: " + line);
      }
      short[] c = new short[levels];
      for (int l = 0; l < levels; l++) {
        if (ids.size() <= l) {
          ids.add(new HashMap<>());
        }
        Map<String, Short> m = ids.get(l);
        c[l] = m.computeIfAbsent(labels[l], k -> (short) m.size());
      }
      forms.put(line.substring(0, tab), c);
    }
    return new WordClusters("none", Math.max(levels, 0), forms, Map.of());
  }

  /** Class ids of a matching form, coarse to fine, or null when the form was not clustered. */
  public short[] ofForm(String matchingForm) {
    return forms.get(matchingForm);
  }

  /** Class ids of a stem cut by {@link #stemmer()}, or null when it was not clustered. */
  public short[] ofStem(String stem) {
    return stems.get(stem);
  }

  /** The {@link StemFunction} name the stem table was built with; "none" when there is none. */
  public String stemmer() {
    return stemmer;
  }

  /** Number of granularities. */
  public int levels() {
    return levels;
  }

  /** Number of forms (not stems) with classes. */
  public int size() {
    return forms.size();
  }

  /** Number of stems with classes. */
  public int stemCount() {
    return stems.size();
  }

  /** Writes the binary form; never closes the stream. */
  public void write(OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(MAGIC);
    d.writeUTF(stemmer);
    d.writeByte(levels);
    writeTable(d, forms);
    writeTable(d, stems);
    d.flush();
  }

  private void writeTable(DataOutputStream d, Map<String, short[]> m) throws IOException {
    String[] keys = m.keySet().toArray(new String[0]);
    Arrays.sort(keys); // the same table always gives the same bytes
    d.writeInt(keys.length);
    for (String k : keys) {
      d.writeUTF(k);
      for (short c : m.get(k)) {
        d.writeShort(c);
      }
    }
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** The binary form of {@link #write}; never closes the model's stream. */
  public static final class Serializer implements ArtifactSerializer<WordClusters> {

    public Serializer() {}

    @Override
    public WordClusters create(InputStream in) throws IOException {
      return read(in);
    }

    @Override
    public void serialize(WordClusters artifact, OutputStream out) throws IOException {
      artifact.write(out);
    }
  }
}
