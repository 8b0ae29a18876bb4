package io.khabar.text;

import com.google.common.collect.ImmutableSet;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import java.util.Objects;
import java.util.Set;

/**
 * Produces the matching form of Arabic text while keeping, for every output char, the index
 * of the original char it came from.
 *
 * <p>The matching form:
 * <ul>
 *   <li>removes harakat and Quranic marks (every non-spacing mark of the Arabic blocks, as ICU
 *       classifies them), tatweel (ـ), and bidi and zero-width controls (U+200B–U+200F, U+061C,
 *       U+202A–U+202E, U+2060, U+2066–U+2069, U+FEFF, soft hyphen);
 *   <li>folds hamza-carrying and wasla alefs (أ إ آ ٱ) to ا, ى and Persian ی to ي, ة to ه,
 *       Persian ک to ك;
 *   <li>maps Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII, and ٫ ٬ ٪ to . , %;
 *   <li>expands presentation forms (ﻻ, ﷲ, ﺑ …) by ICU's NFKC, then folds the result again;
 *   <li>lower-cases ASCII letters, so Latin names match regardless of case.
 * </ul>
 *
 * <p>Everything else passes through unchanged, including lone surrogates and control chars, so
 * the output never has more "holes" than deletions and the map stays exact. The operation is
 * idempotent: every char it emits is a fixed point of the fold table.
 *
 * <p>All decisions are precomputed at class load into one 64K-entry table (built from ICU4J's
 * character properties and NFKC data); the hot loop is a table lookup per char and allocates
 * nothing. Instances are immutable and thread-safe.
 */
public final class ArabicNormalizer {

  /** Marker in {@link #FOLD}: drop the char. Never the identity for a char that is kept. */
  private static final char DELETE = '\u0000';
  /** Marker in {@link #FOLD}: replace the char by its entry in {@link #EXPANSION}. */
  private static final char EXPAND = '\u0001';

  private static final int PRESENTATION_START = 0xFB50;
  private static final int PRESENTATION_END = 0xFEFF; // inclusive

  private static final char[] FOLD = new char[0x10000];
  private static final char[][] EXPANSION = new char[PRESENTATION_END - PRESENTATION_START + 1][];

  static {
    for (int c = 0; c < FOLD.length; c++) {
      FOLD[c] = (char) c;
    }
    for (int c = 'A'; c <= 'Z'; c++) {
      FOLD[c] = (char) (c + ('a' - 'A'));
    }
    int[][] arabicBlocks = {{0x0600, 0x06FF}, {0x0750, 0x077F}, {0x0870, 0x08FF}};
    for (int[] block : arabicBlocks) {
      for (int c = block[0]; c <= block[1]; c++) {
        if (UCharacter.getType(c) == UCharacterCategory.NON_SPACING_MARK) {
          FOLD[c] = DELETE;
        }
      }
    }
    FOLD['\u0640'] = DELETE; // tatweel
    for (int c : new int[] {0x00AD, 0x061C, 0x2060, 0xFEFF}) {
      FOLD[c] = DELETE;
    }
    for (int c = 0x200B; c <= 0x200F; c++) {
      FOLD[c] = DELETE;
    }
    for (int c = 0x202A; c <= 0x202E; c++) {
      FOLD[c] = DELETE;
    }
    for (int c = 0x2066; c <= 0x2069; c++) {
      FOLD[c] = DELETE;
    }
    for (char c : new char[] {'\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673'}) {
      FOLD[c] = '\u0627';
    }
    FOLD['\u0649'] = '\u064A'; // alef maksura
    FOLD['\u06CC'] = '\u064A'; // Persian yeh
    FOLD['\u0629'] = '\u0647'; // teh marbuta
    FOLD['\u06A9'] = '\u0643'; // keheh
    for (int d = 0; d < 10; d++) {
      FOLD[0x0660 + d] = (char) ('0' + d);
      FOLD[0x06F0 + d] = (char) ('0' + d);
    }
    FOLD['\u066B'] = '.';
    FOLD['\u066C'] = ',';
    FOLD['\u066A'] = '%';

    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    for (int c = PRESENTATION_START; c <= PRESENTATION_END; c++) {
      if (FOLD[c] != c || Character.isSurrogate((char) c)) {
        continue; // already decided (U+FEFF)
      }
      String n = nfkc.normalize(String.valueOf((char) c));
      if (n.length() == 1 && n.charAt(0) == c) {
        continue;
      }
      StringBuilder folded = new StringBuilder(n.length());
      boolean meaningful = false;
      for (int i = 0; i < n.length(); i++) {
        char f = FOLD[n.charAt(i)];
        if (f == DELETE && n.charAt(i) != DELETE) {
          continue;
        }
        folded.append(f);
        meaningful |= f != ' ';
      }
      if (!meaningful) {
        FOLD[c] = DELETE; // isolated harakat forms (ﹰ …): a space plus a mark
      } else if (folded.length() == 1) {
        FOLD[c] = folded.charAt(0);
      } else {
        FOLD[c] = EXPAND;
        EXPANSION[c - PRESENTATION_START] = folded.toString().toCharArray();
      }
    }
  }

