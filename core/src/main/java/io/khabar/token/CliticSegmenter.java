package io.khabar.token;

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

  private static final char ALEF = '\u0627';
  private static final char ALEF_WASLA = '\u0671';
  private static final char LAM = '\u0644';
  private static final char BEH = '\u0628';
  private static final char KAF = '\u0643';
  private static final char SEEN = '\u0633';
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char HEH = '\u0647';
  private static final char YEH = '\u064A';
  private static final char TEH = '\u062A';
  private static final char NOON = '\u0646';
  private static final char HAMZA = '\u0621';
  private static final char YEH_HAMZA = '\u0626';
  private static final char WAW_HAMZA = '\u0624';

  /** Enclitic pronouns in matching form; index = weight index offset in {@link Weights}. */
  private static final char[][] PRONOUNS = {
    {HEH}, {HEH, ALEF}, {HEH, '\u0645'}, {HEH, '\u0645', ALEF}, {HEH, NOON},
    {KAF, '\u0645'}, {KAF, '\u0645', ALEF}, {NOON, ALEF}, {YEH}, {KAF}, {NOON, YEH}
  };

  private static final int PRONOUN_NI = 10;

  private static final double HOST_SCORE = 1e6;

  private static final char[] ATTESTING_PROCLITICS = {WAW, FEH, BEH, LAM};

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
  private final double smoothing;
  private final double crossArticle;
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
  private final double tehMarbuta;
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
    smoothing = weights.get("smoothing");
    crossArticle = weights.get("crossArticle");
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
    tehMarbuta = weights.get("tehMarbuta");
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
    double best = Math.log(wholeWord * lexicon.count(c, 0, n) + crossCount(c, 0, n, key)
        + wholeAttested * attestedWithClitics(c, n, key) + smoothing);
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
              double ev = evidence(c, p2, s, elided, pr >= 0, key);
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

  /**
   * False when no split can apply: every analysis but the unsplit word needs a first letter
   * و ف (conjunction), ب ل ك س (preposition, future, or ل ب as the stem before a pronoun), or a
   * last letter that ends a pronoun (ه ا م ن ي ك). The article is reported by {@link #emit}.
   */
  private static boolean mayHaveClitic(char[] c, int n) {
    char first = c[0];
    if (first == WAW || first == FEH || first == BEH || first == LAM || first == KAF
        || first == SEEN) {
      return true;
    }
    char last = c[n - 1];
    return last == HEH || last == ALEF || last == '\u0645' || last == NOON || last == YEH
        || last == KAF;
  }

  /** اسم "name" and ابن "son": three-letter nouns that begin with a hamzat al-wasl (bare alef). */
  private static boolean isWaslNoun(char[] c, int from, int to) {
    if (to - from != 3 || c[from] != ALEF) {
      return false;
    }
    char b = c[from + 1];
    char d = c[from + 2];
    return (b == SEEN && d == '\u0645') || (b == BEH && d == NOON);
  }

  /** True when normalised index {@code k} starts a new original char (not inside a ligature). */
  private static boolean boundary(NormalizedBuffer nb, int k) {
    return k > 0 && k < nb.length() && nb.source(k) != nb.source(k - 1);
  }

  private static boolean startsWithArticle(char[] text, NormalizedBuffer nb, char[] c, int p,
      int n) {
    if (p + 2 > n || c[p] != ALEF || c[p + 1] != LAM) {
      return false;
    }
    char orig = text[nb.source(p)];
    return orig == ALEF || orig == ALEF_WASLA; // أ إ آ begin words like ألمانيا، إلى
  }

  private static boolean endsWith(char[] c, int n, char[] suffix) {
    int s = n - suffix.length;
    if (s < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length; i++) {
      if (c[s + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The pronoun that exactly fills {@code c[s, n)}, or -1. */
  private static int pronounAt(char[] text, NormalizedBuffer nb, char[] c, int s, int n) {
    for (int pr = 0; pr < PRONOUNS.length; pr++) {
      if (PRONOUNS[pr].length == n - s && endsWith(c, n, PRONOUNS[pr])
          && pronounAt(text, nb, c, s, n, pr)) {
        return pr;
      }
    }
    return -1;
  }

  /** The pronoun's first letter is really ه / ي in the original, not ة / ى folded to them. */
  private static boolean pronounAt(char[] text, NormalizedBuffer nb, char[] c, int s, int n,
      int pr) {
    char first = PRONOUNS[pr][0];
    if (first == HEH || first == YEH) {
      return text[nb.source(s)] == first;
    }
    return true;
  }

  /**
   * Log frequency evidence ({@code ln(E + smoothing)}) for the unit {@code c[from, to)} (with "ال" restored in front when the
   * article's alef was elided), trying the underlying ة / ى / ء before a pronoun.
   */
  private double evidence(char[] c, int from, int to, boolean elided, boolean beforePronoun,
      char[] key) {
    key[0] = ALEF;
    key[1] = LAM;
    int off;
    int len;
    if (elided) {
      System.arraycopy(c, from + 1, key, 2, to - from - 1);
      off = 0;
      len = to - from + 1;
    } else {
      System.arraycopy(c, from, key, 2, to - from);
      off = 2;
      len = to - from;
    }
    double score = Math.log(unitEvidence(key, off, len) + smoothing);
    if (beforePronoun) {
      int last = off + len - 1;
      char orig = key[last];
      char alt = orig == TEH ? HEH
          : orig == ALEF ? YEH
          : (orig == YEH_HAMZA || orig == WAW_HAMZA) ? HAMZA : 0;
      if (alt != 0) {
        key[last] = alt;
        double e = unitEvidence(key, off, len);
        key[last] = orig;
        if (e > 0) {
          // a noun attested with ة, here written ت, is strong evidence of a suffix
          score = Math.max(score, Math.log(e + smoothing) + (orig == TEH ? tehMarbuta : 0));
        }
      }
    }
    return score;
  }

  /** count(unit) + crossArticle × count(unit with the article toggled); key[off-2, off) = "ال". */
  private double unitEvidence(char[] key, int off, int len) {
    double e = lexicon.count(key, off, len);
    if (crossArticle != 0) {
      if (len >= 4 && key[off] == ALEF && key[off + 1] == LAM) {
        e += crossArticle * lexicon.count(key, off + 2, len - 2);
      } else if (off >= 2) {
        e += crossArticle * lexicon.count(key, off - 2, len + 2);
      }
    }
    return e;
  }

  /**
   * How often the whole word itself carries a clitic (وبيان، للبنان، البيان): evidence that it
   * is a stem, since a clitic-bearing form (وقال) rarely takes another و or ال.
   */
  private double attestedWithClitics(char[] c, int n, char[] key) {
    if (wholeAttested == 0) {
      return 0;
    }
    System.arraycopy(c, 0, key, 2, n);
    double sum = 0;
    for (char x : ATTESTING_PROCLITICS) {
      key[1] = x;
      sum += lexicon.count(key, 1, n + 1);
    }
    key[0] = ALEF;
    key[1] = LAM;
    if (!(n >= 2 && c[0] == ALEF && c[1] == LAM)) {
      sum += lexicon.count(key, 0, n + 2);
    }
    return sum;
  }

  private double crossCount(char[] c, int from, int to, char[] key) {
    if (crossArticle == 0) {
      return 0;
    }
    key[0] = ALEF;
    key[1] = LAM;
    System.arraycopy(c, from, key, 2, to - from);
    return unitEvidence(key, 2, to - from) - lexicon.count(c, from, to - from);
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
