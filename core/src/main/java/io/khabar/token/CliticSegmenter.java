package io.khabar.token;

import static io.khabar.token.CliticShapes.ALEF;
import static io.khabar.token.CliticShapes.BEH;
import static io.khabar.token.CliticShapes.FEH;
import static io.khabar.token.CliticShapes.HEH;
import static io.khabar.token.CliticShapes.KAF;
import static io.khabar.token.CliticShapes.LAM;
import static io.khabar.token.CliticShapes.NOON;
import static io.khabar.token.CliticShapes.PRONOUNS;
import static io.khabar.token.CliticShapes.PRONOUN_NI;
import static io.khabar.token.CliticShapes.SEEN;
import static io.khabar.token.CliticShapes.TEH;
import static io.khabar.token.CliticShapes.WAW;
import static io.khabar.token.CliticShapes.YEH;
import static io.khabar.token.CliticShapes.boundary;
import static io.khabar.token.CliticShapes.endsWith;
import static io.khabar.token.CliticShapes.isWaslNoun;
import static io.khabar.token.CliticShapes.mayHaveClitic;
import static io.khabar.token.CliticShapes.pronounAt;
import static io.khabar.token.CliticShapes.startsWithArticle;

import com.google.common.collect.ImmutableList;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.NormalizedBuffer;
import io.khabar.text.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Splits one Arabic word into proclitics (و ف, then ب ل ك or the future س, then the article
 * ال), a stem and an enclitic pronoun, choosing among the orthographically possible analyses by
 * lexical evidence rather than stripping every clitic-looking letter.
 *
 * <p>Each analysis is scored {@code ln(E + smoothing) + Σ prior(clitic)}, where {@code E} is the
 * corpus frequency of the analysis's <em>unit</em> (the stem with its article, if any) plus
 * {@code crossArticle} times the frequency of the same stem with the article added or removed;
 * the unsplit word scores {@code ln(E(word) + smoothing)} with no prior. So "لبنان" stays whole
 * (بنان is rare) while "لموسكو" splits (موسكو is far more frequent than لموسكو). When a split's
 * stem is unseen, an extra prior by clitic type decides (high for the article, low for ب ل ك and
 * the future س, so an unknown name like بوتوماك keeps its ب). Before a pronoun the stem is also
 * looked up with ت read as ة (وزارته → وزارة + ه), final ا as ى and ئ ؤ as ء (لقائه → لقاء + ه).
 * A pronoun ه or ي is only split when it is written ه or ي, never ة or ى. Hard constraints: a
 * stem keeps two letters (three after س), a stem of at most three letters spelled with a bare
 * alef after a proclitic is refused (باب is not ب + أب; اسم and ابن excepted), and the
 * lexicon's protected words (ذلك، الذي، ولي …) are never split standing alone nor lose a pronoun
 * or article after a proclitic.
 *
 * <p>The article is reported when the stem (after proclitics) begins with a plain ا + ل and
 * keeps at least two letters; after the preposition ل the article's alef is elided (للرئيس), so
 * the segments are ل (PREPOSITION), ل (ARTICLE), رئيس (STEM). The prepositions ل and ب with a
 * pronoun alone (له، بها، ولهم) are split into a one-letter STEM and the PRONOUN.
 *
 * <p>Segments are original offsets, non-empty, contiguous, covering the word: harakat, tatweel
 * and other ignorable marks stay with the letter they follow ("لـموسكو" = "لـ" + "موسكو"), and a
 * boundary never falls inside a presentation-form ligature. A word with no Arabic analysis
 * (digits, Latin, punctuation, longer than {@value #MAX_WORD} letters) is one STEM; an empty
 * range has no segments.
 *
 * <p>Immutable and thread-safe; {@link #segment(char[], int, int, SegmentBuffer)} allocates
 * nothing once the caller's {@link SegmentBuffer} has grown. The buffer (thread-confined) also
 * memoises the decision per distinct raw word, bounded in size (see {@link SegmentBuffer}): a
 * repeated word costs one hash probe, and the answer is the one scoring would give, since the
 * decision reads nothing but the word's own chars and this segmenter's fixed lexicon and
 * weights. A word that cannot carry a clitic (first letter not و ف ب ل ك س, last letter not one
 * that ends a pronoun) is not scored at all: the unsplit word is its only analysis. (Answering
 * such words from their two end letters before the memo was measured slower: the branch on
 * about one word in seven is unpredictable and costs more than the memo hit it saves.)
 */
public final class CliticSegmenter {

  /** Longer words (in matching-form chars) are never split: no Arabic word is that long. */
  static final int MAX_WORD = 40;

  private static final double HOST_SCORE = 1e6;

  private final StemLexicon lexicon;
  /**
   * Per thread, the buffer (and decision memo) of {@link #segment(String, int, int)}: the
   * recogniser asks for the same words token after token, and scoring each one anew was about a
   * tenth of an extraction.
   */
  private final ThreadLocal<SegmentBuffer> wordBuffers =
      ThreadLocal.withInitial(SegmentBuffer::new);
  private final Weights weights;
  // unpacked weights for the hot path
  private final StemEvidence evidence;
  private final double wa;
  private final double fa;
  private final double bi;
  private final double li;
  private final double ka;
  private final double sa;
  private final double lilArticle;
  private final double shortStem;
  private final double wholeWord;
  private final double wholeAttested;
  private final int futureMinStem;
  private final double unseenConj;
  private final double unseenPrep;
  private final double unseenPron;
  private final double unseenArticle;
  private final double unseenFuture;
  private final double logSmoothing;
  private final double[] pronoun = new double[PRONOUNS.length];

  public CliticSegmenter(StemLexicon lexicon) {
    this(lexicon, Weights.DEFAULT);
  }

  public CliticSegmenter(StemLexicon lexicon, Weights weights) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.weights = Objects.requireNonNull(weights, "weights");
    evidence = new StemEvidence(lexicon, weights);
    double smoothing = weights.get("smoothing");
    wa = weights.get("wa");
    fa = weights.get("fa");
    bi = weights.get("bi");
    li = weights.get("li");
    ka = weights.get("ka");
    sa = weights.get("sa");
    lilArticle = weights.get("lilArticle");
    shortStem = weights.get("shortStem");
    wholeWord = weights.get("wholeWord");
    wholeAttested = weights.get("wholeAttested");
    futureMinStem = (int) Math.round(weights.get("futureMinStem"));
    unseenConj = weights.get("unseenConj");
    unseenPrep = weights.get("unseenPrep");
    unseenPron = weights.get("unseenPron");
    unseenArticle = weights.get("unseenArticle");
    unseenFuture = weights.get("unseenFuture");
    logSmoothing = Math.log(smoothing);
    for (int i = 0; i < PRONOUNS.length; i++) {
      pronoun[i] = weights.get(Weights.PRONOUN_NAMES.get(i));
    }
  }

  /** A segmenter over {@link StemLexicon#loadDefault()}, shared. */
  public static CliticSegmenter loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  /** Loaded on first use (class-holder idiom), so the lexicon is read once. */
  private static final class DefaultHolder {
    static final CliticSegmenter INSTANCE = new CliticSegmenter(StemLexicon.loadDefault());
  }

  public StemLexicon lexicon() {
    return lexicon;
  }

  public Weights weights() {
    return weights;
  }

  /** Segments the word {@code text[start, end)} into {@code out} (cleared first). */
  public void segment(char[] text, int start, int end, SegmentBuffer out) {
    Objects.checkFromToIndex(start, end, text.length);
    out.clear();
    if (start == end) {
      return;
    }
    int len = end - start;
    SegmentMemo memo = out.memo;
    if (memo != null && len <= SegmentMemo.MAX_KEY) {
      int hash = memo.hash(text, start, len);
      long known = memo.get(this, text, start, len, hash);
      if (known != SegmentMemo.ABSENT) {
        SegmentMemo.unpack(known, start, out);
        return;
      }
      decide(text, start, end, out, false);
      memo.put(text, start, len, hash, SegmentMemo.pack(out, start));
    } else {
      decide(text, start, end, out, false);
    }
  }

  /**
   * The reference decision: every analysis scored, no memo, no early exit. Tests check the fast
   * path against it.
   */
  void segmentExhaustively(char[] text, int start, int end, SegmentBuffer out) {
    Objects.checkFromToIndex(start, end, text.length);
    out.clear();
    if (start < end) {
      decide(text, start, end, out, true);
    }
  }

  /**
   * Scores the analyses of the non-empty word {@code text[start, end)} into {@code out};
   * {@code exhaustive} turns off the early exit for words that cannot carry a clitic.
   */
  private void decide(char[] text, int start, int end, SegmentBuffer out, boolean exhaustive) {
    NormalizedBuffer nb = out.normalized.clear();
    ArabicNormalizer.get().normalize(text, start, end, nb);
    int n = nb.length();
    if (n < 2 || n > MAX_WORD) {
      out.add(start, end, SegmentKind.STEM);
      return;
    }
    char[] c = nb.chars();
    if (!exhaustive && !mayHaveClitic(c, n)) {
      // no analysis but the unsplit word exists, so its score does not matter
      emit(text, start, end, nb, c, n, 0, 0, false, n, out);
      return;
    }
    char[] key = out.key(n + 4);
    boolean wordProtected = lexicon.isProtected(c, 0, n);

    // best analysis so far: the unsplit word
    double best = Math.log(wholeWord * lexicon.count(c, 0, n) + evidence.crossCount(c, 0, n, key)
        + wholeAttested * evidence.attestedWithClitics(c, n, key) + evidence.smoothing());
    int bestP1 = 0; // end of conjunction
    int bestP2 = 0; // end of preposition / future
    boolean bestElided = false;
    int bestSuffix = n; // start of pronoun
    if (!wordProtected) {
      for (int p1 = 0; p1 <= 1; p1++) {
        double conjPrior = 0;
        if (p1 == 1) {
          if (c[0] == WAW) {
            conjPrior = wa;
          } else if (c[0] == FEH) {
            conjPrior = fa;
          } else {
            continue;
          }
          if (!boundary(nb, 1)) {
            continue;
          }
        }
        for (int p2 = p1; p2 <= p1 + 1 && p2 < n; p2++) {
          double midPrior = 0;
          char mid = p2 > p1 ? c[p1] : 0;
          if (p2 > p1) {
            if (mid == BEH) {
              midPrior = bi;
            } else if (mid == LAM) {
              midPrior = li;
            } else if (mid == KAF) {
              midPrior = ka;
            } else if (mid == SEEN) {
              midPrior = sa;
              char v = c[p2];
              if (v != YEH && v != TEH && v != NOON && v != ALEF) {
                continue; // the future particle only precedes an imperfect verb
              }
            } else {
              continue;
            }
            if (!boundary(nb, p2)) {
              continue;
            }
          }
          boolean remainderProtected = p2 > 0 && lexicon.isProtected(c, p2, n - p2);
          boolean startsWithArticle = startsWithArticle(text, nb, c, p2, n);
          // ل or ب with a pronoun alone: له، بها، ولهم (the preposition is the stem)
          if (mid == 0 && (c[p2] == LAM || c[p2] == BEH) && !remainderProtected) {
            int pr = pronounAt(text, nb, c, p2 + 1, n);
            if (pr >= 0 && p2 + 1 + PRONOUNS[pr].length == n
                && !(c[p2] == BEH && PRONOUNS[pr].length == 1 && PRONOUNS[pr][0] == YEH)
                && pr != PRONOUN_NI // بني "sons of" (بني سويف), not ب + ني
                && boundary(nb, p2 + 1)) {
              double s = HOST_SCORE + conjPrior;
              if (s > best) {
                best = s;
                bestP1 = p1;
                bestP2 = p2;
                bestElided = false;
                bestSuffix = p2 + 1;
              }
            }
          }
          for (int el = 0; el <= 1; el++) {
            boolean elided = el == 1;
            if (elided && !(mid == LAM && c[p2] == LAM && n - p2 >= 3 && boundary(nb, p2 + 1))) {
              continue;
            }
            for (int pr = -1; pr < PRONOUNS.length; pr++) {
              int s = n;
              double sufPrior = 0;
              if (pr >= 0) {
                if (elided || startsWithArticle || remainderProtected) {
                  break;
                }
                int len = PRONOUNS[pr].length;
                s = n - len;
                if (!endsWith(c, n, PRONOUNS[pr]) || !pronounAt(text, nb, c, s, n, pr)
                    || !boundary(nb, s)) {
                  continue;
                }
                sufPrior = pronoun[pr];
              }
              if (p2 == 0 && pr < 0) {
                continue; // the unsplit word, scored above
              }
              int stemLen = s - p2 - (elided ? 1 : 0);
              if (stemLen < (mid == SEEN ? futureMinStem : 2)
                  || (stemLen == 2 && c[s - 2] == ALEF && c[s - 1] == LAM)) {
                continue; // a future verb has a prefix and a root; "ال" alone is no stem (بال)
              }
              if (!elided && stemLen <= 3 && p2 > 0 && c[p2] == ALEF
                  && text[nb.source(p2)] == ALEF && !isWaslNoun(c, p2, s)) {
                // a short stem spelled with a bare alef: the lexicon's entry is mostly the
                // hamza word (باب is not ب + أب, واحد not و + أحد), bar the wasl nouns اسم، ابن
                continue;
              }
              double ev = evidence.of(c, p2, s, elided, pr >= 0, key);
              if (ev <= logSmoothing) { // the stem is unseen: only the priors speak
                ev += elided || startsWithArticle ? unseenArticle
                    : mid == SEEN ? unseenFuture
                    : p2 > p1 ? unseenPrep : p1 > 0 ? unseenConj : unseenPron;
              }
              double score = ev + conjPrior + midPrior + sufPrior
                  + (elided ? lilArticle : 0) + (stemLen == 2 ? shortStem : 0);
              if (score > best) {
                best = score;
                bestP1 = p1;
                bestP2 = p2;
                bestElided = elided;
                bestSuffix = s;
              }
            }
          }
        }
      }
    }
    emit(text, start, end, nb, c, n, bestP1, bestP2, bestElided, bestSuffix, out);
  }

  private void emit(char[] text, int start, int end, NormalizedBuffer nb, char[] c, int n,
      int p1, int p2, boolean elided, int suffix, SegmentBuffer out) {
    int from = start;
    if (p1 > 0) {
      int to = nb.source(p1);
      out.add(from, to, SegmentKind.CONJUNCTION);
      from = to;
    }
    if (p2 > p1) {
      int to = nb.source(p2);
      out.add(from, to, c[p1] == SEEN ? SegmentKind.FUTURE : SegmentKind.PREPOSITION);
      from = to;
    }
    int stemStart = p2;
    if (elided) {
      stemStart = p2 + 1;
    } else if (suffix - p2 >= 4 && startsWithArticle(text, nb, c, p2, n)
        && c[p1] != SEEN && boundary(nb, p2 + 2)
        && !lexicon.isProtected(c, p2, n - p2)) {
      stemStart = p2 + 2;
    }
    if (stemStart > p2) {
      int to = nb.source(stemStart);
      out.add(from, to, SegmentKind.ARTICLE);
      from = to;
    }
    int stemEnd = suffix < n ? nb.source(suffix) : end;
    out.add(from, stemEnd, SegmentKind.STEM);
    if (suffix < n) {
      out.add(stemEnd, end, SegmentKind.PRONOUN);
    }
  }

  /** Segments of {@code text[start, end)} as immutable values with original offsets. */
  public List<Segment> segment(String text, int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    char[] word = new char[end - start]; // only the word: callers may pass a long document
    text.getChars(start, end, word, 0);
    SegmentBuffer buf = wordBuffers.get();
    segment(word, 0, word.length, buf);
    ImmutableList.Builder<Segment> b = ImmutableList.builderWithExpectedSize(buf.size());
    for (int i = 0; i < buf.size(); i++) {
      b.add(new Segment(new Span(start + buf.start(i), start + buf.end(i)), buf.kind(i)));
    }
    return b.build();
  }

  /** Segments of a whole word. */
  public List<Segment> segment(String word) {
    return segment(word, 0, word.length());
  }

  /**
   * The scoring model's few parameters, by name: {@code smoothing} (added to every frequency),
   * {@code crossArticle} (weight of the stem's frequency with the article toggled), log-priors
   * {@code wa fa bi li ka sa} per proclitic, {@code lilArticle} for ل + elided ال,
   * {@code shortStem} for a two-letter stem, {@code wholeWord} (weight of the unsplit word's own
   * frequency) and {@code wholeAttested} (weight of the frequency of the unsplit word with و ف ب
   * ل or ال attached), {@code tehMarbuta} (bonus when the stem is attested only with its ت read
   * as ة), {@code futureMinStem} (minimum letters after the future س), {@code unseenConj},
   * {@code unseenPrep}, {@code unseenPron} (added when the stem of a split has no evidence at
   * all, by its innermost clitic: a preposition, else a conjunction, else a pronoun) and
   * {@code unseenArticle} and {@code unseenFuture} (instead of those when the unseen stem carries
   * the article or follows the future س), and one
   * log-prior per pronoun ({@code pron_h …}).
   * {@link #DEFAULT} holds the values tuned on the first 250 sentences of UD Arabic PUD.
   */
  public static final class Weights {

    static final List<String> PRONOUN_NAMES = List.of(
        "pron_h", "pron_ha", "pron_hum", "pron_huma", "pron_hunna",
        "pron_kum", "pron_kuma", "pron_na", "pron_i", "pron_k", "pron_ni");

    /** All parameter names, in a stable order. */
    public static final List<String> NAMES;

    static {
      String[] base = {"smoothing", "crossArticle", "wa", "fa", "bi", "li", "ka", "sa",
          "lilArticle", "shortStem", "wholeWord", "wholeAttested", "tehMarbuta", "futureMinStem",
          "unseenConj", "unseenPrep", "unseenPron", "unseenArticle", "unseenFuture"};
      String[] all = Arrays.copyOf(base, base.length + PRONOUN_NAMES.size());
      for (int i = 0; i < PRONOUN_NAMES.size(); i++) {
        all[base.length + i] = PRONOUN_NAMES.get(i);
      }
      NAMES = List.of(all);
    }

    /** Tuned on PUD sentences [0, 250) by {@code PudSegmentationEval --tune}. */
    public static final Weights DEFAULT = new Weights(new double[] {
        0.25, 1.0, 1.0, -1.5, 2.0, 0.5, -2.0, 0.5,
        3.0, -1.0, 1.0, 0.0, 0.5, 3, 0.5, -3.0, 0.0, 0.0, -3.0,
        1.0, 0.5, 0.5, 0.0, -1.0,
        -1.0, -1.0, -0.5, -3.0, -3.0, -3.0});

    private final double[] values;

    private Weights(double[] values) {
      if (values.length != NAMES.size()) {
        throw new IllegalArgumentException("expected " + NAMES.size() + " weights");
      }
      this.values = values.clone();
    }

    public double get(String name) {
      return values[index(name)];
    }

    /** A copy with one parameter changed. */
    public Weights with(String name, double value) {
      double[] v = values.clone();
      v[index(name)] = value;
      if (name.equals("smoothing") && !(value > 0)) {
        throw new IllegalArgumentException("smoothing must be positive");
      }
      return new Weights(v);
    }

    private static int index(String name) {
      int i = NAMES.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException("unknown weight " + name + "; known: " + NAMES);
      }
      return i;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Weights w && Arrays.equals(values, w.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < values.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(NAMES.get(i)).append('=').append(values[i]);
      }
      return sb.toString();
    }
  }
}
