package io.khabar.train;

import java.util.List;
import java.util.Map;

/**
 * How far an English spelling of a name token is from its Arabic spelling, counted on the
 * consonants, so that the name-token table keeps only pairs that spell the same name (واغنر ×
 * Querino is a Wikidata label that names someone else, not a spelling of واغنر).
 *
 * <p>The rule: align the Arabic letters with the English letters, left to right, at least cost.
 * The article ال at the start may go unspelled (العمراني → Amrani). Each Arabic consonant
 * (or pair: تس → z, تش → ch, c, cz; كس → x) stands for one of the Latin spellings it has in names (ب → b, p; ف → f, v;
 * ج → j, g, dj; ش → sh, ch, sch; خ → kh, ch, h, j; …): matching one costs nothing, or half a point
 * for a spelling that is possible but rare (ف → w, س → z, ك → g). The long-vowel letters
 * (ا و ي ى ة ه ء ع and the hamza seats) may stand for a Latin vowel, for their consonant value
 * (و → w, v; ي → y, j; ه → h; ة → t) or for nothing. A Latin vowel, y or h the Arabic leaves
 * unwritten costs nothing (short vowels are not written; h is often silent: Johnson); so does gh
 * inside a word (Willoughby); a final s, d, t, x or r the Arabic does not write (Tussaud,
 * Herodias, Olivier) costs half a point, and so does a final pair of them or with p (the French
 * silent endings of Deschamps, Desmarest); ن may be the m of a French nasal vowel before p or b
 * (Deschamps) for half a point; a doubled Latin letter counts once, except ll, which may also
 * stand for ي (Mireille, Carrillo) for half a point; خ may be a Spanish g (De Gea) for half a
 * point; a final ة (ه in matching form) may be spelled t (Saadet) for half a point. Anything
 * else — an Arabic consonant with no Latin counterpart, a Latin consonant with no Arabic one, or
 * a consonant against the wrong one — costs one point.
 * A pair agrees when its cost is at most {@value #MAX_COST_PER_CONSONANT} per consonant, counted
 * on the side that writes more of them (Arabic without the article's ل and the vowel letters;
 * English without y and h: Walker has four, ووكر two), and at least half a point, so that a short
 * name may have one unusual spelling (ايف → Yves).
 */
public final class SpellingAgreement {

  /** Most cost per Arabic consonant for a pair to agree; one slip in three consonants. */
  static final double MAX_COST_PER_CONSONANT = 0.34;

  private static final double SECONDARY = 0.5;
  private static final String LATIN_VOWELS = "aeiouy";
  private static final String SILENT_FINAL = "sdtxr";

  /** Arabic letters that may stand for a vowel or for nothing. */
  private static final String VOWEL_LETTERS = "اأإآىوية هءعئؤ".replace(" ", "");

  /** Usual Latin spellings of each Arabic letter (beside the vowel readings of vowel letters). */
  private static final Map<String, List<String>> USUAL = Map.ofEntries(
      Map.entry("ب", List.of("b", "p")),
      Map.entry("ت", List.of("t", "th")),
      Map.entry("ث", List.of("th", "t", "s")),
      Map.entry("ج", List.of("j", "g", "dj", "dzh", "zh", "dg")),
      Map.entry("ح", List.of("h")),
      Map.entry("خ", List.of("kh", "ch", "h", "j", "x", "k")),
      Map.entry("د", List.of("d")),
      Map.entry("ذ", List.of("dh", "th", "z", "d")),
      Map.entry("ر", List.of("r")),
      Map.entry("ز", List.of("z", "s")),
      Map.entry("س", List.of("s", "c", "ts", "tz", "sz")),
      Map.entry("ش", List.of("sh", "ch", "sch", "tsch", "tch", "sz", "s", "x")),
      Map.entry("ص", List.of("s")),
      Map.entry("ض", List.of("d", "dh")),
      Map.entry("ط", List.of("t")),
      Map.entry("ظ", List.of("z", "dh")),
      Map.entry("غ", List.of("gh", "g")),
      Map.entry("ف", List.of("f", "ph", "v")),
      Map.entry("ق", List.of("q", "k", "g", "c", "ck")),
      Map.entry("ك", List.of("k", "c", "ck", "ch", "q", "qu")),
      Map.entry("ل", List.of("l", "ll")),
      Map.entry("م", List.of("m")),
      Map.entry("ن", List.of("n")),
      Map.entry("و", List.of("w", "v")),
      Map.entry("ي", List.of("y", "j")),
      Map.entry("ه", List.of("h")),
      Map.entry("ة", List.of("t", "h")),
      Map.entry("ع", List.of()),
      Map.entry("ء", List.of()),
      Map.entry("ئ", List.of()),
      Map.entry("ؤ", List.of()),
      Map.entry("ا", List.of()),
      Map.entry("أ", List.of()),
      Map.entry("إ", List.of()),
      Map.entry("آ", List.of()),
      Map.entry("ى", List.of()),
      Map.entry("تس", List.of("z", "tz", "ts", "c")),
      Map.entry("تش", List.of("ch", "tch", "tsch", "c", "cz", "cs", "ts")),
      Map.entry("كس", List.of("x")),
      Map.entry("غز", List.of("x")));

