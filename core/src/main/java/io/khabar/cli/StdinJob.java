package io.khabar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * {@code extract -}: all of standard input as one plain-text UTF-8 document, without a document
 * name ({@code stdin.json} under {@code --out DIR}). Read on the worker thread, at most
 * {@code maxBytes + 1} bytes, like a file.
 */
record StdinJob(InputStream in, LocalDate published, boolean pretty, long maxBytes)
    implements Job {

  static final String STEM = "stdin";

  @Override
  public Outcome process(ExtractCommand.DocumentExtractor extractor) {
    byte[] bytes;
    try {
      bytes = FileJob.readAtMost(in, maxBytes); // not closed: it is not ours
    } catch (IOException e) {
      return failure("cannot read standard input: " + e.getMessage());
    }
    return FileJob.fromBytes(bytes, null, STEM, maxBytes, published, pretty, extractor);
  }

  @Override
  public Outcome failure(String message) {
    return Outcome.error(null, 0, STEM, message, 0);
  }
}
