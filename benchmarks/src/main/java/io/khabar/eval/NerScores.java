package io.khabar.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.util.Span;

/** CoNLL entity-level counts: a prediction is correct only with the exact token range and type. */
public final class NerScores {

  public static final List<String> MAIN_TYPES = List.of("PERS", "LOC", "ORG");

  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {tp, predicted, gold}

  public void add(List<Span> gold, List<Span> predicted) {
    Set<Span> goldSet = Set.copyOf(gold);
    for (Span g : gold) {
      c(g.getType())[2]++;
    }
    for (Span p : predicted) {
      int[] c = c(p.getType());
      c[1]++;
      if (goldSet.contains(new Span(p.getStart(), p.getEnd(), p.getType()))) {
        c[0]++;
      }
    }
  }

  private int[] c(String type) {
    return counts.computeIfAbsent(type, t -> new int[3]);
  }

  public double precision(String type) {
    int[] c = counts.getOrDefault(type, new int[3]);
    return c[1] == 0 ? 0 : (double) c[0] / c[1];
  }

  public double recall(String type) {
    int[] c = counts.getOrDefault(type, new int[3]);
    return c[2] == 0 ? 0 : (double) c[0] / c[2];
  }

  public double f1(String type) {
    return f(precision(type), recall(type));
  }

  private int[] sum(List<String> types) {
    int[] s = new int[3];
    for (String t : types) {
      int[] c = counts.getOrDefault(t, new int[3]);
      for (int i = 0; i < 3; i++) {
        s[i] += c[i];
      }
    }
    return s;
  }

  public double microPrecision() {
    int[] s = sum(MAIN_TYPES);
    return s[1] == 0 ? 0 : (double) s[0] / s[1];
  }

  public double microRecall() {
    int[] s = sum(MAIN_TYPES);
    return s[2] == 0 ? 0 : (double) s[0] / s[2];
  }

  /** Micro-averaged F1 over PERS, LOC and ORG (MISC excluded, as in the published comparisons). */
  public double microF1() {
    return f(microPrecision(), microRecall());
  }

  private static double f(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-14s %6s %6s %6s %6s %6s%n", "type", "P", "R", "F1",
        "gold", "pred"));
    List<String> types = new ArrayList<>(MAIN_TYPES);
    types.add("MISC");
    for (String t : types) {
      int[] c = counts.getOrDefault(t, new int[3]);
      sb.append(String.format(Locale.ROOT, "%-14s %6.1f %6.1f %6.1f %6d %6d%n", t,
          100 * precision(t), 100 * recall(t), 100 * f1(t), c[2], c[1]));
    }
    int[] s = sum(MAIN_TYPES);
    sb.append(String.format(Locale.ROOT, "%-14s %6.1f %6.1f %6.1f %6d %6d%n", "micro(P/L/O)",
        100 * microPrecision(), 100 * microRecall(), 100 * microF1(), s[2], s[1]));
    return sb.toString();
  }
}
