package io.khabar.token;

import io.khabar.text.NormalizedBuffer;

/**
 * The orthographic conditions of {@link CliticSegmenter}'s analyses, which decide what can be a
 * clitic before any lexical evidence is weighed: the letters that can begin a proclitic or end
 * an enclitic pronoun, the pronouns themselves, the article, the hamzat al-wasl nouns اسم and
 * ابن, and where a split may fall in the original text (never inside a ligature, and a pronoun
 * ه or ي only where it is written ه or ي, not ة or ى folded to them). Static and stateless.
 */
final class CliticShapes {

  private CliticShapes() {}

  static final char ALEF = '\u0627';
  static final char ALEF_WASLA = '\u0671';
  static final char LAM = '\u0644';
  static final char BEH = '\u0628';
  static final char KAF = '\u0643';
  static final char SEEN = '\u0633';
  static final char WAW = '\u0648';
  static final char FEH = '\u0641';
  static final char HEH = '\u0647';
  static final char YEH = '\u064A';
  static final char TEH = '\u062A';
  static final char NOON = '\u0646';
  static final char HAMZA = '\u0621';
  static final char YEH_HAMZA = '\u0626';
  static final char WAW_HAMZA = '\u0624';

  /** Enclitic pronouns in matching form; index = weight index offset in {@link CliticSegmenter.Weights}. */
  static final char[][] PRONOUNS = {
    {HEH}, {HEH, ALEF}, {HEH, '\u0645'}, {HEH, '\u0645', ALEF}, {HEH, NOON},
    {KAF, '\u0645'}, {KAF, '\u0645', ALEF}, {NOON, ALEF}, {YEH}, {KAF}, {NOON, YEH}
  };

  static final int PRONOUN_NI = 10;

  /**
   * False when no split can apply: every analysis but the unsplit word needs a first letter
   * و ف (conjunction), ب ل ك س (preposition, future, or ل ب as the stem before a pronoun), or a
   * last letter that ends a pronoun (ه ا م ن ي ك). The article is reported by {@code CliticSegmenter#emit}.
   */
  static boolean mayHaveClitic(char[] c, int n) {
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
  static boolean isWaslNoun(char[] c, int from, int to) {
    if (to - from != 3 || c[from] != ALEF) {
      return false;
    }
    char b = c[from + 1];
    char d = c[from + 2];
    return (b == SEEN && d == '\u0645') || (b == BEH && d == NOON);
  }

  /** True when normalised index {@code k} starts a new original char (not inside a ligature). */
  static boolean boundary(NormalizedBuffer nb, int k) {
    return k > 0 && k < nb.length() && nb.source(k) != nb.source(k - 1);
  }

  static boolean startsWithArticle(char[] text, NormalizedBuffer nb, char[] c, int p,
      int n) {
    if (p + 2 > n || c[p] != ALEF || c[p + 1] != LAM) {
      return false;
    }
    char orig = text[nb.source(p)];
    return orig == ALEF || orig == ALEF_WASLA; // أ إ آ begin words like ألمانيا، إلى
  }

  static boolean endsWith(char[] c, int n, char[] suffix) {
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
  static int pronounAt(char[] text, NormalizedBuffer nb, char[] c, int s, int n) {
    for (int pr = 0; pr < PRONOUNS.length; pr++) {
      if (PRONOUNS[pr].length == n - s && endsWith(c, n, PRONOUNS[pr])
          && pronounAt(text, nb, c, s, n, pr)) {
        return pr;
      }
    }
    return -1;
  }

  /** The pronoun's first letter is really ه / ي in the original, not ة / ى folded to them. */
  static boolean pronounAt(char[] text, NormalizedBuffer nb, char[] c, int s, int n,
      int pr) {
    char first = PRONOUNS[pr][0];
    if (first == HEH || first == YEH) {
      return text[nb.source(s)] == first;
    }
    return true;
  }
}
