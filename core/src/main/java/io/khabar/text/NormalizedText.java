package io.khabar.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * An original text, its matching form, and the map between them.
 *
 * <p>Searching happens in {@link #normalized()}; everything reported goes back through
 * {@link #toOriginal(int, int)} so that offsets always refer to the original input.
 */
public final class NormalizedText {

  private final String original;
  private final String normalized;
  /** source[i] is the original index of normalised char i; source[n] is original.length(). */
  private final int[] source;

  NormalizedText(String original, String normalized, int[] source) {
    this.original = original;
    this.normalized = normalized;
    this.source = source;
  }

  public String original() {
    return original;
  }

  public String normalized() {
    return normalized;
  }

  /** Original index of the normalised char at {@code normIndex} (or the text end for {@code length}). */
  public int originalIndex(int normIndex) {
    Objects.checkIndex(normIndex, source.length);
    return source[normIndex];
  }

  /**
   * The original span covered by normalised range {@code [normStart, normEnd)}. The end is
   * just past the original char that produced the last normalised char, so trailing marks
   * that the normaliser removed (harakat, tatweel, bidi marks) stay outside the span.
   */
  public Span toOriginal(int normStart, int normEnd) {
    Objects.checkFromToIndex(normStart, normEnd, normalized.length());
    int start = source[normStart];
    if (normEnd == normStart) {
      return new Span(start, start);
    }
    int last = source[normEnd - 1];
    int end = last + (Character.isHighSurrogate(original.charAt(last))
        && last + 1 < original.length()
        && Character.isLowSurrogate(original.charAt(last + 1)) ? 2 : 1);
    return new Span(start, end);
  }

  /** A copy of the normalised-to-original map, {@code normalized().length() + 1} entries. */
  public int[] sourceMap() {
    return Arrays.copyOf(source, source.length);
  }

  @Override
  public String toString() {
    return normalized;
  }
}
