package io.khabar.ner;

import io.khabar.text.ArabicNormalizer;

/**
 * The shape features of {@link ArabicFeatureGenerator}: a raw token's script/shape class ({@code
 * sh=}: ar, lat, num, punct, ar+num, lat+num, mixed…) and a stem's length class ({@code len=}).
 * Harakat, tatweel and invisible marks do not change the class, so غداً is "ar" like غدا.
 */
final class TokenShape {

  private TokenShape() {}

  /** Script/shape class of a raw token: ar, lat, num, punct, ar+num, lat+num, mixed, other. */
  static String of(String token) {
    boolean ar = false;
    boolean lat = false;
    boolean num = false;
    boolean punct = false;
    boolean other = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if ((c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3')
          || (c >= '\uFB50' && c <= '\uFEFC')) {
        ar = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u024F')) {
        lat = true;
      } else if ((c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669')
          || (c >= '\u06F0' && c <= '\u06F9')) {
        num = true;
      } else if (ArabicNormalizer.isIgnorable(c) || (c >= '\u064B' && c <= '\u065F')
          || c == '\u0640' || c == '\u0670') {
        // harakat, tatweel and invisible marks do not change the class
      } else if (isPunctuation(c)) {
        punct = true;
      } else {
        other = true;
      }
    }
    if (ar && !lat && !other) {
      return num ? "ar+num" : (punct ? "ar+p" : "ar");
    }
    if (lat && !ar && !other) {
      return num ? "lat+num" : (punct ? "lat+p" : "lat");
    }
    if (num && !ar && !lat && !other) {
      return punct ? "num+p" : "num";
    }
    if (punct && !ar && !lat && !num && !other) {
      return "punct";
    }
    if (ar && lat) {
      return "mixed";
    }
    return "other";
  }

  /** Length class of a stem of {@code n} chars: 1–5 as such, then 6-7 and 8+. */
  static String lengthClass(int n) {
    if (n <= 5) {
      return Integer.toString(n);
    }
    return n <= 7 ? "6-7" : "8+";
  }

  private static boolean isPunctuation(char c) {
    int t = Character.getType(c);
    return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
        || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.OTHER_PUNCTUATION || t == Character.MATH_SYMBOL
        || t == Character.CURRENCY_SYMBOL || t == Character.MODIFIER_SYMBOL
        || t == Character.OTHER_SYMBOL;
  }
}
