package io.khabar.eval;

import io.khabar.testdata.wojood.WojoodReader;
import io.khabar.text.Span;
import io.khabar.time.Timex;
import io.khabar.time.TimexRecognizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Detection scores of {@link TimexRecognizer} against the DATE and TIME spans of the Wojood
 * public sample: precision, recall and F1, exact (same char span) and overlap (any shared
 * char). Every timex type counts as a detection; values are not scored (Wojood has none).
 * Each Wojood sentence (tokens joined by spaces) is passed as one sentence, no publication date.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.khabar.eval.TimexDetectionEval
 * [-v] [--throughput] [split ...]} with splits among train, val, test (default: test).
 * {@code -v} prints the misses and false alarms; {@code --throughput} times 20 passes. Tune on train/val; report test. The corpus path comes from the
 * system property {@code khabar.shared} (default {@code ../shared}).
 */
public final class TimexDetectionEval {

  private TimexDetectionEval() {}

  /** Scores of one split. */
  public record Scores(int gold, int predicted, int exact, int predictedOverlapping,
      int goldOverlapped) {

    public double exactPrecision() {
      return ratio(exact, predicted);
    }

    public double exactRecall() {
      return ratio(exact, gold);
    }

    public double overlapPrecision() {
      return ratio(predictedOverlapping, predicted);
    }

    public double overlapRecall() {
      return ratio(goldOverlapped, gold);
    }

    static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static Scores evaluate(List<WojoodReader.Sentence> sentences, boolean verbose) {
    TimexRecognizer recognizer = TimexRecognizer.create();
    int gold = 0;
    int predicted = 0;
    int exact = 0;
    int predOverlap = 0;
    int goldOverlap = 0;
    for (WojoodReader.Sentence s : sentences) {
      Set<Span> goldSpans = new LinkedHashSet<>();
      for (WojoodReader.Entity e : s.entities("DATE", "TIME")) {
        goldSpans.add(new Span(e.start(), e.end()));
      }
      List<Span> predSpans = new ArrayList<>();
      for (Timex t : recognizer.find(s.text(), List.of(new Span(0, s.text().length())), null)) {
        predSpans.add(t.span());
      }
      gold += goldSpans.size();
      predicted += predSpans.size();
      for (Span p : predSpans) {
        if (goldSpans.contains(p)) {
          exact++;
        }
        boolean any = goldSpans.stream().anyMatch(p::overlaps);
        if (any) {
          predOverlap++;
        }
        if (verbose && !goldSpans.contains(p)) {
          System.out.println((any ? "PARTIAL  " : "FALSE+   ") + p.textOf(s.text()) + "    | "
              + s.text());
        }
      }
      for (Span g : goldSpans) {
        boolean any = predSpans.stream().anyMatch(g::overlaps);
        if (any) {
          goldOverlap++;
        }
        if (verbose && !any) {
          System.out.println("MISSED   " + g.textOf(s.text()) + "    | " + s.text());
        }
      }
    }
    return new Scores(gold, predicted, exact, predOverlap, goldOverlap);
  }

  public static void main(String[] args) throws IOException {
    boolean verbose = false;
    boolean throughput = false;
    List<String> splits = new ArrayList<>();
    for (String a : args) {
      if (a.equals("-v")) {
        verbose = true;
      } else if (a.equals("--throughput")) {
        throughput = true;
      } else {
        splits.add(a);
      }
    }
    if (splits.isEmpty()) {
      splits.add("test");
    }
    for (String split : splits) {
      Path file = WojoodReader.samplePath(split);
      if (!Files.exists(file)) {
        System.err.println("missing " + file + " (set -Dkhabar.shared=/path/to/shared)");
        continue;
      }
      List<WojoodReader.Sentence> sentences = WojoodReader.read(file);
      long t0 = System.nanoTime();
      Scores s = evaluate(sentences, verbose);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf("wojood %-5s DATE+TIME gold=%d predicted=%d%n", split, s.gold(), s.predicted());
      System.out.printf("  exact   P=%.3f R=%.3f F1=%.3f%n", s.exactPrecision(), s.exactRecall(),
          Scores.f1(s.exactPrecision(), s.exactRecall()));
      System.out.printf("  overlap P=%.3f R=%.3f F1=%.3f%n", s.overlapPrecision(), s.overlapRecall(),
          Scores.f1(s.overlapPrecision(), s.overlapRecall()));
      System.out.printf("  (%d sentences, %d ms including warm-up)%n", sentences.size(), ms);
      if (throughput) {
        measureThroughput(sentences);
      }
    }
  }

  /** Single-thread speed of find() over the split's sentences: 5 warm-up passes, 20 timed. */
  static void measureThroughput(List<WojoodReader.Sentence> sentences) {
    TimexRecognizer recognizer = TimexRecognizer.create();
    long chars = 0;
    long tokens = 0;
    for (WojoodReader.Sentence s : sentences) {
      chars += s.text().length();
      tokens += s.tokens().size();
    }
    int found = 0;
    for (int pass = 0; pass < 5; pass++) {
      for (WojoodReader.Sentence s : sentences) {
        found += recognizer.find(s.text(), null).size();
      }
    }
    int passes = 20;
    long t0 = System.nanoTime();
    for (int pass = 0; pass < passes; pass++) {
      for (WojoodReader.Sentence s : sentences) {
        found += recognizer.find(s.text(), null).size();
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("  throughput: %.0f tokens/s, %.0f chars/s, %.0f sentences/s (%d timexes)%n",
        passes * tokens / seconds, passes * chars / seconds, passes * sentences.size() / seconds,
        found);
  }
}
