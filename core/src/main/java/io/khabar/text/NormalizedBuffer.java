package io.khabar.text;

import java.util.Arrays;

/**
 * A growable matching-form buffer: normalised chars and, for each, the index of the original
 * char it came from. Reused across calls by one thread (it is not thread-safe), so the
 * normaliser's hot loop allocates nothing once the buffer has grown to the longest input.
 *
 * <p>{@code source(i)} is the original index of normalised char {@code i}; a presentation form
 * that expands (ﷲ → الله) maps all its output chars to the one original char.
 */
public final class NormalizedBuffer {

  char[] chars;
  int[] source;
  int length;

  public NormalizedBuffer() {
    this(64);
  }

  public NormalizedBuffer(int initialCapacity) {
    int cap = Math.max(4, initialCapacity);
    chars = new char[cap];
    source = new int[cap];
  }

  /** Empties the buffer, keeping its storage. */
  public NormalizedBuffer clear() {
    length = 0;
    return this;
  }

  public int length() {
    return length;
  }

  /** The backing array; valid up to {@link #length()}. Do not keep it across calls. */
  public char[] chars() {
    return chars;
  }

  public char charAt(int i) {
    if (i < 0 || i >= length) {
      throw new IndexOutOfBoundsException(i);
    }
    return chars[i];
  }

  /** Original index of normalised char {@code i}. */
  public int source(int i) {
    if (i < 0 || i >= length) {
      throw new IndexOutOfBoundsException(i);
    }
    return source[i];
  }

  /** True when the normalised content equals {@code s}. No allocation. */
  public boolean contentEquals(CharSequence s) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  void append(char c, int src) {
    if (length == chars.length) {
      int cap = chars.length + (chars.length >> 1) + 1;
      chars = Arrays.copyOf(chars, cap);
      source = Arrays.copyOf(source, cap);
    }
    chars[length] = c;
    source[length] = src;
    length++;
  }

  void ensureCapacity(int extra) {
    int need = length + extra;
    if (need > chars.length) {
      int cap = Math.max(need, chars.length + (chars.length >> 1) + 1);
      chars = Arrays.copyOf(chars, cap);
      source = Arrays.copyOf(source, cap);
    }
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
