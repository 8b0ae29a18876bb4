package io.khabar.cli;

import io.khabar.Extraction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One UTF-8 text file as one document named {@code name}. The file is read on the worker
 * thread, at most {@code maxBytes + 1} bytes of it, so that a huge file is rejected without
 * being loaded.
 */
record FileJob(Path path, String name, LocalDate published, boolean pretty, long maxBytes)
    implements Job {

  @Override
  public Outcome process(ExtractCommand.DocumentExtractor extractor) {
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        return failure("cannot read: a directory");
      }
      bytes = readAtMost(path, maxBytes);
    } catch (NoSuchFileException e) {
      return failure("cannot read: no such file");
    } catch (AccessDeniedException e) {
      return failure("cannot read: permission denied");
    } catch (IOException e) {
      return failure("cannot read: " + e);
    }
    return fromBytes(bytes, name, stem(), maxBytes, published, pretty, extractor);
  }

  /**
   * One document from its bytes (a file's, or standard input's): too many bytes or invalid UTF-8
   * is an error record, otherwise the extraction under {@code document} (none when null).
   */
  static Outcome fromBytes(byte[] bytes, String document, String stem, long maxBytes,
      LocalDate published, boolean pretty, ExtractCommand.DocumentExtractor extractor) {
    if (bytes.length > maxBytes) {
      return Outcome.error(document, 0, stem, "more than " + maxBytes + " bytes: longer than"
          + " --max-chars allows (3 bytes of UTF-8 a char at most)", bytes.length);
    }
    String text;
    try {
      text = Utf8.decode(bytes, 0, bytes.length);
    } catch (Utf8.InvalidUtf8Exception e) {
      return Outcome.error(document, 0, stem, e.getMessage(), bytes.length);
    }
    Extraction x = extractor.extract(text, published);
    return Outcome.of(document == null ? x : x.withDocument(document), stem, pretty,
        bytes.length);
  }

  @Override
  public Outcome failure(String message) {
    return Outcome.error(name, 0, stem(), message, 0);
  }

  /** The name without its {@code .txt} extension: the output file name under {@code --out DIR}. */
  String stem() {
    return name.regionMatches(true, Math.max(0, name.length() - 4), ".txt", 0, 4)
        && name.length() > 4 ? name.substring(0, name.length() - 4) : name;
  }

  private static byte[] readAtMost(Path path, long maxBytes) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return readAtMost(in, maxBytes);
    }
  }

  /** At most {@code maxBytes + 1} bytes of {@code in}: one more than allowed says "too long". */
  static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
    int limit = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1);
    byte[] buf = new byte[Math.min(limit, 1 << 16)];
    int n = 0;
    while (n < limit) {
      if (n == buf.length) {
        buf = Arrays.copyOf(buf, (int) Math.min(limit, 2L * buf.length));
      }
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n == buf.length ? buf : Arrays.copyOf(buf, n);
  }
}
