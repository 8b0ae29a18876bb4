package io.khabar.eval;

import io.khabar.Extraction;
import io.khabar.Extractor;
import io.khabar.kb.EntityType;
import io.khabar.ner.ArabicNameFinder;
import io.khabar.ner.Entity;
import io.khabar.ner.Mention;
import io.khabar.ner.MentionKind;
import io.khabar.testdata.conll.TaggedSentence;
import io.khabar.train.NerCorpus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Span;

/**
 * Scores the library's whole entity recogniser (knowledge base, quoted bodies and the name
 * finder, joined as {@link Extractor} joins them) on ANERcorp with CoNLL entity-level P/R/F1,
 * beside the name finder alone ({@link NerEval}). Runs of {@code --doc-window} consecutive
 * sentences stand in for articles: their tokens are joined by spaces and the sentences by line
 * breaks into one text, extracted without a publication date (ANERcorp is 2007 news, and its
 * annotators tagged names, not titles), and each {@code NAME} mention (never a {@code TITLE} one:
 * the contract's rule for name-level evaluations) is mapped back to the tokens it covers.
 * A mention excludes an attached proclitic (وبوتين → بوتين) where ANERcorp tags the whole
 * token, so a mention covers every token it touches.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.khabar.eval.RecognizerNerEval [--shared ../shared]
 *      [--split dev|test] [--model dev-split-model.bin] [--doc-window 20] [--errors]
 * </pre>
 *
 * On {@code dev} pass a model trained without the dev split ({@code NerExperiment --save}); the
 * bundled model has seen it. {@code --errors} prints each document's missed and false entities.
 */
public final class RecognizerNerEval {

  private RecognizerNerEval() {}

  /** Entity-level scores of {@code extractor} over {@code sentences} in runs of {@code window}. */
  public static NerScores score(Extractor extractor, List<TaggedSentence> sentences, int window,
      boolean errors) {
    NerScores scores = new NerScores();
    for (int from = 0; from < sentences.size(); from += window) {
      List<TaggedSentence> doc = sentences.subList(from, Math.min(sentences.size(), from + window));
      StringBuilder text = new StringBuilder();
      int[][] starts = new int[doc.size()][];
      int[][] ends = new int[doc.size()][];
      for (int s = 0; s < doc.size(); s++) {
        if (s > 0) {
          text.append('\n');
        }
        List<String> tokens = doc.get(s).tokens();
        starts[s] = new int[tokens.size()];
        ends[s] = new int[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
          if (t > 0) {
            text.append(' ');
          }
          starts[s][t] = text.length();
          text.append(tokens.get(t));
          ends[s][t] = text.length();
        }
      }
      List<List<Span>> predicted = new ArrayList<>();
      for (int s = 0; s < doc.size(); s++) {
        predicted.add(new ArrayList<>());
      }
      Extraction x = extractor.extract(text.toString());
      for (Entity e : x.entities()) {
        String type = conllType(e.type());
        if (type == null) {
          continue;
        }
        for (Mention m : e.mentions()) {
          if (m.kind() != MentionKind.NAME) {
            continue; // the contract: name-level evaluations use NAME mentions, not titles
          }
          addMention(m, type, starts, ends, predicted);
        }
      }
      for (int s = 0; s < doc.size(); s++) {
        scores.add(NerCorpus.entities(doc.get(s).tags()), predicted.get(s));
        if (errors) {
          printErrors(doc.get(s), predicted.get(s));
        }
      }
    }
    return scores;
  }

  /** The sentence's missed and false PERS/LOC/ORG entities, one per line. */
  private static void printErrors(TaggedSentence sentence, List<Span> predicted) {
    List<Span> gold = NerCorpus.entities(sentence.tags());
    List<String> tokens = sentence.tokens();
    for (Span g : gold) {
      if (NerScores.MAIN_TYPES.contains(g.getType()) && !predicted.contains(g)) {
        System.out.println("MISSED " + g.getType() + " " + text(tokens, g));
      }
    }
    for (Span p : predicted) {
      if (!gold.contains(p)) {
        System.out.println("FALSE  " + p.getType() + " " + text(tokens, p));
      }
    }
  }

  private static String text(List<String> tokens, Span s) {
    return String.join(" ", tokens.subList(s.getStart(), s.getEnd()));
  }

  private static void addMention(Mention m, String type, int[][] starts, int[][] ends,
      List<List<Span>> predicted) {
    for (int s = 0; s < starts.length; s++) {
      int n = starts[s].length;
      if (n == 0 || m.span().start() >= ends[s][n - 1] || m.span().end() <= starts[s][0]) {
        continue;
      }
      int first = lastAtOrBefore(starts[s], m.span().start());
      int last = lastAtOrBefore(starts[s], m.span().end() - 1);
      predicted.get(s).add(new Span(Math.max(first, 0), last + 1, type));
      return;
    }
  }

  /** Index of the last token starting at or before {@code offset}, -1 if none. */
  private static int lastAtOrBefore(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  private static String conllType(EntityType type) {
    return switch (type) {
      case PERSON -> "PERS";
      case LOCATION -> "LOC";
      case ORGANIZATION -> "ORG";
      default -> null;
    };
  }

  public static void main(String[] args) throws IOException {
    NerCorpus corpus = NerCorpus.fromArgs(args);
    String split = NerEval.arg(args, "--split", "test");
    String model = NerEval.arg(args, "--model", null);
    int window = Integer.parseInt(NerEval.arg(args, "--doc-window", "20"));
    ArabicNameFinder finder = NerEval.finder(model);
    List<TaggedSentence> eval = split.equals("dev") ? corpus.devSplit() : corpus.test();
    Extractor extractor = Extractor.builder().nameFinder(finder).build();
    System.out.printf(Locale.ROOT, "ANERcorp %s, documents of %d sentences, model %s%n", split,
        window, model == null ? ArabicNameFinder.DEFAULT_MODEL : model);
    System.out.println("name finder alone (consistency pass):");
    System.out.print(NerEval.score(finder, eval, window).table());
    System.out.println("whole recogniser (knowledge base + name finder):");
    System.out.print(score(extractor, eval, window, List.of(args).contains("--errors")).table());
  }
}
