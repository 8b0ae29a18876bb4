package io.khabar.event;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A binary logistic regression over string features: the probability is the sigmoid of the bias
 * plus the weights of the features present (each counted once; unknown features weigh nothing).
 * Written and read as a small text file, one {@code feature<TAB>weight} a line after the lines
 * {@code #bias<TAB>b} and {@code #threshold<TAB>t} (the threshold under which
 * {@link EventAcceptor} drops an event); {@code #} lines other than those are comments.
 * Immutable and thread-safe.
 */
public final class LogisticModel {

  private final double bias;
  private final double threshold;
  private final ImmutableMap<String, Double> weights;

  public LogisticModel(double bias, double threshold, Map<String, Double> weights) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold outside [0, 1]: " + threshold);
    }
    this.bias = bias;
    this.threshold = threshold;
    this.weights = ImmutableMap.copyOf(weights);
  }

  /** The probability that an example with these features is positive. */
  public double probability(Collection<String> features) {
    double z = bias;
    for (String f : features) {
      z += weights.getOrDefault(f, 0.0);
    }
    return 1 / (1 + Math.exp(-z));
  }

  public double bias() {
    return bias;
  }

  public double threshold() {
    return threshold;
  }

  public Map<String, Double> weights() {
    return weights;
  }

  /** The same weights with another threshold. */
  public LogisticModel withThreshold(double newThreshold) {
    return new LogisticModel(bias, newThreshold, weights);
  }

  /** The model as its text file: header, bias, threshold, then weights sorted by feature. */
  public String write(String header) {
    StringBuilder out = new StringBuilder();
    for (String line : header.split("\n")) {
      out.append("# ").append(line).append('\n');
    }
    out.append("#bias\t").append(format(bias)).append('\n');
    out.append("#threshold\t").append(format(threshold)).append('\n');
    for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
      out.append(e.getKey()).append('\t').append(format(e.getValue())).append('\n');
    }
    return out.toString();
  }

  private static String format(double d) {
    return String.format(Locale.ROOT, "%.6f", d);
  }

  /** Reads a model written by {@link #write}. */
  public static LogisticModel read(InputStream in) throws IOException {
    double bias = 0;
    double threshold = 0;
    ImmutableMap.Builder<String, Double> weights = ImmutableMap.builder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.lastIndexOf('\t');
        if (line.startsWith("#bias\t")) {
          bias = Double.parseDouble(line.substring(tab + 1));
        } else if (line.startsWith("#threshold\t")) {
          threshold = Double.parseDouble(line.substring(tab + 1));
        } else if (!line.startsWith("#") && tab > 0) {
          weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
      }
    }
    return new LogisticModel(bias, threshold, weights.buildOrThrow());
  }

  /** Reads a model from the classpath. */
  static LogisticModel resource(String path) {
    try (InputStream in = LogisticModel.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + path);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