  private static final ArabicNormalizer INSTANCE = new ArabicNormalizer();

  private ArabicNormalizer() {}

  /** The shared instance; the normaliser has no configuration and no state. */
  public static ArabicNormalizer get() {
    return INSTANCE;
  }

  /**
   * Appends the matching form of {@code src[start, end)} to {@code out}, recording for each
   * output char its index in {@code src}. Allocates nothing unless {@code out} must grow.
   */
  public void normalize(char[] src, int start, int end, NormalizedBuffer out) {
    Objects.checkFromToIndex(start, end, src.length);
    out.ensureCapacity(end - start);
    char[] chars = out.chars;
    int[] source = out.source;
    int n = out.length;
    for (int i = start; i < end; i++) {
      char c = src[i];
      char f = FOLD[c];
      if (f == c) {
        if (n == chars.length) {
          out.length = n;
          out.ensureCapacity(1);
          chars = out.chars;
          source = out.source;
        }
        chars[n] = c;
        source[n++] = i;
      } else if (f == DELETE) {
        // dropped
      } else if (f == EXPAND) {
        out.length = n;
        for (char e : EXPANSION[c - PRESENTATION_START]) {
          out.append(e, i);
        }
        chars = out.chars;
        source = out.source;
        n = out.length;
      } else {
        if (n == chars.length) {
          out.length = n;
          out.ensureCapacity(1);
          chars = out.chars;
          source = out.source;
        }
        chars[n] = f;
        source[n++] = i;
      }
    }
    out.length = n;
  }

  /** As {@link #normalize(char[], int, int, NormalizedBuffer)}, for any char sequence. */
  public void normalize(CharSequence src, int start, int end, NormalizedBuffer out) {
    Objects.checkFromToIndex(start, end, src.length());
    out.ensureCapacity(end - start);
    for (int i = start; i < end; i++) {
      char c = src.charAt(i);
      char f = FOLD[c];
      if (f == c) {
        out.append(c, i);
      } else if (f == EXPAND) {
        for (char e : EXPANSION[c - PRESENTATION_START]) {
          out.append(e, i);
        }
      } else if (f != DELETE) {
        out.append(f, i);
      }
    }
  }

  /** The matching form of {@code text} with its map back to the original. */
  public NormalizedText normalize(String text) {
    Objects.requireNonNull(text, "text");
    NormalizedBuffer buf = new NormalizedBuffer(text.length() + 1);
    normalize(text, 0, text.length(), buf);
    int[] map = new int[buf.length + 1];
    System.arraycopy(buf.source, 0, map, 0, buf.length);
    map[buf.length] = text.length();
    return new NormalizedText(text, buf.toString(), map);
  }

  /** The matching forms of {@code words}, for sets of closed-class words written as in text. */
  public Set<String> matchingForms(String... words) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (String w : words) {
      b.add(matchingForm(w));
    }
    return b.build();
  }

  /** The matching form alone, for keys of lexicons and gazetteers. */
  public String matchingForm(CharSequence text) {
    Objects.requireNonNull(text, "text");
    NormalizedBuffer buf = new NormalizedBuffer(text.length() + 1);
    normalize(text, 0, text.length(), buf);
    return buf.toString();
  }

  /**
   * The single-char fold: the matching form of {@code c}, or {@code -1} when the normaliser drops
   * it, or {@code -2} when it expands to several chars (presentation ligatures). For code that
   * compares char by char without building a buffer.
   */
  public static int fold(char c) {
    char f = FOLD[c];
    if (f == c) {
      return c;
    }
    if (f == DELETE) {
      return -1;
    }
    if (f == EXPAND) {
      return -2;
    }
    return f;
  }

  /** True when the normaliser drops {@code c} (harakat, tatweel, bidi and zero-width marks). */
  public static boolean isIgnorable(char c) {
    return FOLD[c] == DELETE && c != DELETE;
  }
}
