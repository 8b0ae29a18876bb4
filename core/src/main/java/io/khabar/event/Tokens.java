package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Token-level facts the event stage reads everywhere: where a clause breaks (sentence
 * punctuation, a quotation, but not the quotes around a short name), the proclitics stripped
 * from a trigger, the entity occurrences of a stretch, and searches in sorted token positions.
 */
final class Tokens {

  private Tokens() {}

  /** Longest name written in quotes inside a clause: لـ«مجلس السلام»، انسحاب "قسد". */
  private static final int QUOTED_NAME = 4;

  static boolean isBreak(AnalyzedText text, int i) {
    String f = text.form(i);
    if (isQuote(f)) {
      return !quotesShortName(text, i);
    }
    return f.equals("؛") || f.equals(":") || f.equals(".") || f.equals("؟") || f.equals("!");
  }

  private static final java.util.Set<String> RELATIVE_PRONOUNS =
      java.util.Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");

  /** A definite relative pronoun (الذي، التي، الذين، اللذين، اللتين), in matching form. */
  static boolean isRelativePronoun(String f) {
    return RELATIVE_PRONOUNS.contains(f);
  }

  /** The Arabic or the Latin comma. */
  static boolean isComma(String f) {
    return f.equals("،") || f.equals(",");
  }

  static boolean isQuote(String f) {
    return f.equals("«") || f.equals("»") || f.equals("\"") || f.equals("“") || f.equals("”");
  }

  /**
   * The quote at {@code i} opens or closes a short run of words with no punctuation (a name or
   * a term: «مجلس السلام»، "قسد"), not a quotation, so the clause goes on through it.
   */
  private static boolean quotesShortName(AnalyzedText text, int i) {
    return quoteWithin(text, i, +1) || quoteWithin(text, i, -1);
  }

  private static boolean quoteWithin(AnalyzedText text, int i, int step) {
    int words = 0;
    for (int k = i + step; k >= 0 && k < text.size() && words <= QUOTED_NAME; k += step) {
      String f = text.form(k);
      if (isQuote(f)) {
        return words > 0;
      }
      if (!text.isWord(k)) {
        return false;
      }
      words++;
    }
    return false;
  }

  /**
   * Token {@code i} stands inside a quotation opened in its sentence before it: an unclosed «,
   * or an odd number of straight or curly quotes (the quotes around a short name excluded).
   */
  static boolean insideQuotation(AnalyzedText text, int sentenceStart, int i) {
    int guillemets = 0;
    boolean open = false;
    for (int k = sentenceStart; k < i; k++) {
      String f = text.form(k);
      if (!isQuote(f) || quotesShortName(text, k)) {
        continue;
      }
      if (f.equals("«")) {
        guillemets++;
      } else if (f.equals("»")) {
        guillemets = Math.max(0, guillemets - 1);
      } else {
        open = !open;
      }
    }
    return guillemets > 0 || open;
  }

  /** The word after أن carries a pronoun pointing back (قالت قسد إن مقاتليها سينسحبون). */
  static boolean pointsBack(AnalyzedText text, int i) {
    if (i >= text.size() || !text.isWord(i)) {
      return false;
    }
    String w = text.form(i);
    return w.length() > 4 && (w.endsWith("ها") || w.endsWith("هم") || w.endsWith("ه"));
  }

  /** The first token of [from, to) that ends a clause (a break or a comma), else {@code to}. */
  static int clauseEnd(AnalyzedText text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isBreak(text, i) || isComma(text.form(i))) {
        return i;
      }
    }
    return to;
  }

  /** The word without its article ال (الوزير → وزير), else the word itself. */
  static String withoutArticle(String w) {
    return w.startsWith("ال") ? w.substring(2) : w;
  }

  /** The proclitics stripped from the trigger's first word, in matching form. */
  static String proclitics(AnalyzedText text, Found f) {
    return proclitics(text, f.start(), f.stripped());
  }

  /** The trigger's first word without the proclitics stripped from it, in matching form. */
  static String stem(AnalyzedText text, Found f) {
    String form = text.form(f.start());
    return form.substring(Math.min(f.stripped(), form.length()));
  }

  /** The first {@code stripped} chars of token {@code token}'s matching form: its proclitics. */
  static String proclitics(AnalyzedText text, int token, int stripped) {
    String form = text.form(token);
    return form.substring(0, Math.min(stripped, form.length()));
  }

  /** First index of sorted {@code a} whose value is ≥ {@code key}. */
  static int lowerBound(int[] a, int key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A trigger strictly between two tokens ({@code triggerStarts} is sorted). */
  static boolean anotherTriggerBetween(int[] triggerStarts, int at, int other) {
    int lo = Math.min(at, other);
    int hi = Math.max(at, other);
    int i = lowerBound(triggerStarts, lo + 1);
    return i < triggerStarts.length && triggerStarts[i] < hi;
  }

  /** Entity occurrences whose first token lies in [from, to), in text order. */
  static List<Occurrence> occurrences(EntityLayer layer, int from, int to) {
    List<Occurrence> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int e = layer.entityAt(i);
      if (e < 0) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < to && layer.entityAt(j) == e) {
        j++;
      }
      out.add(new Occurrence(i, j, e));
      i = j;
    }
    return out;
  }
}
