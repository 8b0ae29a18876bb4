package io.khabar.train;

import io.khabar.testdata.SharedData;
import io.khabar.testdata.conll.ConllReader;
import io.khabar.testdata.conll.TaggedSentence;
import io.khabar.testdata.wojood.WojoodReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * The NER corpora and splits used for training and evaluation. Development = the last 10% of
 * ANERcorp {@code train.txt} sentences (tuning only); {@code test.txt} is for reporting only.
 */
public final class NerCorpus {

  /** Fraction of train.txt sentences, from the end, held out as the development split. */
  public static final double DEV_FRACTION = 0.10;

  private final Path shared;

  public NerCorpus(Path shared) {
    this.shared = shared;
  }

  public static NerCorpus fromArgs(String... args) {
    return new NerCorpus(SharedData.root(args));
  }

  public Path shared() {
    return shared;
  }

  public boolean available() {
    return Files.exists(shared.resolve(SharedData.ANERCORP_TRAIN))
        && Files.exists(shared.resolve(SharedData.ANERCORP_TEST));
  }

  public List<TaggedSentence> anercorpTrainAll() throws IOException {
    return new ConllReader().read(shared.resolve(SharedData.ANERCORP_TRAIN));
  }

  /** train.txt minus the development tail. */
  public List<TaggedSentence> trainSplit() throws IOException {
    List<TaggedSentence> all = anercorpTrainAll();
    return List.copyOf(all.subList(0, devStart(all.size())));
  }

  public List<TaggedSentence> devSplit() throws IOException {
    List<TaggedSentence> all = anercorpTrainAll();
    return List.copyOf(all.subList(devStart(all.size()), all.size()));
  }

  public List<TaggedSentence> test() throws IOException {
    return new ConllReader().read(shared.resolve(SharedData.ANERCORP_TEST));
  }

  public List<TaggedSentence> aqmar() throws IOException {
    return new ConllReader().readDirectory(shared.resolve(SharedData.AQMAR_ARTICLES));
  }

  /**
   * The Wojood sample's train and val splits (its test split is the time-expression test set) as
   * flat ANERcorp-style sentences: each outermost entity (one no other entity contains) keeps its
   * type if it is PERS or ORG, becomes LOC if it is GPE or LOC, and is O otherwise, as is every
   * nested entity.
   */
  public List<TaggedSentence> wojood() throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    for (String split : List.of("train", "val")) {
      for (WojoodReader.Sentence s : WojoodReader.read(
          shared.resolve("data/wojood_sample/" + split + ".txt"))) {
        out.add(flatten(s));
      }
    }
    return out;
  }

  private static TaggedSentence flatten(WojoodReader.Sentence s) {
    List<String> tags = new ArrayList<>(java.util.Collections.nCopies(s.tokens().size(), "O"));
    for (WojoodReader.Entity e : s.entities()) {
      boolean nested = s.entities().stream().anyMatch(o -> o != e && o.start() <= e.start()
          && o.end() >= e.end() && (o.end() - o.start() > e.end() - e.start()
          || s.entities().indexOf(o) < s.entities().indexOf(e)));
      String type = switch (e.type()) {
        case "PERS" -> "PERS";
        case "ORG" -> "ORG";
        case "GPE", "LOC" -> "LOC";
        default -> null;
      };
      if (nested || type == null) {
        continue;
      }
      boolean first = true;
      for (int t = 0; t < s.tokens().size(); t++) {
        int start = s.tokenStarts().get(t);
        if (start >= e.start() && start < e.end()) {
          tags.set(t, (first ? "B-" : "I-") + type);
          first = false;
        }
      }
    }
    return TaggedSentence.of(s.tokens(), tags);
  }

  static int devStart(int n) {
    return n - (int) Math.round(n * DEV_FRACTION);
  }

  /** Entities of a BIO tag sequence with CoNLL semantics (an I- that continues nothing begins). */
  public static List<Span> entities(List<String> tags) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String t = i < tags.size() ? tags.get(i) : "O";
      String ty = t.length() > 2 && t.charAt(1) == '-' ? t.substring(2) : null;
      boolean continues = ty != null && t.charAt(0) == 'I' && ty.equals(type);
      if (!continues) {
        if (type != null) {
          out.add(new Span(start, i, type));
        }
        if (ty != null) {
          start = i;
          type = ty;
        } else {
          start = -1;
          type = null;
        }
      }
    }
    return out;
  }

  public static List<NameSample> toSamples(List<TaggedSentence> sentences) {
    List<NameSample> out = new ArrayList<>(sentences.size());
    for (TaggedSentence s : sentences) {
      out.add(new NameSample(s.tokenArray(), entities(s.tags()).toArray(new Span[0]), false));
    }
    return out;
  }
}
