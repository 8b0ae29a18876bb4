package io.khabar.pack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link PackedWriter} wrote. Arrays come out of one bulk copy each, and strings are
 * cut from one char array, so a table of hundreds of thousands of entries loads in a few
 * milliseconds even before the JIT has compiled anything. Not thread-safe.
 */
public final class PackedReader {

  private final ByteBuffer in;

  public PackedReader(byte[] data) {
    this.in = ByteBuffer.wrap(data);
  }

  public int readInt() {
    return in.getInt();
  }

  public long readLong() {
    return in.getLong();
  }

  public boolean readBoolean() {
    return in.getInt() != 0;
  }

  public int[] readInts() {
    int[] a = new int[in.getInt()];
    in.asIntBuffer().get(a);
    skip(4L * a.length);
    return a;
  }

  public long[] readLongs() {
    long[] a = new long[in.getInt()];
    in.asLongBuffer().get(a);
    skip(8L * a.length);
    return a;
  }

  public double[] readDoubles() {
    double[] a = new double[in.getInt()];
    in.asDoubleBuffer().get(a);
    skip(8L * a.length);
    return a;
  }

  public byte[] readBytes() {
    byte[] a = new byte[in.getInt()];
    in.get(a);
    return a;
  }

  public char[] readChars() {
    char[] a = new char[in.getInt()];
    in.asCharBuffer().get(a);
    skip(2L * a.length);
    return a;
  }

  /** The strings of {@link PackedWriter#writeStrings}. */
  public String[] readStrings() {
    int[] ends = readInts();
    char[] chars = readChars();
    String[] out = new String[ends.length];
    int start = 0;
    for (int i = 0; i < ends.length; i++) {
      out[i] = new String(chars, start, ends[i] - start);
      start = ends[i];
    }
    return out;
  }

  /** The strings of {@link PackedWriter#writeStrings}, each as a char array of its own. */
  public char[][] readCharArrays() {
    int[] ends = readInts();
    char[] chars = readChars();
    char[][] out = new char[ends.length][];
    int start = 0;
    for (int i = 0; i < ends.length; i++) {
      out[i] = java.util.Arrays.copyOfRange(chars, start, ends[i]);
      start = ends[i];
    }
    return out;
  }

  /**
   * Reads a tag and fails unless it is {@code tag}: a packed file of another format version is
   * an error, never misread.
   */
  public void expect(String tag) {
    String found = new String(readBytes(), StandardCharsets.UTF_8);
    if (!found.equals(tag)) {
      throw new IllegalStateException("packed data is " + found + ", expected " + tag);
    }
  }

  /** Whether every byte has been read. */
  public boolean atEnd() {
    return !in.hasRemaining();
  }

  private void skip(long bytes) {
    in.position(in.position() + (int) bytes);
  }
}
