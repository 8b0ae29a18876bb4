package io.khabar.ner;

/**
 * Fallback {@link StemFunction} until the clitic segmenter exists: strips at most one conjunction
 * (و ف), then at most one preposition (ب ل ك), then the article ال, on the matching form (so أ/إ/آ
 * are already ا). Each strip is taken only when at least three letters remain, because shorter
 * remainders are mostly words that merely begin with these letters (ولد، باب، لكن).
 *
 * <p>ل + ال contracts to لل in writing (للرئيس = ل + الرئيس): that case is recognised and reported
 * as definite. No suffixes are removed: names rarely carry enclitic pronouns, and stripping ه/ها
 * from a name would damage it more than it helps common nouns.
 */
public final class ProcliticStripper implements StemFunction {

  public static final ProcliticStripper INSTANCE = new ProcliticStripper(false);

  /**
   * Strips only clitic chains that end in the article (وال، بال، فلل…): never a bare و ف ب ل ك,
   * because too many names begin with these letters (واشنطن، فرنسا، بغداد، لبنان، كندا).
   */
  public static final ProcliticStripper ARTICLE_ONLY = new ProcliticStripper(true);

  private static final int MIN_REST = 3;

  private final boolean articleOnly;

  /** Whether {@code c} is a one-letter proclitic: و ف (conjunctions) or ب ل ك (prepositions). */
  static boolean isProcliticLetter(char c) {
    return isConjunctionLetter(c) || isPrepositionLetter(c);
  }

  /** Whether {@code c} is a conjunction written as a prefix: و or ف. */
  static boolean isConjunctionLetter(char c) {
    return c == 'و' || c == 'ف';
  }

  /** Whether {@code c} is a preposition written as a prefix: ب، ل or ك. */
  static boolean isPrepositionLetter(char c) {
    return c == 'ب' || c == 'ل' || c == 'ك';
  }

  /**
   * {@code w} without its first letter when that is a one-letter proclitic and at least {@code
   * minRest} letters remain (وأحمد → أحمد), else {@code w}.
   */
  public static String withoutOneProclitic(String w, int minRest) {
    return w.length() > minRest && isProcliticLetter(w.charAt(0)) ? w.substring(1) : w;
  }

  /**
   * {@code w} without its first letter when that is the conjunction و or ف and at least {@code
   * minRest} letters remain (والصربي → الصربي), else {@code w}.
   */
  public static String withoutConjunction(String w, int minRest) {
    return w.length() > minRest && isConjunctionLetter(w.charAt(0)) ? w.substring(1) : w;
  }

  private ProcliticStripper(boolean articleOnly) {
    this.articleOnly = articleOnly;
  }

  @Override
  public Stem split(String w) {
    if (w == null || w.length() <= MIN_REST) {
      return Stem.bare(w == null ? "" : w);
    }
    int p = 0;
    char c = w.charAt(p);
    if ((c == 'و' || c == 'ف') && w.length() - (p + 1) >= MIN_REST && isArabicLetter(w.charAt(1))) {
      p++;
    }
    boolean definite = false;
    if (p < w.length()) {
      c = w.charAt(p);
      if (c == 'ل' && w.length() > p + 1 && w.charAt(p + 1) == 'ل'
          && w.length() - (p + 2) >= MIN_REST) {
        // لل = ل + ال with the alif dropped
        p += 2;
        definite = true;
      } else if ((c == 'ب' || c == 'ل' || c == 'ك') && w.length() - (p + 1) >= MIN_REST
          && w.charAt(p + 1) == 'ا' && w.length() > p + 2 && w.charAt(p + 2) == 'ل'
          && w.length() - (p + 3) >= MIN_REST) {
        p++; // preposition directly before the article: بال، كال
      } else if ((c == 'ب' || c == 'ل' || c == 'ك') && w.length() - (p + 1) >= MIN_REST + 1
          && isArabicLetter(w.charAt(p + 1))) {
        // a bare preposition: only before a longer remainder, since ب/ل/ك start many stems
        p++;
      }
    }
    if (!definite && w.length() - p >= 2 && w.charAt(p) == 'ا' && w.length() > p + 1
        && w.charAt(p + 1) == 'ل' && w.length() - (p + 2) >= MIN_REST) {
      p += 2;
      definite = true;
    }
    if (p == 0 || (articleOnly && !definite)) {
      return Stem.bare(w);
    }
    return new Stem(w.substring(0, p), w.substring(p), definite);
  }

  private static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A';
  }
}
