package io.khabar.cli;

import java.io.IOException;
import java.io.PrintWriter;

/** Standard output (or any writer): one document per line, flushed after each. */
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
      throw new IOException("the output was closed");
    }
  }

  @Override
  public void close() {
    out.flush();
  }
}
