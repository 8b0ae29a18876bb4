package io.khabar.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * How {@link PhraseTrie} cuts a phrase's matching form into words: at whitespace, and in the
 * second reading also at every punctuation char (أ.ف.ب → أ . ف . ب).
 */
final class PhraseWords {

  private PhraseWords() {}

  /**
   * Words of a matching form: whitespace-separated runs; with {@code splitPunctuation}, every
   * char that is not a letter, digit or mark is also a word of its own.
   */
  static List<String> split(String s, boolean splitPunctuation) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (isSeparator(c)) {
        i++;
        continue;
      }
      if (splitPunctuation && !isWordChar(c)) {
        out.add(String.valueOf(c));
        i++;
        continue;
      }
      int j = i;
      while (j < n) {
        char d = s.charAt(j);
        if (isSeparator(d) || (splitPunctuation && !isWordChar(d))) {
          break;
        }
        j++;
      }
      out.add(s.substring(i, j));
      i = j;
    }
    return out;
  }

  /** Whitespace or a space char: a word boundary in both readings. */
  static boolean isSeparator(char c) {
    if (isCommonLetterOrDigit(c)) {
      return false; // the usual case, without the Unicode property lookups
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isWordChar(char c) {
    return isCommonLetterOrDigit(c)
        || Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.isSurrogate(c);
  }

  /**
   * ASCII letters and digits and the Arabic letters U+0620–U+064A (tatweel included, a modifier
   * letter): the chars of nearly every phrase, decided here by range rather than by Unicode
   * property lookups (the lexicons classify every char of tens of thousands of phrases while
   * loading, mostly before the JIT has compiled this).
   */
  static boolean isCommonLetterOrDigit(char c) {
    return c >= '\u0620' && c <= '\u064A' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
        || c >= 'A' && c <= 'Z';
  }

  /** True when splitting at punctuation gives other words than splitting at whitespace. */
  static boolean hasPunctuation(String form) {
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (!isWordChar(c) && !isSeparator(c)) {
        return true;
      }
    }
    return false;
  }

  /** The hash of a word that the trie's word table probes with: String's, then mixed. */
  static int hash(char[] w) {
    int h = 0;
    for (char c : w) {
      h = 31 * h + c;
    }
    return finish(h);
  }

  static int finish(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h & 0x7FFFFFFF;
  }
}
