package io.khabar.eval;

import io.khabar.testdata.ud.ConlluReader;
import io.khabar.testdata.ud.ConlluReader.Sentence;
import io.khabar.testdata.ud.ConlluReader.Word;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.NormalizedText;
import io.khabar.token.CliticSegmenter;
import io.khabar.token.SegmentBuffer;
import io.khabar.token.SegmentKind;
import io.khabar.token.StemLexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Clitic segmentation accuracy on UD Arabic PUD. Orthographic words are rebuilt by joining
 * consecutive letter-bearing syntactic words linked by {@code SpaceAfter=No} (punctuation stays
 * apart); gold split points are the joins. A prediction's split points are its segment starts,
 * with the article merged back into its stem (PUD keeps ال attached). A word is correct when the
 * split points are identical. Sentences [0, 250) are the development part (used to tune the
 * weights with {@code --tune}); the rest is held out and only reported.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.khabar.eval.PudSegmentationEval --shared ../shared [--tune] [--errors N]</pre>
 */
public final class PudSegmentationEval {

  public static final String PUD = "data/ud_arabic_pud/ar_pud-ud-test.conllu";
  public static final int DEV_SENTENCES = 250;

  /** One orthographic word and its gold split points (offsets inside the word). */
  public record OrthWord(String text, int[] gold) {}

