package io.khabar.ner;

import com.google.common.collect.ImmutableMap;
import io.khabar.text.ArabicNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Rarity of matching forms in the training text, as a feature. Names are rare words: a form seen
 * at most once in training (a hapax) behaves like a form never seen, so the model learns from
 * hapaxes how likely an unknown word is to be a name — the main signal for the many test names
 * that never occur in training.
 *
 * <p>Stored inside the model as an artifact: it implements {@link SerializableArtifact}, so
 * OpenNLP records {@link Serializer} in the model manifest and uses it to read the table back.
 * (OpenNLP's own {@code WordClusterDictionary} cannot be used for this: its serializer closes the
 * model's zip stream.) Only forms seen more than once are stored.
 */
public final class WordFrequencies implements SerializableArtifact {

  /** Conventional artifact name in the feature descriptor and the model. */
  public static final String ARTIFACT = "ner-ar-freq.wordfreq";

  private final ImmutableMap<String, String> buckets;

  private WordFrequencies(Map<String, String> buckets) {
    this.buckets = ImmutableMap.copyOf(buckets);
  }

  /** Counts the matching forms of all tokens and buckets them. */
  public static WordFrequencies count(Iterable<String[]> sentences) {
    ArabicNormalizer n = ArabicNormalizer.get();
    Map<String, Integer> m = new HashMap<>();
    for (String[] s : sentences) {
      for (String t : s) {
        if (t != null) {
          m.merge(n.matchingForm(t), 1, Integer::sum);
        }
      }
    }
    Map<String, String> b = new HashMap<>();
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      if (e.getValue() > 1 && !e.getKey().isEmpty()) {
        b.put(e.getKey(), bucketOf(e.getValue()));
      }
    }
    return new WordFrequencies(b);
  }

  /** rare (0–1), low (2–4), mid (5–19), high (20+). */
  static String bucketOf(int count) {
    if (count <= 1) {
      return "rare";
    }
    if (count <= 4) {
      return "low";
    }
    return count < 20 ? "mid" : "high";
  }

  public String bucket(String matchingForm) {
    return buckets.getOrDefault(matchingForm, "rare");
  }

  public int size() {
    return buckets.size();
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** UTF-8 {@code form TAB bucket} lines; never closes the model's stream. */
  public static final class Serializer implements ArtifactSerializer<WordFrequencies> {

    public Serializer() {}

    @Override
    public WordFrequencies create(InputStream in) throws IOException {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> m = new HashMap<>();
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.lastIndexOf('\t');
        if (tab > 0) {
          m.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
      return new WordFrequencies(m);
    }

    @Override
    public void serialize(WordFrequencies artifact, OutputStream out) throws IOException {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      for (Map.Entry<String, String> e : artifact.buckets.entrySet()) {
        String k = e.getKey();
        if (k.indexOf('\n') < 0 && k.indexOf('\r') < 0 && k.indexOf('\t') < 0) {
          w.write(k);
          w.write('\t');
          w.write(e.getValue());
          w.write('\n');
        }
      }
      w.flush();
    }
  }
}
