package io.khabar.experiment;

import io.khabar.ner.OutcomeIndependent;
import io.khabar.ner.Stem;
import io.khabar.ner.StemFunction;
import io.khabar.text.ArabicNormalizer;
import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The name-shape features of Round 5 (not adopted; see {@code ner-ar-ablations.md}): {@code ns=}
 * the class whose character model ({@link NameShapeModel}) scores a token's stem highest, {@code
 * ns,PERS=}, {@code ns,LOC=}, {@code ns,ORG=} each name class's score minus the ordinary word's
 * in six bins of {@code bin} nats per letter (below −2w … above 2w), and {@code ns±1=} the
 * neighbours' best class when {@code window} is 1. Only Arabic stems of two letters or more are
 * scored. A generator of its own beside {@link io.khabar.ner.ArabicFeatureGenerator}, added to
 * the descriptor by {@code NerExperiment --set nameShape=…}:
 *
 * <pre>{@code
 * <generator class="io.khabar.experiment.NameShapeFeatures$Factory">
 *   <str name="model">ner-ar-shape.nameshape</str>
 *   <str name="stemmer">article</str>
 *   <int name="window">0</int>
 *   <str name="bin">0.5</str>
 *   <bool name="personOnly">false</bool>
 * </generator>
 * }</pre>
 *
 * Not thread-safe (one score buffer), like the generators OpenNLP builds per decoder.
 */
public final class NameShapeFeatures implements OutcomeIndependent {

  private static final String[] BEST = new String[NameShapeModel.CLASSES];
  private static final String[][] BINS = new String[3][6];
  private static final String[][] NEIGHBOUR = new String[2][NameShapeModel.CLASSES];

  static {
    for (int c = 0; c < NameShapeModel.CLASSES; c++) {
      String n = NameShapeModel.className(c);
      BEST[c] = "ns=" + n;
      NEIGHBOUR[0][c] = "ns-1=" + n;
      NEIGHBOUR[1][c] = "ns+1=" + n;
      if (c < 3) {
        for (int b = 0; b < 6; b++) {
          BINS[c][b] = "ns," + n + "=" + (b - 3);
        }
      }
    }
  }

  private final NameShapeModel model;
  private final StemFunction stemmer;
  private final int window;
  private final double binWidth;
  private final boolean personOnly;
  private final double[] scores = new double[NameShapeModel.CLASSES];
  private final ArabicNormalizer normalizer = ArabicNormalizer.get();

  public NameShapeFeatures(NameShapeModel model, StemFunction stemmer, int window,
      double binWidth, boolean personOnly) {
    if (model == null || window < 0 || window > 1 || !(binWidth > 0)) {
      throw new IllegalArgumentException("name shapes need a model, window 0..1, width > 0");
    }
    this.model = model;
    this.stemmer = stemmer;
    this.window = window;
    this.binWidth = binWidth;
    this.personOnly = personOnly;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index,
      String[] previousOutcomes) {
    int best = score(tokens[index]);
    if (best >= 0) {
      if (!personOnly) {
        features.add(BEST[best]);
      }
      for (int c = 0; c < (personOnly ? 1 : 3); c++) {
        features.add(BINS[c][bin(scores[c] - scores[NameShapeModel.O])]);
      }
    }
    if (window >= 1) {
      for (int side = 0; side < 2; side++) {
        int j = side == 0 ? index - 1 : index + 1;
        if (j >= 0 && j < tokens.length) {
          int b = score(tokens[j]);
          if (b >= 0) {
            features.add(NEIGHBOUR[side][b]);
          }
        }
      }
    }
  }

  /** Scores the token's stem into {@link #scores}; the best class, or −1 when not scored. */
  private int score(String token) {
    if (token == null || !arabic(token)) {
      return -1;
    }
    String f = normalizer.matchingForm(token);
    Stem st = stemmer.split(f);
    String s = st == null || st.stem().isEmpty() ? f : st.stem();
    if (s.length() < 2) {
      return -1;
    }
    model.score(s, scores);
    return NameShapeModel.best(scores);
  }

  /** Only Arabic letters (and the marks the normaliser drops). */
  private static boolean arabic(String token) {
    boolean any = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if ((c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3')) {
        any = true;
      } else if (!(ArabicNormalizer.isIgnorable(c) || (c >= '\u064B' && c <= '\u065F')
          || c == '\u0640' || c == '\u0670')) {
        return false;
      }
    }
    return any;
  }

  int bin(double diff) {
    int b = (int) Math.floor(diff / binWidth) + 3;
    return b < 0 ? 0 : Math.min(b, 5);
  }

  /** The XML factory; the model is an artifact of the name finder model. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    public Factory() {}

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      String name = getStr("model", NameShapeModel.ARTIFACT);
      Object m = resourceManager == null ? null : resourceManager.getResource(name);
      if (!(m instanceof NameShapeModel model)) {
        throw new InvalidFormatException("name shape model '" + name + "' missing");
      }
      try {
        return new NameShapeFeatures(model, StemFunction.byName(getStr("stemmer", "article")),
            getInt("window", 0), Double.parseDouble(getStr("bin", "0.5")),
            getBool("personOnly", false));
      } catch (IllegalArgumentException e) {
        throw new InvalidFormatException(e.getMessage(), e);
      }
    }
  }
}
