package io.khabar.token;

import static io.khabar.token.CharClass.APOSTROPHE;
import static io.khabar.token.CharClass.AR_LETTER;
import static io.khabar.token.CharClass.AR_MARK;
import static io.khabar.token.CharClass.DIGIT;
import static io.khabar.token.CharClass.DOT;
import static io.khabar.token.CharClass.HIGH_SURROGATE;
import static io.khabar.token.CharClass.HYPHEN;
import static io.khabar.token.CharClass.IGNORABLE;
import static io.khabar.token.CharClass.LATIN_LETTER;
import static io.khabar.token.CharClass.LOW_SURROGATE;
import static io.khabar.token.CharClass.MARK;
import static io.khabar.token.CharClass.NEWLINE;
import static io.khabar.token.CharClass.NUMBER_OTHER;
import static io.khabar.token.CharClass.NUM_SEP;
import static io.khabar.token.CharClass.OTHER_LETTER;
import static io.khabar.token.CharClass.PERCENT;
import static io.khabar.token.CharClass.SPACE;
import static io.khabar.token.CharClass.SYMBOL;
import static io.khabar.token.CharClass.TATWEEL;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import java.util.Objects;

/**
 * Splits Arabic news text into tokens and sentences in one pass over a {@code char[]}.
 *
 * <p>Tokens:
 * <ul>
 *   <li>Words are runs of letters of one script group (Arabic; Latin; other), with the combining
 *       marks, tatweel and format chars (ZWNJ, bidi marks) inside them; a word never ends in a
 *       format char. Latin words take digits (G20). Words joined by a hyphen are one token
 *       (بوتين-الشرع, Jean-Yves, COVID-19), so are Latin words joined by an apostrophe (O'Brien).
 *       Arabic followed by tatweel keeps it ("لـ" in لـ«مجلس).
 *   <li>Numbers are digit runs of any script joined by {@code . , : / - ٫ ٬} between two digits,
 *       with a trailing {@code % ٪ ‰} (1,000.5 ١٬٠٠٠ ٣٫٥ 2025/2026 12:30 2026-01-29 50%).
 *   <li>Abbreviations are one- or two-letter groups joined by dots, optionally ending in one
 *       (أ.ف.ب، د.ب.أ، U.S.، e.g.), and a title initial followed by a name on the same line
 *       (د. ، أ. ، an upper-case Latin initial).
 *   <li>URLs (scheme://…, www.…, a bare domain with a known or two-letter lower-case TLD, with
 *       optional path; trailing punctuation is left out) and e-mail addresses are one token
 *       ({@link WebAddresses}).
 *   <li>Every punctuation mark is its own token, except a run of dots ("...") which is one.
 *       Symbols are one code point each; lone surrogates and unassigned chars are OTHER.
 *   <li>Whitespace, control chars and format chars between words produce no token.
 * </ul>
 *
 * <p>Sentences ({@link SentenceSplitter}) end after {@code . ? ! ؟ … ۔} (and runs of them), including the closing quotes
 * and brackets that follow, unless the next token cannot start a sentence: a lower-case Latin
 * word, or punctuation that is not an opening quote or bracket; after an ellipsis, also a number
 * or a conjunction (و…، ف…، ثم، أو، بل، لكن، حتى); a terminator right after an opening bracket
 * ("(...)") marks an omission and ends nothing. A line break always ends a sentence, because
 * scraped news puts headlines, datelines and captions on their own lines. Dots inside
 * abbreviations and numbers are not sentence ends since they are inside those tokens.
 *
 * <p>The hot loop reads one byte of a char table per char and writes primitive arrays of a
 * reusable {@link TokenBuffer}; it creates no objects. Arabic words, most of the tokens, are
 * measured in the bits of a long that marks which of the next 64 chars can continue one (read
 * once per 64 chars from a table of one bit a char, without a branch per char): a word's end is
 * the first clear bit, so the scan takes no branch whose exit the predictor would miss at nearly
 * every word. Stateless and thread-safe.
 */
public final class Tokenizer {

  private static final Tokenizer INSTANCE = new Tokenizer();

  private static final byte T_ARABIC = (byte) TokenType.ARABIC.ordinal();
  private static final byte T_LATIN = (byte) TokenType.LATIN.ordinal();
  private static final byte T_NUMBER = (byte) TokenType.NUMBER.ordinal();
  private static final byte T_PUNCT = (byte) TokenType.PUNCTUATION.ordinal();
  private static final byte T_ABBREVIATION = (byte) TokenType.ABBREVIATION.ordinal();
  private static final byte T_URL = (byte) TokenType.URL.ordinal();
  private static final byte T_EMAIL = (byte) TokenType.EMAIL.ordinal();
  private static final byte T_SYMBOL = (byte) TokenType.SYMBOL.ordinal();
  private static final byte T_OTHER = (byte) TokenType.OTHER.ordinal();

