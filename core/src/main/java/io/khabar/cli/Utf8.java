package io.khabar.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: invalid input is reported with its byte offset, never replaced. */
final class Utf8 {

  /** Invalid UTF-8 at {@link #offset()}, counted in bytes from the start of the input. */
  static final class InvalidUtf8Exception extends Exception {
    private static final long serialVersionUID = 1L;
    private final long offset;

    InvalidUtf8Exception(long offset) {
      super("not valid UTF-8 (byte " + offset + ")");
      this.offset = offset;
    }

    long offset() {
      return offset;
    }
  }

  private Utf8() {}

  static String decode(byte[] bytes, int from, int to) throws InvalidUtf8Exception {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    // UTF-8 never gives more chars than bytes
    CharBuffer out = CharBuffer.allocate(to - from);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new InvalidUtf8Exception(in.position() - from);
    }
    r = decoder.flush(out);
    if (r.isError()) {
      throw new InvalidUtf8Exception(in.position() - from);
    }
    out.flip();
    return out.toString();
  }
}
