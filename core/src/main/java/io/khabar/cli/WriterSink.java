package io.khabar.cli;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Standard output (or any writer): one document per line, flushed after each. A write that
 * fails (disk full, closed pipe) stops the run with the reason, when the writer kept it
 * ({@link FailureKeepingWriter}).
 */
final class WriterSink implements OutputSink {

  private final PrintWriter out;

  WriterSink(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(Outcome outcome) throws IOException {
    out.println(outcome.json());
    out.flush();
    if (out.checkError()) {
      throw new IOException("standard output: " + FailureKeepingWriter.reason(out));
    }
  }

  @Override
  public void close() throws IOException {
    out.flush();
    if (out.checkError()) {
      throw new IOException("standard output: " + FailureKeepingWriter.reason(out));
    }
  }

  @Override
  public void abandon() {
    out.flush();
  }
}
