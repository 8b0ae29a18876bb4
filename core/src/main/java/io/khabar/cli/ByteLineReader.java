package io.khabar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lines of a byte stream, split on {@code \n} (a trailing {@code \r} is dropped) before any
 * decoding, so that one line with invalid UTF-8 fails alone. A line longer than
 * {@code maxLineBytes} is skipped to its end and flagged {@link #tooLong()}; memory stays
 * bounded by that maximum. Shared by {@code extract --jsonl} and the HTTP service's batch route
 * ({@code io.khabar.serve}), whence public; not an API for library users.
 */
public final class ByteLineReader {

  private static final int KEEP = 1 << 20;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] line = new byte[1024];
  private int length;
  private boolean tooLong;
  private long rawBytes;
  private long lineNumber;

  public ByteLineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Reads the next line; false at the end of the stream. */
  public boolean next() throws IOException {
    if (line.length > KEEP) {
      line = new byte[1024];
    }
    length = 0;
    tooLong = false;
    rawBytes = 0;
    while (true) {
      if (pos == limit) {
        int n = in.read(buf);
        if (n < 0) {
          if (rawBytes == 0) {
            return false;
          }
          break;
        }
        pos = 0;
        limit = n;
      }
      int end = pos;
      while (end < limit && buf[end] != '\n') {
        end++;
      }
      append(pos, end);
      rawBytes += end - pos;
      if (end < limit) {
        rawBytes++;
        pos = end + 1;
        break;
      }
      pos = end;
    }
    lineNumber++;
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  private void append(int from, int to) {
    int n = to - from;
    if (tooLong || n == 0) {
      return;
    }
    if ((long) length + n > maxLineBytes) {
      tooLong = true;
      length = 0;
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(length + n,
          2L * line.length)));
    }
    System.arraycopy(buf, from, line, length, n);
    length += n;
  }

  /** The current line's bytes (a copy, without the line break); empty when {@link #tooLong}. */
  public byte[] bytes() {
    return Arrays.copyOf(line, length);
  }

  /** True when the current line has nothing but spaces, tabs and carriage returns. */
  public boolean isBlank() {
    if (tooLong) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  public boolean tooLong() {
    return tooLong;
  }

  /** The bytes of the current line in the stream, its line break included. */
  public long rawBytes() {
    return rawBytes;
  }

  /** 1-based number of the current line. */
  public long lineNumber() {
    return lineNumber;
  }
}