  /** Bit masks over char classes: which classes continue a word of each script group. */
  private static final int ARABIC_WORD = bits(AR_LETTER, AR_MARK, MARK, TATWEEL);
  private static final int LATIN_WORD = bits(LATIN_LETTER, MARK, DIGIT);
  private static final int OTHER_WORD = bits(OTHER_LETTER, MARK, AR_MARK);
  private static final int MARKS = bits(MARK, AR_MARK);
  private static final int LETTERS = bits(AR_LETTER, LATIN_LETTER, OTHER_LETTER);

  /** Look-ahead bound of the abbreviation matcher, so that no input makes tokenising quadratic. */
  private static final int MAX_ABBREVIATION_GROUPS = 8;

  private static final byte[] CLASS = CharClass.TABLE;

  /** Chars whose classes {@link #tokenize} keeps as the bits of one long. */
  private static final int RUN_CHARS = 64;

  /** 1 for the chars that can continue an Arabic word ({@link #ARABIC_WORD}), else 0. */
  private static final byte[] CONTINUES_ARABIC = new byte[CLASS.length];

  static {
    for (int c = 0; c < CLASS.length; c++) {
      CONTINUES_ARABIC[c] = (byte) ((ARABIC_WORD >>> CLASS[c]) & 1);
    }
  }

  private Tokenizer() {}

  /** The shared instance; the tokeniser has no configuration and no state. */
  public static Tokenizer get() {
    return INSTANCE;
  }

  private static int bits(byte... classes) {
    int m = 0;
    for (byte c : classes) {
      m |= 1 << c;
    }
    return m;
  }

  private static boolean in(int mask, byte cls) {
    return ((mask >>> cls) & 1) != 0;
  }

  /** Tokenises {@code text} into an immutable view (convenience; allocates per token). */
  public TokenizedText tokenize(String text) {
    Objects.requireNonNull(text, "text");
    char[] chars = text.toCharArray();
    TokenBuffer buffer = new TokenBuffer(Math.max(8, chars.length / 5));
    tokenize(chars, 0, chars.length, buffer);
    return new TokenizedText(text, buffer);
  }

