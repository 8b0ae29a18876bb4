package io.khabar.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the packed form of a loaded table for {@link PackedReader}: fixed-width big-endian
 * numbers, arrays as a length and their elements, strings as UTF-16 chars. Every write has one
 * bulk read on the other side, so that loading is a few array copies rather than a parse.
 */
public final class PackedWriter {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
  private final byte[] scratch = new byte[8];

  public PackedWriter() {}

  public PackedWriter writeInt(int v) {
    ByteBuffer.wrap(scratch).putInt(0, v);
    out.write(scratch, 0, 4);
    return this;
  }

  public PackedWriter writeLong(long v) {
    ByteBuffer.wrap(scratch).putLong(0, v);
    out.write(scratch, 0, 8);
    return this;
  }

  public PackedWriter writeBoolean(boolean v) {
    return writeInt(v ? 1 : 0);
  }

  public PackedWriter writeInts(int[] a) {
    writeInt(a.length);
    ByteBuffer b = ByteBuffer.allocate(4 * a.length);
    b.asIntBuffer().put(a);
    out.write(b.array(), 0, b.capacity());
    return this;
  }

  public PackedWriter writeLongs(long[] a) {
    writeInt(a.length);
    ByteBuffer b = ByteBuffer.allocate(8 * a.length);
    b.asLongBuffer().put(a);
    out.write(b.array(), 0, b.capacity());
    return this;
  }

  public PackedWriter writeDoubles(double[] a) {
    writeInt(a.length);
    ByteBuffer b = ByteBuffer.allocate(8 * a.length);
    b.asDoubleBuffer().put(a);
    out.write(b.array(), 0, b.capacity());
    return this;
  }

  public PackedWriter writeBytes(byte[] a) {
    writeInt(a.length);
    out.write(a, 0, a.length);
    return this;
  }

  public PackedWriter writeChars(char[] a) {
    writeInt(a.length);
    ByteBuffer b = ByteBuffer.allocate(2 * a.length);
    b.asCharBuffer().put(a);
    out.write(b.array(), 0, b.capacity());
    return this;
  }

  /** A string list as one char run and the end offset of each string. */
  public PackedWriter writeStrings(List<String> strings) {
    int[] ends = new int[strings.size()];
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < ends.length; i++) {
      all.append(strings.get(i));
      ends[i] = all.length();
    }
    writeInts(ends);
    char[] chars = new char[all.length()];
    all.getChars(0, chars.length, chars, 0);
    return writeChars(chars);
  }

  /** A short ASCII tag (format name and version), checked by {@link PackedReader#expect}. */
  public PackedWriter writeTag(String tag) {
    return writeBytes(tag.getBytes(StandardCharsets.UTF_8));
  }

  public byte[] toByteArray() {
    return out.toByteArray();
  }

  public void writeTo(OutputStream target) throws IOException {
    out.writeTo(target);
  }
}
