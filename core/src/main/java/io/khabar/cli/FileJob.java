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
    if (bytes.length > maxBytes) {
      return Outcome.error(name, 0, stem(), "file of more than " + maxBytes
          + " bytes is longer than the maximum number of chars (--max-chars)", bytes.length);
    }
    String text;
    try {
      text = Utf8.decode(bytes, 0, bytes.length);
    } catch (Utf8.InvalidUtf8Exception e) {
      return Outcome.error(name, 0, stem(), e.getMessage(), bytes.length);
    }
    Extraction x = extractor.extract(text, published).withDocument(name);
    return Outcome.of(x, stem(), pretty, bytes.length);
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
    int limit = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1);
    try (InputStream in = Files.newInputStream(path)) {
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
}
