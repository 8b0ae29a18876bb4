package io.khabar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * JSONL from a file or standard input, read as a stream: one job per non-blank line, never the
 * whole input in memory. A line longer than {@code maxLineBytes} becomes an error record without
 * being held.
 */
final class JsonlSource implements DocumentSource {

  private final String input;
  private final InputStream stdin;
  private final LocalDate published;
  private final boolean pretty;
  private final int maxLineBytes;

  JsonlSource(String input, InputStream stdin, LocalDate published, boolean pretty,
      int maxLineBytes) {
    this.input = input;
    this.stdin = stdin;
    this.published = published;
    this.pretty = pretty;
    this.maxLineBytes = maxLineBytes;
  }

  /** Fails early, before the extractor is loaded, when the JSONL file cannot be opened. */
  void check() throws IOException {
    if (!isStdin()) {
      Path p = Path.of(input);
      if (Files.isDirectory(p)) {
        throw new IOException(input + ": is a directory");
      }
      if (!Files.isReadable(p)) {
        throw new IOException(input + ": cannot read" + (Files.exists(p) ? "" : ": no such file"));
      }
    }
  }

  private boolean isStdin() {
    return input.equals("-");
  }

  @Override
  public void forEach(JobSink sink) throws IOException, InterruptedException {
    if (isStdin()) {
      read(stdin, sink); // not closed: it is not ours
      return;
    }
    try (InputStream in = Files.newInputStream(Path.of(input))) {
      read(in, sink);
    }
  }

  private void read(InputStream in, JobSink sink) throws IOException, InterruptedException {
    ByteLineReader lines = new ByteLineReader(in, maxLineBytes);
    while (lines.next()) {
      int n = (int) Math.min(Integer.MAX_VALUE, lines.lineNumber());
      if (lines.tooLong()) {
        sink.accept(new FailedJob(null, n, "line-" + n, "line of more than " + maxLineBytes
            + " bytes is longer than the maximum number of chars (--max-chars) allows",
            lines.rawBytes()));
      } else if (!lines.isBlank()) {
        sink.accept(new JsonlJob(n, lines.bytes(), published, pretty, lines.rawBytes()));
      }
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
    }
  }

  @Override
  public OptionalLong documents() {
    return OptionalLong.empty();
  }

  @Override
  public OptionalLong bytes() {
    if (isStdin()) {
      return OptionalLong.empty();
    }
    try {
      Path p = Path.of(input);
      return Files.isRegularFile(p) ? OptionalLong.of(Files.size(p)) : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }
}
