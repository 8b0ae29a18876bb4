package io.khabar.ner;

import io.khabar.text.ArabicNormalizer;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP feature generator for Arabic names. For token {@code i} it emits, each group switchable
 * through {@link Options} (the switches are stored in the model's feature descriptor):
 *
 * <ul>
 *   <li>{@code w=} the matching form ({@link ArabicNormalizer}), so spelling variants of أ/ا, ة/ه,
 *       ى/ي and harakat share one feature;
 *   <li>{@code s=}, {@code pc=}, {@code al} the stem after proclitic removal ({@link StemFunction}),
 *       the removed proclitics, and whether the article was attached: a name seen as قطر is then
 *       recognised in وقطر and بقطر;
 *   <li>{@code p1..p3=}, {@code x1..x3=} stem prefixes and suffixes (nisba ي/ية, plural ون/ات,
 *       foreign endings);
 *   <li>{@code ng=} character 2–4-grams of the stem with boundary marks, for unseen, often
 *       transliterated names;
 *   <li>{@code sh=}, {@code len=} script/shape class (ar, lat, num, punct, mixed…) and stem length;
 *   <li>{@code s-2..s+2=}, {@code w-1=}, {@code w+1=} stems of neighbouring tokens and their forms,
 *       plus the stem bigrams {@code s-1,s} and {@code s,s+1};
 *   <li>{@code cue…=} the {@link CueWords} class of this token and of its neighbours;
 *   <li>{@code gz…=} {@link Gazetteer} membership of word sequences covering the token;
 *   <li>{@code fq…=} rarity of the token and its neighbours in the training text ({@link
 *       WordFrequencies}), when the model carries a frequency table;
 *   <li>{@code clL=}, {@code csL=} the word classes at granularity L of the token's matching form
 *       and of its stem, learnt from unlabelled text ({@link WordClusters}), and {@code cl±d.L=},
 *       {@code cs±d.L=} those of its neighbours up to the class window, when the model carries a
 *       class table ({@link ClassFeatures});
 *   <li>{@code nt=}, {@code nt,fq=}, {@code nt±1=} whether the token (as it stands, "w", or
 *       without its proclitics, "s") is a known spelling of a person-name token ({@link
 *       NameTokenLexicon}), with its rarity in the training text, and the same of its
 *       neighbours, when the model's descriptor names a lexicon ({@code nameTokens});
 *   <li>{@code po,s=} the previous tag together with this stem (OpenNLP adds po/pow on raw tokens);
 *       left out when the previous outcomes are null (see {@link #createOutcomeFeatures}).
 * </ul>
 *
 * <p>Each token is analysed once ({@link TokenAnalyser}: form, stem, cue, shape, rarity, classes;
 * memoised per distinct token) and the sentence's analyses are reused for all positions and beam
 * hypotheses; a decoder that keeps analyses per token itself hands them over ({@link
 * #useAnalyses}). Like {@link opennlp.tools.namefind.NameFinderME}, an instance is not
 * thread-safe.
 */
public final class ArabicFeatureGenerator implements AdaptiveFeatureGenerator {

  /** Which feature groups are on; window is the neighbour distance (0–3). */
  public record Options(
      boolean form,
      boolean stem,
      boolean affixes,
      boolean charNgrams,
      boolean shape,
      int window,
      boolean cues,
      boolean previousTagStem,
      String stemmer,
      String gazetteer,
      String frequencies) {

    public Options {
      if (frequencies == null || frequencies.isEmpty()) {
        frequencies = "none";
      }
    }

    public static Options defaults() {
      return new Options(true, true, true, true, true, 2, true, true, StemFunction.DEFAULT_NAME,
          "none", "none");
    }
  }

  private final Options options;
  private final Gazetteer gazetteer;
  private final WordFrequencies frequencies;
  private final ClassFeatures classes;
  private final int[] classLevels;
  private final boolean nameTokenRarity;
  private final TokenAnalyser analyser;

  // per-sentence cache, keyed by the identity of the token array
  private String[] cachedTokens;
  private String[] forms = new String[0];
  private Stem[] stems = new Stem[0];
  private CueWords.Cue[] cues = new CueWords.Cue[0];
  private String[][] gazetteerTags = new String[0][];
  private TokenAnalysis[] toks = new TokenAnalysis[0];
  // the last token analysed by createTokenFeatures (compared by identity), and its analysis
  private String lastToken;
  private TokenAnalysis lastTok;
  /** Distinct token analyses kept ({@link #analysed}), a few MB. */
  private static final int ANALYSES_MAX = 1 << 14;
  private final java.util.Map<String, TokenAnalysis> analyses = new java.util.HashMap<>();

  public ArabicFeatureGenerator(Options options) {
    this(options, StemFunction.byName(options.stemmer()), Gazetteer.byName(options.gazetteer()),
        null);
  }

  /** With explicit seams, for tests and for callers that build their own generator. */
  public ArabicFeatureGenerator(Options options, StemFunction stemFunction, Gazetteer gazetteer) {
    this(options, stemFunction, gazetteer, null);
  }

  /**
   * @param frequencies training-text counts for the rarity feature, or null for none
   */
  public ArabicFeatureGenerator(Options options, StemFunction stemFunction, Gazetteer gazetteer,
      WordFrequencies frequencies) {
    this(options, stemFunction, gazetteer, frequencies, (ClassFeatures) null);
  }

  /**
   * @param classes the word-class features ({@link ClassFeatures}), or null for none
   */
  public ArabicFeatureGenerator(Options options, StemFunction stemFunction, Gazetteer gazetteer,
      WordFrequencies frequencies, ClassFeatures classes) {
    this(options, stemFunction, gazetteer, frequencies, classes, null);
  }

  /**
   * @param nameTokens the name-token lexicon of the {@code nt…=} features, or null for none
   */
  public ArabicFeatureGenerator(Options options, StemFunction stemFunction, Gazetteer gazetteer,
      WordFrequencies frequencies, ClassFeatures classes, NameTokenLexicon nameTokens) {
    this(options, stemFunction, gazetteer, frequencies, classes, nameTokens, true);
  }

  /**
   * @param nameTokenRarity whether a name token's rarity in the training text is a feature too
   *     ({@code nt,fq=}; off only to measure what it adds)
   */
  public ArabicFeatureGenerator(Options options, StemFunction stemFunction, Gazetteer gazetteer,
      WordFrequencies frequencies, ClassFeatures classes, NameTokenLexicon nameTokens,
      boolean nameTokenRarity) {
    this.nameTokenRarity = nameTokenRarity;
    this.classes = classes;
    this.options = options;
    this.gazetteer = gazetteer;
    this.frequencies = frequencies;
    this.classLevels = classes == null ? new int[0] : classes.levels();
    this.analyser = new TokenAnalyser(stemFunction, frequencies,
        classes == null ? null : classes.table(),
        classes == null || !classes.stems() ? null
            : StemFunction.byName(classes.table().stemmer()),
        nameTokens);
  }

  public Options options() {
    return options;
  }

  /**
   * Settings of the word-class features: the table, which of its granularities are features
   * (indices, coarse to fine), the neighbour distance whose classes are features (0–2), and
   * whether stem classes are features beside form classes. The stems are cut by the table's own
   * stemmer, the one its classes were learnt with.
   */
  public record ClassFeatures(WordClusters table, int[] levels, int window, boolean stems) {

    public ClassFeatures {
      if (table == null || window < 0 || window > 2) {
        throw new IllegalArgumentException("class features need a table and window 0..2");
      }
      levels = levels.clone();
      for (int l : levels) {
        if (l < 0 || l >= table.levels()) {
          throw new IllegalArgumentException("no granularity " + l + " in the class table");
        }
      }
    }

    /** Every granularity, window 1, stems when the table has them. */
    public static ClassFeatures all(WordClusters table) {
      int[] l = new int[table.levels()];
      for (int i = 0; i < l.length; i++) {
        l[i] = i;
      }
      return new ClassFeatures(table, l, 1, !table.stemmer().equals("none"));
    }

    /** Levels from a comma-separated list ("0,2"), or every level for "all". */
    public static int[] parseLevels(String s, WordClusters table) {
      if (s.equals("all")) {
        return all(table).levels();
      }
      return java.util.Arrays.stream(s.split(",")).map(String::strip)
          .mapToInt(Integer::parseInt).toArray();
    }

    @Override
    public int[] levels() {
      return levels.clone();
    }
  }

  /** Highest neighbour distance any token feature looks at (window ≤ 3, cue-2). */
  static final int MAX_DISTANCE = 3;

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index,
      String[] previousOutcomes) {
    analyse(tokens);
    tokenFeatures(features, toks[index], 0);
    for (int d = 1; d <= MAX_DISTANCE; d++) {
      int l = index - d;
      int r = index + d;
      tokenFeatures(features, l >= 0 ? toks[l] : null, -d);
      tokenFeatures(features, r < toks.length ? toks[r] : null, d);
    }
    createContextFeatures(features, tokens, index);
    if (previousOutcomes != null) {
      createOutcomeFeatures(features, tokens, index,
          index > 0 && previousOutcomes.length >= index ? previousOutcomes[index - 1] : null);
    }
  }

  /**
   * The features of position {@code i} that depend on one token only: the token at {@code i +
   * offset} ({@code offset} 0 for the token itself, −3…3 for a neighbour; {@code token} null when
   * that is outside the sentence). A decoder can compute them once per distinct token and offset.
   * Together with {@link #createContextFeatures} and {@link #createOutcomeFeatures} they are
   * exactly {@link #createFeatures}.
   */
  public void createTokenFeatures(List<String> features, String token, int offset) {
    tokenFeatures(features, token == null && offset != 0 ? null : lastAnalysed(token), offset);
  }

  /**
   * {@link #createTokenFeatures} of a token analysed by {@link #analysis}, for a decoder that
   * keeps the analysis of each distinct token.
   */
  void createTokenFeatures(List<String> features, TokenAnalysis token, int offset) {
    tokenFeatures(features, token, offset);
  }

  /** The analysis of {@code token} that the features read (not memoised here). */
  TokenAnalysis analysis(String token) {
    return analyser.analyse(token);
  }

  /**
   * {@link #analyseToken} of {@code token}, reusing the previous call's result for the same
   * string object: a decoder asks for one token's features at each of its seven offsets in turn,
   * and the analysis (normalisation, stems, look-ups) depends on the token only.
   */
  private TokenAnalysis lastAnalysed(String token) {
    if (lastTok == null || token != lastToken) {
      lastTok = analysed(token);
      lastToken = token;
    }
    return lastTok;
  }

  /**
   * {@link #analyseToken}, memoised per distinct token string (bounded: cleared when full): the
   * analysis depends on the token only, and news repeats its words from sentence to sentence.
   */
  private TokenAnalysis analysed(String token) {
    if (token == null) {
      return analyser.analyse(null);
    }
    TokenAnalysis t = analyses.get(token);
    if (t == null) {
      if (analyses.size() >= ANALYSES_MAX) {
        analyses.clear();
      }
      t = analyser.analyse(token);
      analyses.put(token, t);
    }
    return t;
  }

  private void tokenFeatures(List<String> features, TokenAnalysis t, int offset) {
    if (offset == 0) {
      selfFeatures(features, t);
      return;
    }
    int d = Math.abs(offset);
    boolean left = offset < 0;
    String edge = left ? "BOS" : "EOS";
    if (d <= options.window()) {
      features.add((left ? "s-" : "s+") + d + "=" + (t == null ? edge : t.stem().stem()));
      if (d == 1) {
        features.add((left ? "w-1=" : "w+1=") + (t == null ? edge : t.form()));
      }
    }
    if (options.cues() && t != null && t.cue() != null && (d == 1 || (left && d == 2))) {
      features.add((left ? "cue-" : "cue+") + d + "=" + t.cue().name());
    }
    if (frequencies != null && d == 1) {
      features.add((left ? "fq-1=" : "fq+1=") + (t == null ? edge : t.fq()));
    }
    if (d == 1 && t != null && t.nt() != null) {
      features.add((left ? "nt-1=" : "nt+1=") + t.nt());
    }
    if (classes != null && d <= classes.window() && t != null) {
      String side = left ? "-" : "+";
      addClasses(features, "cl" + side + d + ".", t.cl());
      addClasses(features, "cs" + side + d + ".", t.cs());
    }
  }

  private void selfFeatures(List<String> features, TokenAnalysis t) {
    Stem st = t.stem();
    String s = st.stem();
    if (options.form()) {
      features.add("w=" + t.form());
    }
    if (options.stem()) {
      features.add("s=" + s);
      if (!st.proclitics().isEmpty()) {
        features.add("pc=" + st.proclitics());
      }
      if (st.definite()) {
        features.add("al");
      }
    }
    if (options.affixes()) {
      int n = s.length();
      for (int k = 1; k <= 3 && k < n; k++) {
        features.add("p" + k + "=" + s.substring(0, k));
        features.add("x" + k + "=" + s.substring(n - k));
      }
    }
    if (options.charNgrams()) {
      addCharNgrams(features, s);
    }
    if (options.shape()) {
      features.add("sh=" + t.shape());
      features.add("len=" + TokenShape.lengthClass(s.length()));
    }
    if (options.cues() && t.cue() != null) {
      features.add("cue=" + t.cue().name());
    }
    if (classes != null) {
      addClasses(features, "cl", t.cl());
      addClasses(features, "cs", t.cs());
    }
    if (t.nt() != null) {
      // the training text's rarity lets the learner weigh name tokens that are also ordinary
      // words (أمل، نور: frequent) apart from those seen only as names or never (هوكينغ: rare)
      features.add("nt=" + t.nt());
      if (frequencies != null && nameTokenRarity) {
        features.add("nt,fq=" + t.nt() + t.fq());
      }
    }
    if (frequencies != null) {
      features.add("fq=" + t.fq());
      features.add("fq,sh=" + t.fq() + "," + t.shape() + (st.definite() ? "al" : ""));
    }
  }

  /**
   * The features of position {@code index} that depend on several tokens: stem bigrams, a lone
   * cue word before the token, gazetteer tags (outcome-independent, not in {@link
   * #createTokenFeatures}).
   */
  public void createContextFeatures(List<String> features, String[] tokens, int index) {
    createContextFeatures(FeatureSink.into(features), tokens, index);
  }

  /** {@link #createContextFeatures(List, String[], int)} in pieces. */
  void createContextFeatures(FeatureSink features, String[] tokens, int index) {
    analyse(tokens);
    String s = stems[index].stem();
    if (options.window() >= 1) {
      features.add("s-1,s=", stemAt(index - 1), ",", s);
      features.add("s,s+1=", s, ",", stemAt(index + 1));
    }
    if (options.cues() && index >= 1 && cues[index - 1] != null
        && (index < 2 || cues[index - 2] == null)) {
      // the cue word itself, when it stands alone
      features.add("cue-1w=", stemAt(index - 1), "", "");
    }
    addGazetteer(features, "gz=", index);
    addGazetteer(features, "gz-1=", index - 1);
    addGazetteer(features, "gz+1=", index + 1);
  }

  /** {@code prefix + level + "=" + id} for each chosen granularity of a known class array. */
  private void addClasses(List<String> features, String prefix, short[] ids) {
    if (ids == null) {
      return;
    }
    for (int l : classLevels) {
      features.add(prefix + l + "=" + ids[l]);
    }
  }

  /**
   * The features that depend on the previous outcome ({@code po,s=}, {@code po,sh=}), for a
   * decoder that generates the others once per token: {@link #createFeatures} with null previous
   * outcomes leaves them out. {@code previousOutcome} null means the sentence start.
   */
  public void createOutcomeFeatures(List<String> features, String[] tokens, int index,
      String previousOutcome) {
    if (!options.previousTagStem()) {
      return;
    }
    analyse(tokens);
    Stem st = stems[index];
    String po = index > 0 && previousOutcome != null ? previousOutcome : "BOS";
    features.add("po,s=" + po + "," + st.stem());
    features.add("po,sh=" + po + "," + (st.definite() ? "al" : "") + toks[index].shape());
  }



  private void addGazetteer(FeatureSink features, String prefix, int i) {
    if (i >= 0 && i < gazetteerTags.length && gazetteerTags[i] != null) {
      for (String g : gazetteerTags[i]) {
        features.add(prefix, g, "", "");
      }
    }
  }

  private String stemAt(int i) {
    if (i < 0) {
      return "BOS";
    }
    if (i >= stems.length) {
      return "EOS";
    }
    return stems[i].stem();
  }



  private void analyse(String[] tokens) {
    if (tokens == cachedTokens && forms.length == tokens.length) {
      return;
    }
    TokenAnalysis[] analysed = new TokenAnalysis[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      analysed[i] = analysed(tokens[i]);
    }
    useAnalyses(tokens, analysed);
  }

  /**
   * Makes {@code analyses} ({@link #analysis} of each token, in order) the analysis of the
   * sentence {@code tokens} for the following {@link #createContextFeatures} and {@link
   * #createOutcomeFeatures} calls on that array: a decoder that keeps each distinct token's
   * analysis saves looking every token up again. The array is kept, not copied.
   */
  void useAnalyses(String[] tokens, TokenAnalysis[] analyses) {
    int n = tokens.length;
    forms = new String[n];
    stems = new Stem[n];
    cues = new CueWords.Cue[n];
    toks = analyses;
    for (int i = 0; i < n; i++) {
      TokenAnalysis t = analyses[i];
      forms[i] = t.form();
      stems[i] = t.stem();
      cues[i] = t.cue();
    }
    gazetteerTags = gazetteer.maxWords() > 0 ? gazetteer.tag(forms, stems) : new String[n][];
    cachedTokens = tokens;
  }

  private static void addCharNgrams(List<String> features, String s) {
    String b = "^" + s + "$";
    int n = b.length();
    for (int g = 2; g <= 4; g++) {
      for (int i = 0; i + g <= n; i++) {
        if (g == n) {
          break; // the whole bounded stem is already the s= feature
        }
        features.add("ng=" + b.substring(i, i + g));
      }
    }
  }

  @Override
  public void clearAdaptiveData() {
    cachedTokens = null;
  }
}
