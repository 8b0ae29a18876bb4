package io.khabar.ner;

import com.google.common.collect.ImmutableMap;
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
 * Word classes learnt from unlabelled text (distributional clusters of matching forms at a few
 * granularities, built by {@code io.khabar.train.BuildWordClusters}), as a feature: a name never
 * seen in the labelled corpus may still share a class with names that were, and so may the words
 * around it. Each form maps to one class id per granularity, e.g. {@code 12|87|301}.
 *
 * <p>Stored inside the model as an artifact (like {@link WordFrequencies}, whose serializer
 * pattern it follows: OpenNLP's own WordClusterDictionary serializer closes the model's stream).
 * Immutable and thread-safe.
 */
public final class WordClusters implements SerializableArtifact {

  /** Conventional artifact name in the feature descriptor and the model. */
  public static final String ARTIFACT = "ner-ar-clusters.wordclass";

  private final ImmutableMap<String, String[]> classes;

  private WordClusters(Map<String, String[]> classes) {
    this.classes = ImmutableMap.copyOf(classes);
  }

  /** From {@code form TAB id|id|…} lines. */
  public static WordClusters read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, String[]> m = new HashMap<>();
    String line;
    while ((line = r.readLine()) != null) {
      int tab = line.lastIndexOf('\t');
      if (tab > 0) {
        m.put(line.substring(0, tab), line.substring(tab + 1).split("\\|"));
      }
    }
    return new WordClusters(m);
  }

  /** Class ids of a matching form, coarse to fine, or null when the form was not clustered. */
  public String[] of(String matchingForm) {
    return classes.get(matchingForm);
  }

  public int size() {
    return classes.size();
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** UTF-8 {@code form TAB id|id|…} lines; never closes the model's stream. */
  public static final class Serializer implements ArtifactSerializer<WordClusters> {

    public Serializer() {}

    @Override
    public WordClusters create(InputStream in) throws IOException {
      return read(in);
    }

    @Override
    public void serialize(WordClusters artifact, OutputStream out) throws IOException {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      for (Map.Entry<String, String[]> e : artifact.classes.entrySet()) {
        String k = e.getKey();
        if (k.indexOf('\n') < 0 && k.indexOf('\r') < 0 && k.indexOf('\t') < 0) {
          w.write(k);
          w.write('\t');
          w.write(String.join("|", e.getValue()));
          w.write('\n');
        }
      }
      w.flush();
    }
  }
}
