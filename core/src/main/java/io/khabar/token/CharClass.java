package io.khabar.token;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;

/**
 * The tokeniser's class of every UTF-16 char, computed once at class load from ICU4J's
 * character properties into a 64K byte table, so the hot loop does one array read per char.
 */
final class CharClass {

  /** Whitespace (incl. NBSP, U+2000–U+200A, U+3000), the underscore and control chars other than line breaks. */
  static final byte SPACE = 0;
  /** \n \r VT FF NEL U+2028 U+2029: not a token, but ends a sentence. */
  static final byte NEWLINE = 1;
  /** Format chars (bidi and zero-width marks, ZWNJ, BOM, soft hyphen): kept inside words, skipped between. */
  static final byte IGNORABLE = 2;
  static final byte AR_LETTER = 3;
  /** Combining marks of the Arabic blocks (harakat, Quranic marks). */
  static final byte AR_MARK = 4;
  /** Combining marks of other blocks. */
  static final byte MARK = 5;
  static final byte TATWEEL = 6;
  static final byte LATIN_LETTER = 7;
  /** Letters of any other script. */
  static final byte OTHER_LETTER = 8;
  /** Decimal digits of any script (ASCII, Arabic-Indic, Persian …). */
  static final byte DIGIT = 9;
  /** Other numbers (½ ² Ⅻ): a one-char NUMBER token. */
  static final byte NUMBER_OTHER = 10;
  static final byte PUNCT = 11;
  static final byte DOT = 12;
  /** - U+2010 U+2011: join hyphenated compounds. */
  static final byte HYPHEN = 13;
  /** , : / ٫ ٬ : join digit groups. */
  static final byte NUM_SEP = 14;
  /** % ٪ ‰ : end a number. */
  static final byte PERCENT = 15;
  /** ' ’ : join Latin words (O'Brien). */
  static final byte APOSTROPHE = 16;
  static final byte SYMBOL = 17;
  static final byte HIGH_SURROGATE = 18;
  static final byte LOW_SURROGATE = 19;
  /** Unassigned, private use. */
  static final byte OTHER = 20;

  static final byte[] TABLE = new byte[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      TABLE[c] = classify(c);
    }
  }

  private CharClass() {}

  private static boolean isArabicBlock(int c) {
    return (c >= 0x0600 && c <= 0x06FF)
        || (c >= 0x0750 && c <= 0x077F)
        || (c >= 0x0870 && c <= 0x08FF)
        || (c >= 0xFB50 && c <= 0xFDFF)
        || (c >= 0xFE70 && c <= 0xFEFF);
  }

  private static byte classify(int c) {
    switch (c) {
      case '\n', '\r', 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
        return NEWLINE;
      case '_':
        // a hashtag joins its words with it (#تيريزا_ماي، #وزارة_الصحة): a space between words
        return SPACE;
      case 0x0640:
        return TATWEEL;
      case '.':
        return DOT;
      case '-', 0x2010, 0x2011:
        return HYPHEN;
      case ',', ':', '/', 0x066B, 0x066C:
        return NUM_SEP;
      case '%', 0x066A, 0x2030:
        return PERCENT;
      case '\'', 0x2019:
        return APOSTROPHE;
      default:
        break;
    }
    if (c >= 0xD800 && c <= 0xDBFF) {
      return HIGH_SURROGATE;
    }
    if (c >= 0xDC00 && c <= 0xDFFF) {
      return LOW_SURROGATE;
    }
    int type = UCharacter.getType(c);
    switch (type) {
      case UCharacterCategory.SPACE_SEPARATOR:
      case UCharacterCategory.LINE_SEPARATOR:
      case UCharacterCategory.PARAGRAPH_SEPARATOR:
      case UCharacterCategory.CONTROL:
        return SPACE;
      case UCharacterCategory.FORMAT:
        return IGNORABLE;
      case UCharacterCategory.NON_SPACING_MARK:
      case UCharacterCategory.COMBINING_SPACING_MARK:
      case UCharacterCategory.ENCLOSING_MARK:
        return isArabicBlock(c) ? AR_MARK : MARK;
      case UCharacterCategory.UPPERCASE_LETTER:
      case UCharacterCategory.LOWERCASE_LETTER:
      case UCharacterCategory.TITLECASE_LETTER:
      case UCharacterCategory.MODIFIER_LETTER:
      case UCharacterCategory.OTHER_LETTER: {
        int script = UScript.getScript(c);
        if (script == UScript.ARABIC) {
          return AR_LETTER;
        }
        if (script == UScript.LATIN) {
          return LATIN_LETTER;
        }
        return OTHER_LETTER;
      }
      case UCharacterCategory.DECIMAL_DIGIT_NUMBER:
        return DIGIT;
      case UCharacterCategory.LETTER_NUMBER:
      case UCharacterCategory.OTHER_NUMBER:
        return NUMBER_OTHER;
      case UCharacterCategory.DASH_PUNCTUATION:
      case UCharacterCategory.START_PUNCTUATION:
      case UCharacterCategory.END_PUNCTUATION:
      case UCharacterCategory.CONNECTOR_PUNCTUATION:
      case UCharacterCategory.OTHER_PUNCTUATION:
      case UCharacterCategory.INITIAL_PUNCTUATION:
      case UCharacterCategory.FINAL_PUNCTUATION:
        return PUNCT;
      case UCharacterCategory.MATH_SYMBOL:
      case UCharacterCategory.CURRENCY_SYMBOL:
      case UCharacterCategory.MODIFIER_SYMBOL:
      case UCharacterCategory.OTHER_SYMBOL:
        return SYMBOL;
      default:
        return Character.isWhitespace(c) ? SPACE : OTHER;
    }
  }
}
