package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** JSONL and batch lines come back exactly, whatever the read sizes; an over-long line is flagged. */
class ByteLineReaderProperties {

  @Property(tries = 300)
  void linesComeBackAsWrittenOrFlaggedTooLong(
      @ForAll @Size(max = 12) List<@StringLength(max = 40) String> raw,
      @ForAll @IntRange(min = 1, max = 7) int readSize,
      @ForAll @IntRange(min = 1, max = 60) int maxLineBytes,
      @ForAll boolean finalNewline) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String s : raw) {
      lines.add(s.replace("\n", "").replace("\r", ""));
    }
    String joined = String.join("\n", lines) + (finalNewline && !lines.isEmpty() ? "\n" : "");
    byte[] bytes = joined.getBytes(StandardCharsets.UTF_8);
    ByteLineReader reader = new ByteLineReader(new Trickle(bytes, readSize), maxLineBytes);
    List<String> read = new ArrayList<>();
    while (reader.next()) {
      read.add(reader.tooLong() ? "<too long>"
          : new String(reader.bytes(), StandardCharsets.UTF_8));
      assertEquals(read.size(), reader.lineNumber());
    }
    // a line ends at a newline; the end of input ends a last line that has bytes
    List<String> pieces = new ArrayList<>(Arrays.asList(joined.split("\n", -1)));
    if (pieces.get(pieces.size() - 1).isEmpty()) {
      pieces.remove(pieces.size() - 1);
    }
    List<String> expected = new ArrayList<>();
    for (String line : pieces) {
      expected.add(line.getBytes(StandardCharsets.UTF_8).length > maxLineBytes ? "<too long>"
          : line);
    }
    assertEquals(expected, read);
  }

  /** An input stream that gives at most {@code step} bytes a read, as a network does. */
  private static final class Trickle extends InputStream {
    private final ByteArrayInputStream in;
    private final int step;

    Trickle(byte[] bytes, int step) {
      this.in = new ByteArrayInputStream(bytes);
      this.step = step;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, Math.min(len, step));
    }
  }
}