  /** Possible but unusual spellings, at {@value #SECONDARY} a point. */
  private static final Map<String, List<String>> SECONDARY_SPELLINGS = Map.ofEntries(
      Map.entry("ف", List.of("w")),
      Map.entry("ه", List.of("t")),
      Map.entry("ض", List.of("th", "z")),
      Map.entry("ص", List.of("c", "z")),
      Map.entry("ج", List.of("c")),
      Map.entry("خ", List.of("g")),
      Map.entry("ي", List.of("ll")),
      Map.entry("س", List.of("z", "x")),
      Map.entry("ك", List.of("g", "x")),
      Map.entry("غ", List.of("r")),
      Map.entry("ح", List.of("kh")),
      Map.entry("ت", List.of("d")),
      Map.entry("د", List.of("t")));

  private SpellingAgreement() {}

  /** Whether {@code english} spells the name token {@code arabic}. */
  public static boolean agrees(String arabic, String english) {
    int consonants = Math.max(consonants(arabic), latinConsonants(english));
    return cost(arabic, english) <= Math.max(SECONDARY, MAX_COST_PER_CONSONANT * consonants);
  }

  /** Number of Arabic letters that are not vowel letters, not counting an initial article. */
  static int consonants(String arabic) {
    int n = 0;
    for (int i = arabic.startsWith("ال") ? 2 : 0; i < arabic.length(); i++) {
      if (VOWEL_LETTERS.indexOf(arabic.charAt(i)) < 0) {
        n++;
      }
    }
    return n;
  }

  /** Number of Latin consonants of the spelling (not y or h, a doubled one once). */
  static int latinConsonants(String english) {
    int n = 0;
    for (char c : latin(english).toCharArray()) {
      if (!isFree(c)) {
        n++;
      }
    }
    return n;
  }

  /** Least alignment cost of the two spellings (see the class comment). */
  public static double cost(String arabic, String english) {
    String a = arabic.replace(" ", "");
    String e = latin(english);
    int n = a.length();
    int m = e.length();
    double[][] d = new double[n + 1][m + 1];
    for (double[] row : d) {
      java.util.Arrays.fill(row, Double.MAX_VALUE);
    }
    d[0][0] = 0;
    if (a.startsWith("ال")) {
      d[2][0] = 0;
    }
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        double c = d[i][j];
        if (c == Double.MAX_VALUE) {
          continue;
        }
        boolean latinConsonant = j < m && !isFree(e.charAt(j));
        if (j < m) {
          relax(d, i, j + 1, c + (latinConsonant ? 1 : 0));
          if (e.startsWith("gh", j) && j > 0) {
            relax(d, i, j + 2, c);
          }
          if (silentFinal(e, j)) {
            relax(d, i, m, c + SECONDARY);
          }
        }
        if (i < n) {
          char ar = a.charAt(i);
          boolean vowelLetter = VOWEL_LETTERS.indexOf(ar) >= 0;
          relax(d, i + 1, j, c + (vowelLetter ? 0 : 1));
          if (j < m) {
            if (vowelLetter && LATIN_VOWELS.indexOf(e.charAt(j)) >= 0) {
              relax(d, i + 1, j + 1, c);
            }
            for (int k = 1; k <= 2 && i + k <= n; k++) {
              String letters = a.substring(i, i + k);
              for (String s : USUAL.getOrDefault(letters, List.of())) {
                if (e.startsWith(s, j)) {
                  relax(d, i + k, j + s.length(), c);
                }
              }
              for (String s : SECONDARY_SPELLINGS.getOrDefault(letters, List.of())) {
                if (e.startsWith(s, j)) {
                  relax(d, i + k, j + s.length(), c + SECONDARY);
                }
              }
            }
            if (ar == 'ن' && (e.startsWith("mp", j) || e.startsWith("mb", j))) {
              relax(d, i + 1, j + 1, c + SECONDARY); // the French nasal vowel of Deschamps
            }
            if (!vowelLetter && latinConsonant) {
              relax(d, i + 1, j + 1, c + 1);
            }
          }
        }
      }
    }
    return d[n][m];
  }

  /**
   * Whether the Latin letters from {@code j} to the end are a final cluster French and English
   * leave unpronounced: one of s, d, t, x, r (Tussaud, Olivier) or two of them or p (Deschamps,
   * Longchamps: the nasal vowel's p with the plural s).
   */
  private static boolean silentFinal(String e, int j) {
    int left = e.length() - j;
    if (left < 1 || left > 2) {
      return false;
    }
    for (int k = j; k < e.length(); k++) {
      char c = e.charAt(k);
      if (SILENT_FINAL.indexOf(c) < 0 && !(left == 2 && c == 'p')) {
        return false;
      }
    }
    return true;
  }

  private static void relax(double[][] d, int i, int j, double c) {
    if (c < d[i][j]) {
      d[i][j] = c;
    }
  }

  /** Latin vowels, y and h may be left unwritten in Arabic. */
  private static boolean isFree(char c) {
    return LATIN_VOWELS.indexOf(c) >= 0 || c == 'h';
  }

  /** Lower case, letters only, a doubled letter once. */
  private static String latin(String english) {
    StringBuilder b = new StringBuilder();
    for (char c : english.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (Character.isLetter(c)
          && (b.length() == 0 || b.charAt(b.length() - 1) != c || c == 'l')) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