  /**
   * Replaces the content of {@code out} with the tokens and sentences of {@code text[start,
   * end)}. Offsets are indices into {@code text}. Allocates nothing once {@code out} has grown.
   */
  public void tokenize(char[] text, int start, int end, TokenBuffer out) {
    Objects.checkFromToIndex(start, end, text.length);
    out.clear();
    final byte[] table = CLASS;
    boolean lineBreak = false;
    // the chars that continue an Arabic word, as bits: bit k for text[runFrom + k]
    long run = 0;
    int runFrom = start - RUN_CHARS;
    int i = start;
    while (i < end) {
      byte cls = table[text[i]];
      int j;
      byte type;
      if (cls == AR_LETTER) {
        // most tokens of Arabic news: tested before the switch, whose indirect jump the branch
        // predictor follows less well. The word's end is found in the bits of the run, without
        // a branch per char, whose exit the predictor would miss at nearly every word.
        j = i + 1;
        while (true) {
          if (j - runFrom >= RUN_CHARS) {
            if (j >= end) {
              break;
            }
            runFrom = j;
            run = arabicWordBits(text, j, end);
          }
          long rest = ~run >>> (j - runFrom);
          if (rest != 0) {
            j += Long.numberOfTrailingZeros(rest);
            break;
          }
          j = runFrom + RUN_CHARS;
        }
        if (j < end && table[text[j]] == IGNORABLE) {
          j = scanWord(text, j, end, ARABIC_WORD); // format chars inside the word
        }
        type = T_ARABIC;
        if (j < end) {
          byte next = table[text[j]];
          if (next == HYPHEN || next == DOT) {
            long r = wordTail(text, i, j, end, AR_LETTER);
            j = (int) r;
            type = (byte) (r >>> 32);
          }
        }
        out.add(i, j, type, lineBreak);
        lineBreak = false;
        // a single space usually follows a word: skip it here rather than by a loop turn
        i = j < end && text[j] == ' ' ? j + 1 : j;
        continue;
      }
      switch (cls) {
        case SPACE, IGNORABLE -> {
          i++;
          continue;
        }
        case NEWLINE -> {
          lineBreak = true;
          i++;
          continue;
        }
        case LATIN_LETTER -> {
          j = scanWord(text, i + 1, end, LATIN_WORD);
          long r = wordTail(text, i, j, end, LATIN_LETTER);
          j = (int) r;
          type = (byte) (r >>> 32);
        }
        case OTHER_LETTER -> {
          j = scanWord(text, i + 1, end, OTHER_WORD);
          type = T_OTHER;
          if (j < end && table[text[j]] == HYPHEN) {
            j = joinCompounds(text, j, end, false);
          }
        }
        case DIGIT -> {
          j = scanNumber(text, i + 1, end);
          type = T_NUMBER;
        }
        case NUMBER_OTHER -> {
          j = i + 1;
          type = T_NUMBER;
        }
        case DOT -> {
          j = i + 1;
          while (j < end && text[j] == '.') {
            j++;
          }
          type = T_PUNCT;
        }
        case TATWEEL -> {
          j = i + 1;
          while (j < end && table[text[j]] == TATWEEL) {
            j++;
          }
          type = T_PUNCT;
        }
        case AR_MARK, MARK -> {
          j = skipMarks(text, i + 1, end);
          type = T_OTHER;
        }
        case SYMBOL -> {
          j = skipMarks(text, i + 1, end);
          type = T_SYMBOL;
        }
        case HIGH_SURROGATE -> {
          if (i + 1 < end && table[text[i + 1]] == LOW_SURROGATE) {
            int cp = Character.toCodePoint(text[i], text[i + 1]);
            type = supplementaryType(cp);
            j = skipMarks(text, i + 2, end);
          } else {
            j = i + 1;
            type = T_OTHER;
          }
        }
        case LOW_SURROGATE, CharClass.OTHER -> {
          j = i + 1;
          type = T_OTHER;
        }
        default -> { // PUNCT, HYPHEN, NUM_SEP, PERCENT, APOSTROPHE
          j = i + 1;
          type = T_PUNCT;
        }
      }
      out.add(i, j, type, lineBreak);
      if (type == T_PUNCT && SentenceSplitter.isTerminatorChar(text[i])) {
        out.markBoundaryCandidate();
      }
      lineBreak = false;
      i = j < end && text[j] == ' ' ? j + 1 : j;
    }
    SentenceSplitter.split(text, out);
  }

  // ---------------------------------------------------------------- words

  /**
   * Bit k set when {@code text[from + k]} ({@code k < RUN_CHARS}, {@code from + k < end}) can
   * continue an Arabic word: one pass over the chars without a data-dependent branch.
   */
  private static long arabicWordBits(char[] text, int from, int end) {
    final byte[] continues = CONTINUES_ARABIC;
    long bits = 0;
    for (int k = 0, n = Math.min(RUN_CHARS, end - from); k < n; k++) {
      bits |= (long) continues[text[from + k]] << k;
    }
    return bits;
  }

  /** End of the run of {@code mask} classes from {@code j}, crossing format chars inside it. */
  private static int scanWord(char[] text, int j, int end, int mask) {
    final byte[] table = CLASS;
    while (true) {
      while (j < end && ((mask >>> table[text[j]]) & 1) != 0) {
        j++;
      }
      if (j < end && table[text[j]] == IGNORABLE) {
        int k = j + 1;
        while (k < end && table[text[k]] == IGNORABLE) {
          k++;
        }
        if (k < end && ((mask >>> table[text[k]]) & 1) != 0) {
          j = k;
          continue;
        }
      }
      return j;
    }
  }

  private static int skipMarks(char[] text, int j, int end) {
    while (j < end && in(MARKS, CLASS[text[j]])) {
      j++;
    }
    return j;
  }

  private static long packed(byte type, int end) {
    return ((long) type << 32) | end;
  }

  /**
   * The rarer continuations of a word that starts at {@code i} and whose first run ends at
   * {@code j}: URL, e-mail, abbreviation, title initial, hyphen and apostrophe compounds.
   * Returns the token end and its type, packed.
   */
  private static long wordTail(char[] text, int i, int j, int end, byte first) {
    boolean latin = first == LATIN_LETTER;
    byte type = latin ? T_LATIN : T_ARABIC;
    if (j >= end) {
      return packed(type, j);
    }
    char next = text[j];
    if (latin && next != ' ') {
      int u = WebAddresses.matchUrl(text, i, end);
      if (u > 0) {
        return packed(T_URL, u);
      }
      u = WebAddresses.matchEmail(text, i, end);
      if (u > 0) {
        return packed(T_EMAIL, u);
      }
    }
    if (next == '.') {
      int a = matchAbbreviation(text, i, end, first);
      if (a > 0) {
        return packed(T_ABBREVIATION, a);
      }
      if (isTitleInitial(text, i, j, end, latin)) {
        return packed(T_ABBREVIATION, j + 1);
      }
      return packed(type, j);
    }
    return packed(type, joinCompounds(text, j, end, latin));
  }

