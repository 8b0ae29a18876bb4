package io.khabar.token;

import static io.khabar.token.CharClass.AR_LETTER;
import static io.khabar.token.CharClass.DIGIT;
import static io.khabar.token.CharClass.HIGH_SURROGATE;
import static io.khabar.token.CharClass.IGNORABLE;
import static io.khabar.token.CharClass.LATIN_LETTER;
import static io.khabar.token.CharClass.LOW_SURROGATE;
import static io.khabar.token.CharClass.NEWLINE;
import static io.khabar.token.CharClass.OTHER_LETTER;
import static io.khabar.token.CharClass.SPACE;

/**
 * The {@link Tokenizer}'s rare path for web addresses: a URL (scheme://…, www.…, or a bare
 * domain with a known or two-letter lower-case top-level domain, with an optional path) or an
 * e-mail address is one token. A URL runs to the next space or quote, with balanced brackets, and
 * leaves out trailing punctuation (the sentence's, not the address's). Look-ahead is bounded
 * (a domain's 253 chars, an address's local part's 64), so no input makes tokenising quadratic.
 */
final class WebAddresses {

  private static final String[] SCHEMES = {"https://", "http://", "ftp://"};

  private static final byte[] CLASS = CharClass.TABLE;

  private WebAddresses() {}

  /** Top-level domains accepted for bare domains besides any two-letter lower-case one. */
  private static final String[] TLDS = {
    "com", "net", "org", "edu", "gov", "int", "mil", "info", "biz", "name", "news", "online",
    "site", "app", "dev", "tv", "media", "press", "live", "world", "today", "global"
  };

  /** Look-ahead bounds of the rare-path matchers, so that no input makes tokenising quadratic. */
  private static final int MAX_DOMAIN = 253;
  private static final int MAX_EMAIL_LOCAL = 64;

  /** Whether {@code text[i, end)} begins with {@code s} (lower-case ASCII), ignoring ASCII case. */
  static boolean regionMatchesIgnoreCase(char[] text, int i, int end, String s) {
    if (end - i < s.length()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      char c = text[i + k];
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** URL starting at {@code i}: scheme://…, www.…, or a bare domain; returns its end or -1. */
  static int matchUrl(char[] text, int i, int end) {
    for (String scheme : SCHEMES) {
      if (regionMatchesIgnoreCase(text, i, end, scheme)) {
        int p = i + scheme.length();
        if (p < end && isAsciiAlnum(text[p]) || p < end && CLASS[text[p]] >= AR_LETTER
            && CLASS[text[p]] <= DIGIT) {
          return urlEnd(text, i, p, end);
        }
        return -1;
      }
    }
    if (regionMatchesIgnoreCase(text, i, end, "www.")) {
      int d = matchDomain(text, i, end, false);
      return d > 0 ? urlEnd(text, i, d, end) : -1;
    }
    int d = matchDomain(text, i, end, true);
    if (d < 0) {
      return -1;
    }
    return d < end && text[d] == '/' ? urlEnd(text, i, d, end) : d;
  }

  /**
   * Labels of ASCII letters, digits and inner hyphens joined by dots, at least two; with
   * {@code strictTld} the last must be a known TLD or two lower-case letters. Returns the end or -1.
   */
  private static int matchDomain(char[] text, int i, int end, boolean strictTld) {
    int limit = Math.min(end, i + MAX_DOMAIN); // bounded look-ahead keeps "abc.abc.abc…" linear
    int p = i;
    int labels = 0;
    int lastStart;
    while (true) {
      lastStart = p;
      while (p < limit && (isAsciiAlnum(text[p]) || text[p] == '-' && p > lastStart)) {
        p++;
      }
      if (p == limit && limit < end) {
        return -1;
      }
      while (p > lastStart && text[p - 1] == '-') {
        p--;
      }
      if (p == lastStart) {
        return -1;
      }
      labels++;
      if (p + 1 < limit && text[p] == '.' && isAsciiAlnum(text[p + 1])) {
        p++;
        continue;
      }
      break;
    }
    if (labels < 2) {
      return -1;
    }
    if (p < end && (isLetter(CLASS[text[p]]) || CLASS[text[p]] == DIGIT)) {
      return -1; // the word goes on in another script: not a domain
    }
    int len = p - lastStart;
    for (int k = lastStart; k < p; k++) {
      char c = text[k];
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return -1;
      }
    }
    if (!strictTld) {
      return len >= 2 ? p : -1;
    }
    if (len == 2) {
      return Character.isLowerCase(text[lastStart]) && Character.isLowerCase(text[lastStart + 1])
          ? p : -1;
    }
    for (String tld : TLDS) {
      if (tld.length() == len && regionMatchesIgnoreCase(text, lastStart, p, tld)) {
        return p;
      }
    }
    return -1;
  }

  /** Extends a URL from {@code p} to the next space or quote, dropping trailing punctuation. */
  private static int urlEnd(char[] text, int i, int p, int end) {
    int open = 0;
    while (p < end) {
      char c = text[p];
      byte cls = CLASS[c];
      if (cls == SPACE || cls == NEWLINE || cls == IGNORABLE || cls == HIGH_SURROGATE
          || cls == LOW_SURROGATE) {
        break;
      }
      if (c == '"' || c == '<' || c == '>' || c == '«' || c == '»' || c == '“' || c == '”'
          || c == '،' || c == '؛' || c == '؟' || c == '`' || c == '\\') {
        break;
      }
      if (c == '(') {
        open++;
      } else if (c == ')') {
        if (open == 0) {
          break;
        }
        open--;
      }
      p++;
    }
    while (p > i + 1) {
      char c = text[p - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\''
          || c == ']' || c == '}' || c == '’') {
        p--;
      } else {
        break;
      }
    }
    return p;
  }

  /** local@domain.tld starting at {@code i}; returns its end or -1. */
  static int matchEmail(char[] text, int i, int end) {
    int p = i;
    int localEnd = Math.min(end, i + MAX_EMAIL_LOCAL);
    while (p < localEnd) {
      char c = text[p];
      if (isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-') {
        p++;
      } else {
        break;
      }
    }
    if (p == i || p >= end || text[p] != '@' || text[p - 1] == '.') {
      return -1;
    }
    return matchDomain(text, p + 1, end, false);
  }

  private static boolean isLetter(byte cls) {
    return cls == AR_LETTER || cls == LATIN_LETTER || cls == OTHER_LETTER;
  }
}
