package io.khabar.token;

/** What a token is, as decided by {@link Tokenizer} from its characters alone. */
public enum TokenType {
  /** A word in Arabic script, with any harakat, tatweel and word-internal ZWNJ it carries. */
  ARABIC,
  /** A word in Latin script, possibly with digits (G20) or hyphens (Jean-Yves, COVID-19). */
  LATIN,
  /** Digits of any script with internal separators and an optional percent sign (1,000.5 ٣٫٥ 50%). */
  NUMBER,
  /** One punctuation mark; an ellipsis ("..." or "…") is a single token. */
  PUNCTUATION,
  /** Letters joined by dots (أ.ف.ب، U.S.) or a title initial (د. ، J.). */
  ABBREVIATION,
  /** A web address: with a scheme, starting with www., or a bare domain (example.com). */
  URL,
  /** An e-mail address. */
  EMAIL,
  /** A symbol (currency, maths, emoji), one code point with any marks attached to it. */
  SYMBOL,
  /** Anything else: letters of other scripts, lone surrogates, unassigned or private-use chars. */
  OTHER
}