  /** Extends a word over {@code -word}, {@code -123} and (Latin) {@code 'word} continuations. */
  private static int joinCompounds(char[] text, int j, int end, boolean latin) {
    final byte[] table = CLASS;
    while (j + 1 < end) {
      byte c = table[text[j]];
      byte n = table[text[j + 1]];
      if (c == HYPHEN && (in(LETTERS, n) || n == DIGIT)) {
        int mask = n == AR_LETTER ? ARABIC_WORD : n == OTHER_LETTER ? OTHER_WORD : LATIN_WORD;
        j = scanWord(text, j + 2, end, mask);
      } else if (latin && c == APOSTROPHE && n == LATIN_LETTER) {
        j = scanWord(text, j + 2, end, LATIN_WORD);
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * Groups of at most one Arabic or two Latin letters (each with its marks) joined by dots,
   * at least two groups, with the final dot if present: أ.ف.ب. د.ب.أ U.S. e.g. Ph.D.
   * Returns the end, or -1.
   */
  private static int matchAbbreviation(char[] text, int i, int end, byte letter) {
    int maxGroup = letter == LATIN_LETTER ? 2 : 1;
    int p = i;
    int groups = 0;
    while (true) {
      int letters = 0;
      while (p < end) {
        byte c = CLASS[text[p]];
        if (c == letter) {
          letters++;
        } else if (!(in(MARKS, c) && letters > 0)) {
          break;
        }
        p++;
      }
      if (letters == 0 || letters > maxGroup) {
        return -1;
      }
      if (++groups > MAX_ABBREVIATION_GROUPS) {
        return -1; // bounded look-ahead keeps "a.b.c.d…" linear
      }
      if (p < end && text[p] == '.') {
        p++;
        if (p < end && CLASS[text[p]] == letter) {
          continue;
        }
        if (p < end && in(LETTERS, CLASS[text[p]]) || p < end && CLASS[text[p]] == DIGIT) {
          return -1;
        }
      } else if (p < end && (in(LETTERS, CLASS[text[p]]) || CLASS[text[p]] == DIGIT)) {
        return -1;
      }
      return groups >= 2 ? p : -1;
    }
  }

  /**
   * A one-letter title or initial before a name on the same line: د. أ. and upper-case Latin
   * initials (J. Smith). Only these, so that a sentence ending in a one-letter word still ends.
   */
  private static boolean isTitleInitial(char[] text, int i, int j, int end, boolean latin) {
    if (j - i != 1) {
      return false;
    }
    char c = text[i];
    if (latin ? !UCharacter.isUUppercase(c) : c != 'د' && c != 'أ') {
      return false;
    }
    int k = j + 1;
    while (k < end && CLASS[text[k]] == SPACE) {
      k++;
    }
    return k > j + 1 && k < end && in(LETTERS, CLASS[text[k]]);
  }

  // ---------------------------------------------------------------- numbers and symbols

  private static int scanNumber(char[] text, int j, int end) {
    final byte[] table = CLASS;
    while (true) {
      while (j < end && table[text[j]] == DIGIT) {
        j++;
      }
      if (j + 1 < end) {
        byte c = table[text[j]];
        if ((c == NUM_SEP || c == DOT || c == HYPHEN) && table[text[j + 1]] == DIGIT) {
          j += 2;
          continue;
        }
      }
      break;
    }
    if (j < end && table[text[j]] == PERCENT) {
      j++;
    }
    return j;
  }

  private static byte supplementaryType(int cp) {
    switch (UCharacter.getType(cp)) {
      case UCharacterCategory.MATH_SYMBOL:
      case UCharacterCategory.CURRENCY_SYMBOL:
      case UCharacterCategory.MODIFIER_SYMBOL:
      case UCharacterCategory.OTHER_SYMBOL:
        return T_SYMBOL;
      case UCharacterCategory.DECIMAL_DIGIT_NUMBER:
      case UCharacterCategory.LETTER_NUMBER:
      case UCharacterCategory.OTHER_NUMBER:
        return T_NUMBER;
      default:
        return T_OTHER;
    }
  }

}