  /** Word-level counts on Arabic words, plus split-point precision and recall. */
  public record Score(int words, int correct, int goldSplitWords, int goldSplitCorrect,
      int predictedPoints, int goldPoints, int matchedPoints) {

    public double accuracy() {
      return words == 0 ? 0 : (double) correct / words;
    }

    public double accuracyOnSplitWords() {
      return goldSplitWords == 0 ? 0 : (double) goldSplitCorrect / goldSplitWords;
    }

    public double pointF1() {
      double p = predictedPoints == 0 ? 0 : (double) matchedPoints / predictedPoints;
      double r = goldPoints == 0 ? 0 : (double) matchedPoints / goldPoints;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private PudSegmentationEval() {}

  public static Path sharedDir(String override) {
    return Paths.get(override != null ? override : System.getProperty("khabar.shared", "../shared"));
  }

  public static List<OrthWord> orthographicWords(List<Sentence> sentences) {
    List<OrthWord> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Word> ws = s.words();
      int i = 0;
      while (i < ws.size()) {
        StringBuilder text = new StringBuilder(ws.get(i).form());
        List<Integer> splits = new ArrayList<>();
        int j = i;
        if (hasLetter(ws.get(i).form())) {
          while (!ws.get(j).spaceAfter() && j + 1 < ws.size() && hasLetter(ws.get(j + 1).form())) {
            splits.add(text.length());
            text.append(ws.get(++j).form());
          }
        }
        out.add(new OrthWord(text.toString(), splits.stream().mapToInt(Integer::intValue).toArray()));
        i = j + 1;
      }
    }
    return out;
  }

  static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  static boolean isArabic(String s) {
    return s.chars().anyMatch(c -> c >= '\u0621' && c <= '\u064A');
  }

  /** Split points of the segmenter, article merged into the stem. */
  public static Function<String, int[]> segmenterSplits(CliticSegmenter seg) {
    SegmentBuffer buf = new SegmentBuffer();
    return w -> {
      seg.segment(w.toCharArray(), 0, w.length(), buf);
      int[] pts = new int[buf.size()];
      int k = 0;
      for (int i = 1; i < buf.size(); i++) {
        if (buf.kind(i) == SegmentKind.STEM && buf.kind(i - 1) == SegmentKind.ARTICLE) {
          continue;
        }
        pts[k++] = buf.start(i);
      }
      return Arrays.copyOf(pts, k);
    };
  }

  /** Baseline: the word as it is. */
  public static int[] noSplits(String w) {
    return new int[0];
  }

  private static final String[] PRONOUNS_LONGEST_FIRST = {
    "هما", "كما", "ها", "هم", "هن", "كم", "نا", "ني", "ه", "ي", "ك"};

  /**
   * Baseline: strip every clitic-looking letter greedily (و/ف, then ب/ل/ك/س, then ال, then the
   * longest pronoun), keeping at least two letters of stem; no lexicon.
   */
  public static int[] blindGreedySplits(String w) {
    NormalizedText nt = ArabicNormalizer.get().normalize(w);
    String c = nt.normalized();
    int n = c.length();
    List<Integer> pts = new ArrayList<>();
    int p = 0;
    if (n - p >= 3 && (c.charAt(p) == 'و' || c.charAt(p) == 'ف')) {
      pts.add(++p);
    }
    if (n - p >= 3 && "بلكس".indexOf(c.charAt(p)) >= 0) {
      pts.add(++p);
    }
    if (n - p >= 4 && c.startsWith("ال", p)) {
      p += 2;
    }
    for (String pr : PRONOUNS_LONGEST_FIRST) {
      if (c.endsWith(pr) && n - pr.length() - p >= 2) {
        pts.add(n - pr.length());
        break;
      }
    }
    int[] out = new int[pts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = nt.originalIndex(pts.get(i));
    }
    return out;
  }

  public static Score score(List<OrthWord> words, Function<String, int[]> splitter,
      List<String> errors, int maxErrors) {
    int total = 0;
    int correct = 0;
    int split = 0;
    int splitCorrect = 0;
    int pred = 0;
    int gold = 0;
    int matched = 0;
    for (OrthWord w : words) {
      if (!isArabic(w.text())) {
        continue;
      }
      int[] p = splitter.apply(w.text());
      total++;
      boolean ok = Arrays.equals(p, w.gold());
      if (ok) {
        correct++;
      } else if (errors != null && errors.size() < maxErrors) {
        errors.add(show(w.text(), w.gold()) + "  predicted " + show(w.text(), p));
      }
      if (w.gold().length > 0) {
        split++;
        if (ok) {
          splitCorrect++;
        }
      }
      pred += p.length;
      gold += w.gold().length;
      for (int x : p) {
        if (Arrays.binarySearch(w.gold(), x) >= 0) {
          matched++;
        }
      }
    }
    return new Score(total, correct, split, splitCorrect, pred, gold, matched);
  }

  static String show(String w, int[] pts) {
    StringBuilder sb = new StringBuilder();
    int prev = 0;
    for (int p : pts) {
      sb.append(w, prev, p).append('+');
      prev = p;
    }
    return sb.append(w.substring(prev)).toString();
  }

  /** Coordinate descent over the weights on {@code dev}, maximising word accuracy. */
  public static CliticSegmenter.Weights tune(StemLexicon lex, List<OrthWord> dev,
      CliticSegmenter.Weights start) {
    CliticSegmenter.Weights best = start;
    double bestAcc = score(dev, segmenterSplits(new CliticSegmenter(lex, best)), null, 0).accuracy();
    double[] grid = {-10, -8, -6, -4, -3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 4};
    double[] smoothingGrid = {0.05, 0.1, 0.25, 0.5, 1, 2, 4};
    double[] crossGrid = {0, 0.1, 0.3, 0.5, 1};
    double[] multGrid = {0, 0.1, 0.2, 0.35, 0.5, 0.75, 1, 1.5, 2, 3, 5};
    for (int pass = 0; pass < 3; pass++) {
      boolean improved = false;
      for (String name : CliticSegmenter.Weights.NAMES) {
        double[] g = name.equals("smoothing") ? smoothingGrid
            : name.equals("crossArticle") ? crossGrid
            : name.equals("wholeWord") || name.equals("wholeAttested") ? multGrid
            : name.equals("futureMinStem") ? new double[] {2, 3, 4, 5}
            : name.equals("tehMarbuta") ? new double[] {0, 0.5, 1, 2, 3, 4, 6} : grid;
        for (double v : g) {
          CliticSegmenter.Weights cand = best.with(name, v);
          double acc = score(dev, segmenterSplits(new CliticSegmenter(lex, cand)), null, 0)
              .accuracy();
          if (acc > bestAcc + 1e-9) {
            bestAcc = acc;
            best = cand;
            improved = true;
          }
        }
      }
      System.out.printf(Locale.ROOT, "tuning pass %d: dev accuracy %.4f%n", pass + 1, bestAcc);
      if (!improved) {
        break;
      }
    }
    return best;
  }

  public static void main(String[] args) throws IOException {
    String shared = null;
    boolean tune = false;
    int errors = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--shared" -> shared = args[++i];
        case "--tune" -> tune = true;
        case "--errors" -> errors = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException(
            "usage: PudSegmentationEval [--shared DIR] [--tune] [--errors N]");
      }
    }
    Path pud = sharedDir(shared).resolve(PUD);
    if (!Files.isReadable(pud)) {
      System.err.println("needs " + pud + " (set --shared or -Dkhabar.shared)");
      System.exit(2);
    }
    List<Sentence> sentences = ConlluReader.read(pud);
    List<OrthWord> dev = orthographicWords(sentences.subList(0, DEV_SENTENCES));
    List<OrthWord> test = orthographicWords(sentences.subList(DEV_SENTENCES, sentences.size()));
    StemLexicon lex = StemLexicon.loadDefault();
    CliticSegmenter.Weights weights = CliticSegmenter.Weights.DEFAULT;
    if (tune) {
      weights = tune(lex, dev, weights);
      System.out.println("tuned weights: " + weights);
    }
    CliticSegmenter seg = new CliticSegmenter(lex, weights);
    System.out.printf(Locale.ROOT, "UD Arabic PUD: %d sentences; dev = first %d (%d Arabic words),"
        + " held-out = rest (%d Arabic words)%n", sentences.size(), DEV_SENTENCES,
        dev.stream().filter(w -> isArabic(w.text())).count(),
        test.stream().filter(w -> isArabic(w.text())).count());
    System.out.println("| method | dev acc | dev acc (gold-split words) | held-out acc |"
        + " held-out acc (gold-split words) | held-out split-point F1 |");
    System.out.println("|---|---|---|---|---|---|");
    row("no segmentation", dev, test, PudSegmentationEval::noSplits);
    row("blind greedy stripping", dev, test, PudSegmentationEval::blindGreedySplits);
    row("CliticSegmenter (lexical evidence)", dev, test, segmenterSplits(seg));
    if (errors > 0) {
      List<String> errs = new ArrayList<>();
      score(dev, segmenterSplits(seg), errs, errors);
      System.out.println("dev errors (gold  predicted):");
      errs.forEach(e -> System.out.println("  " + e));
    }
  }

  private static void row(String name, List<OrthWord> dev, List<OrthWord> test,
      Function<String, int[]> f) {
    Score d = score(dev, f, null, 0);
    Score t = score(test, f, null, 0);
    System.out.printf(Locale.ROOT, "| %s | %.2f%% | %.2f%% (%d) | %.2f%% | %.2f%% (%d) | %.2f%% |%n",
        name, 100 * d.accuracy(), 100 * d.accuracyOnSplitWords(), d.goldSplitWords(),
        100 * t.accuracy(), 100 * t.accuracyOnSplitWords(), t.goldSplitWords(),
        100 * t.pointF1());
  }
}
