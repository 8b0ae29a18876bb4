package io.khabar.train;

import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.ner.CueWords;
import io.khabar.experiment.NameShapeModel;
import io.khabar.ner.ProcliticStripper;
import io.khabar.ner.Stem;
import io.khabar.ner.StemFunction;
import io.khabar.testdata.conll.TaggedSentence;
import io.khabar.testdata.ud.ConlluReader;
import io.khabar.text.ArabicNormalizer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link NameShapeModel} of the name finder's {@code ns…} features from text outside
 * ANERcorp, and reports how well it tells the classes apart on its own on the ANERcorp
 * development split.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.khabar.train.BuildNameShape [--shared ../shared]
 *      [--shape-order 4] [--shape-weight types|log] [--shape-no-kb] [--shape-exclude-dev]
 *      [--shape-exclude-dev-kb]
 *      [--out /tmp/ner-ar-shape.nameshape]
 * </pre>
 *
 * Words: PERS — every word of the Arabic aliases of the knowledge base's people, the given-name
 * lexicon, and the PERS-tagged words of AQMAR and the Wojood sample; LOC and ORG likewise from
 * places and organisations; O — the O-tagged words of AQMAR and Wojood and the non-PROPN words of
 * UD Arabic PUD. Each word is reduced to its stem by {@link ProcliticStripper#ARTICLE_ONLY} (the
 * bundled recipe's stemmer); name links (بن، أبو، عبد …) are left out. {@code types} counts each
 * distinct stem once per class, {@code log} weights it by 1 + ⌊log2 count⌋.
 */
public final class BuildNameShape {

  private static final Set<String> LINKS = Set.of("بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد",
      "ال", "دي", "دو", "فان", "فون", "لا", "لو", "و", "في", "من", "عن", "على");

  private BuildNameShape() {}

  public static void main(String[] args) throws IOException {
    NerCorpus corpus = NerCorpus.fromArgs(args);
    long t0 = System.nanoTime();
    NameShapeModel m = fromArgs(corpus, args);
    System.err.printf(Locale.ROOT, "built in %.1fs; n-grams PERS %d LOC %d ORG %d O %d%n",
        (System.nanoTime() - t0) / 1e9, m.size(0), m.size(1), m.size(2), m.size(3));
    String out = io.khabar.eval.NerEval.argOr(args, "--out", null);
    if (out != null) {
      try (OutputStream os = Files.newOutputStream(Path.of(out))) {
        new NameShapeModel.Serializer().serialize(m, os);
      }
      System.err.println("wrote " + out + " (" + Files.size(Path.of(out)) + " bytes)");
    }
    System.out.print(standalone(m, corpus));
  }

  /**
   * The model the command line asks for: {@code --shape-order N} (default 4), {@code
   * --shape-weight types|log} (default types), and the ablations {@code --shape-no-kb}, {@code
   * --shape-exclude-dev} (no word of the development split is learnt, from any source) and
   * {@code --shape-exclude-dev-kb} (none from the knowledge base and the given-name lexicon,
   * which were extended after reading development-split errors).
   */
  public static NameShapeModel fromArgs(NerCorpus corpus, String[] args) throws IOException {
    List<String> a = List.of(args);
    int order = Integer.parseInt(io.khabar.eval.NerEval.argOr(args, "--shape-order", "4"));
    boolean types = !io.khabar.eval.NerEval.argOr(args, "--shape-weight", "types").equals("log");
    Set<String> dev = a.contains("--shape-exclude-dev") || a.contains("--shape-exclude-dev-kb")
        ? devStems(corpus) : Set.of();
    return build(corpus, order, types, !a.contains("--shape-no-kb"),
        a.contains("--shape-exclude-dev") ? dev : Set.of(),
        a.contains("--shape-exclude-dev-kb") ? dev : Set.of());
  }

  /** The model from the shared corpora and the bundled knowledge base and lexicon. */
  public static NameShapeModel build(NerCorpus corpus, int order, boolean types)
      throws IOException {
    return build(corpus, order, types, true, Set.of(), Set.of());
  }

  /**
   * @param kb whether the knowledge base's aliases are learnt (off: an ablation)
   * @param exclude stems never learnt (an ablation: {@link #devStems} makes every dev word one
   *     the model has not seen, so only letter shapes, not memorised words, can help)
   * @param excludeKnowledge stems not learnt from the knowledge base and the given-name lexicon
   */
  public static NameShapeModel build(NerCorpus corpus, int order, boolean types, boolean kb,
      Set<String> exclude, Set<String> excludeKnowledge) throws IOException {
    List<Map<String, Integer>> words = new ArrayList<>();
    for (int c = 0; c < NameShapeModel.CLASSES; c++) {
      words.add(new HashMap<>());
    }
    for (KbEntity e : kb ? KnowledgeBase.loadDefault().entities() : List.<KbEntity>of()) {
      int c = switch (e.type()) {
        case PERSON -> NameShapeModel.PERS;
        case LOCATION -> NameShapeModel.LOC;
        case ORGANIZATION -> NameShapeModel.ORG;
        default -> -1;
      };
      if (c >= 0) {
        for (String alias : e.aliases()) {
          for (String w : alias.split("\\s+")) {
            add(words.get(c), w, excludeKnowledge);
          }
        }
      }
    }
    for (String w : CueWords.givenNames()) {
      add(words.get(NameShapeModel.PERS), w, excludeKnowledge);
    }
    List<TaggedSentence> tagged = new ArrayList<>(corpus.aqmar());
    tagged.addAll(corpus.wojood());
    for (TaggedSentence s : tagged) {
      for (int i = 0; i < s.tokens().size(); i++) {
        String tag = s.tags().get(i);
        int c = classOf(tag);
        if (c >= 0) {
          add(words.get(c), s.tokens().get(i), Set.of());
        }
      }
    }
    Path pud = corpus.shared().resolve("data/ud_arabic_pud/ar_pud-ud-test.conllu");
    if (Files.exists(pud)) {
      for (ConlluReader.Sentence s : ConlluReader.read(pud)) {
        for (ConlluReader.Word w : s.words()) {
          if (!w.upos().equals("PROPN") && !w.upos().equals("PUNCT") && !w.upos().equals("NUM")) {
            add(words.get(NameShapeModel.O), w.form(), Set.of());
          }
        }
      }
    }
    NameShapeModel.Builder b = NameShapeModel.builder(order);
    for (int c = 0; c < NameShapeModel.CLASSES; c++) {
      // sorted, so the model is the same whatever the hash order
      for (Map.Entry<String, Integer> e : new TreeMap<>(words.get(c)).entrySet()) {
        if (exclude.contains(e.getKey())) {
          continue;
        }
        int weight = types ? 1 : 1 + (31 - Integer.numberOfLeadingZeros(e.getValue()));
        b.add(c, e.getKey(), weight);
      }
    }
    return b.build();
  }

  /** The stems ({@link #stemOf}) of every word of the ANERcorp development split. */
  public static Set<String> devStems(NerCorpus corpus) throws IOException {
    Set<String> out = new HashSet<>();
    for (TaggedSentence s : corpus.devSplit()) {
      for (String t : s.tokens()) {
        String st = stemOf(t);
        if (st != null) {
          out.add(st);
        }
      }
    }
    return out;
  }

  /** PERS/LOC/ORG for B-/I- tags of these types, O for O, -1 for MISC and anything else. */
  static int classOf(String tag) {
    if (tag.equals("O")) {
      return NameShapeModel.O;
    }
    String t = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag;
    return switch (t) {
      case "PERS", "PER" -> NameShapeModel.PERS;
      case "LOC", "GPE" -> NameShapeModel.LOC;
      case "ORG" -> NameShapeModel.ORG;
      default -> -1;
    };
  }

  /** The stem the name finder would score, or null for a word the model should not learn. */
  static String stemOf(String word) {
    String f = ArabicNormalizer.get().matchingForm(word);
    if (f.isEmpty()) {
      return null;
    }
    Stem st = ((StemFunction) ProcliticStripper.ARTICLE_ONLY).split(f);
    String s = st.stem();
    if (s.length() < 2 || LINKS.contains(s) || LINKS.contains(f) || !arabicLetters(s)) {
      return null;
    }
    return s;
  }

  private static boolean arabicLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '\u0621' || c > '\u064A') {
        return false;
      }
    }
    return true;
  }

  private static void add(Map<String, Integer> m, String word, Set<String> exclude) {
    String s = stemOf(word);
    if (s != null && !exclude.contains(s)) {
      m.merge(s, 1, Integer::sum);
    }
  }

  /**
   * The model alone as a classifier of dev tokens (argmax class, Arabic-letter stems of two or
   * more letters, MISC left out): confusion, per-class recall, and the same for tokens whose form
   * never occurs in the train split.
   */
  static String standalone(NameShapeModel m, NerCorpus corpus) throws IOException {
    Set<String> seen = new HashSet<>();
    ArabicNormalizer n = ArabicNormalizer.get();
    for (TaggedSentence s : corpus.trainSplit()) {
      for (String t : s.tokens()) {
        seen.add(n.matchingForm(t));
      }
    }
    int[][] all = new int[4][4];
    int[][] unseen = new int[4][4];
    double[] sc = new double[4];
    for (TaggedSentence s : corpus.devSplit()) {
      for (int i = 0; i < s.tokens().size(); i++) {
        int gold = classOf(s.tags().get(i));
        String st = stemOf(s.tokens().get(i));
        if (gold < 0 || st == null) {
          continue;
        }
        m.score(st, sc);
        int p = NameShapeModel.best(sc);
        all[gold][p]++;
        if (!seen.contains(n.matchingForm(s.tokens().get(i)))) {
          unseen[gold][p]++;
        }
      }
    }
    return table("dev tokens", all) + table("dev tokens unseen in train split", unseen);
  }

  private static String table(String title, int[][] cm) {
    StringBuilder sb = new StringBuilder("NAMESHAPE " + title + " (rows gold, columns predicted)\n");
    sb.append(String.format(Locale.ROOT, "%-6s %6s %6s %6s %6s %7s%n", "", "PERS", "LOC", "ORG",
        "O", "recall"));
    int correct = 0;
    int total = 0;
    double macro = 0;
    for (int g = 0; g < 4; g++) {
      int row = 0;
      for (int p = 0; p < 4; p++) {
        row += cm[g][p];
      }
      correct += cm[g][g];
      total += row;
      double r = row == 0 ? 0 : (double) cm[g][g] / row;
      macro += r / 4;
      sb.append(String.format(Locale.ROOT, "%-6s %6d %6d %6d %6d %6.1f%%%n",
          NameShapeModel.className(g), cm[g][0], cm[g][1], cm[g][2], cm[g][3], 100 * r));
    }
    sb.append(String.format(Locale.ROOT, "accuracy %.1f%% macro-recall %.1f%% (%d tokens)%n",
        100.0 * correct / Math.max(1, total), 100 * macro, total));
    // name vs not-name: any of PERS/LOC/ORG predicted for a name token
    int tp = 0;
    int fn = 0;
    int fp = 0;
    for (int g = 0; g < 4; g++) {
      for (int p = 0; p < 4; p++) {
        if (g < 3 && p < 3) {
          tp += cm[g][p];
        } else if (g < 3) {
          fn += cm[g][p];
        } else if (p < 3) {
          fp += cm[g][p];
        }
      }
    }
    sb.append(String.format(Locale.ROOT, "name-vs-O: P %.1f R %.1f%n",
        100.0 * tp / Math.max(1, tp + fp), 100.0 * tp / Math.max(1, tp + fn)));
    return sb.toString();
  }
}
