package io.khabar.token;

import static io.khabar.token.CliticShapes.ALEF;
import static io.khabar.token.CliticShapes.BEH;
import static io.khabar.token.CliticShapes.FEH;
import static io.khabar.token.CliticShapes.HAMZA;
import static io.khabar.token.CliticShapes.HEH;
import static io.khabar.token.CliticShapes.LAM;
import static io.khabar.token.CliticShapes.TEH;
import static io.khabar.token.CliticShapes.WAW;
import static io.khabar.token.CliticShapes.WAW_HAMZA;
import static io.khabar.token.CliticShapes.YEH;
import static io.khabar.token.CliticShapes.YEH_HAMZA;

/**
 * The lexical evidence {@link CliticSegmenter} weighs an analysis by: how often the {@link
 * StemLexicon} saw its unit (the stem with its article, if any), plus {@code crossArticle} times
 * how often it saw the same stem with the article toggled; before a pronoun also the stem read
 * with its underlying ة / ى / ء (وزارته → وزارة, لقائه → لقاء; a noun attested with ة, here
 * written ت, earns the {@code tehMarbuta} bonus); and for the unsplit word, how often it itself
 * carries و ف ب ل or ال (وبيان، للبنان: evidence that it is a stem). Callers pass a scratch key
 * of at least the word's length + 2 chars. Immutable and thread-safe.
 */
final class StemEvidence {

  private static final char[] ATTESTING_PROCLITICS = {WAW, FEH, BEH, LAM};

  private final StemLexicon lexicon;
  private final double smoothing;
  private final double crossArticle;
  private final double wholeAttested;
  private final double tehMarbuta;

  StemEvidence(StemLexicon lexicon, CliticSegmenter.Weights weights) {
    this.lexicon = lexicon;
    smoothing = weights.get("smoothing");
    crossArticle = weights.get("crossArticle");
    wholeAttested = weights.get("wholeAttested");
    tehMarbuta = weights.get("tehMarbuta");
  }

  /** Added to every frequency before its logarithm is taken. */
  double smoothing() {
    return smoothing;
  }

  /**
   * Log frequency evidence ({@code ln(E + smoothing)}) for the unit {@code c[from, to)} (with "ال" restored in front when the
   * article's alef was elided), trying the underlying ة / ى / ء before a pronoun.
   */
  double of(char[] c, int from, int to, boolean elided, boolean beforePronoun,
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
  double attestedWithClitics(char[] c, int n, char[] key) {
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

  double crossCount(char[] c, int from, int to, char[] key) {
    if (crossArticle == 0) {
      return 0;
    }
    key[0] = ALEF;
    key[1] = LAM;
    System.arraycopy(c, from, key, 2, to - from);
    return unitEvidence(key, 2, to - from) - lexicon.count(c, from, to - from);
  }
}
