package io.khabar.time;

import io.khabar.text.TokenSequence;
import java.util.Arrays;

/**
 * The tokens of one normalised sentence, as the time grammar sees them: runs of letters, runs
 * of ASCII digits (a letter/digit boundary splits, so {@code 1436ه} is {@code 1436} + {@code ه}
 * and {@code و2020} is {@code و} + {@code 2020}), and every other non-space char on its own.
 *
 * <p>Offsets are into the normalised string. Digit runs longer than 9 chars get number -1, so
 * they never look like a day or a year.
 */
final class TimeTokens implements TokenSequence {

  final int size;
  final int[] start;
  final int[] end;
  final String[] text;
  /** The value of a digit token, -1 for any other token. */
  final int[] number;
  /** Digit count of a digit token, 0 otherwise. */
  final int[] digits;
  /**
   * Whether a token lies inside a name the entity stage found (سيرغي لافروف): such a word is
   * no future verb however it is spelt. All false until {@link #withNames}.
   */
  final boolean[] inName;

  private TimeTokens(int size, int[] start, int[] end, String[] text, int[] number, int[] digits,
      boolean[] inName) {
    this.size = size;
    this.start = start;
    this.end = end;
    this.text = text;
    this.number = number;
    this.digits = digits;
    this.inName = inName;
  }

  /** The same tokens, with {@code inName} telling which lie inside a name. */
  TimeTokens withNames(boolean[] inName) {
    return new TimeTokens(size, start, end, text, number, digits, inName.clone());
  }

  static TimeTokens of(String s) {
    int cap = 16;
    int[] start = new int[cap];
    int[] end = new int[cap];
    int n = 0;
    int len = s.length();
    int i = 0;
    while (i < len) {
      char c = s.charAt(i);
      int kind = kind(c);
      if (kind == SPACE) {
        i++;
        continue;
      }
      int j = i + 1;
      if (kind != OTHER) {
        while (j < len && kind(s.charAt(j)) == kind) {
          j++;
        }
      }
      if (n == cap) {
        cap *= 2;
        start = Arrays.copyOf(start, cap);
        end = Arrays.copyOf(end, cap);
      }
      start[n] = i;
      end[n] = j;
      n++;
      i = j;
    }
    String[] text = new String[n];
    int[] number = new int[n];
    int[] digits = new int[n];
    for (int t = 0; t < n; t++) {
      text[t] = s.substring(start[t], end[t]);
      number[t] = -1;
      if (kind(s.charAt(start[t])) == DIGIT) {
        digits[t] = end[t] - start[t];
        if (digits[t] <= 9) {
          number[t] = Integer.parseInt(text[t]);
        }
      }
    }
    return new TimeTokens(n, start, end, text, number, digits, new boolean[n]);
  }

  private static final int SPACE = 0;
  private static final int LETTER = 1;
  private static final int DIGIT = 2;
  private static final int OTHER = 3;

  private static int kind(char c) {
    if (c >= '0' && c <= '9') {
      return DIGIT;
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return SPACE;
    }
    if (Character.isLetter(c)) {
      return LETTER;
    }
    return OTHER;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public CharSequence matchingForm(int i) {
    return text[i];
  }

  boolean isNumber(int i) {
    return i < size && number[i] >= 0;
  }

  boolean is(int i, String s) {
    return i < size && text[i].equals(s);
  }
}
