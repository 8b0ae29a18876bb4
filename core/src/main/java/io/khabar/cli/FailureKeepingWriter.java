package io.khabar.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Optional;

/**
 * A {@link PrintWriter} that keeps the first {@link IOException} its writer threw. A plain
 * PrintWriter swallows it and only answers {@link #checkError()}, so "No space left on device"
 * or "Broken pipe" would be lost; the command line's standard output is one of these, and the
 * run says why it stopped.
 */
final class FailureKeepingWriter extends PrintWriter {

  private final Keeper keeper;

  FailureKeepingWriter(Writer out) {
    this(new Keeper(out));
  }

  private FailureKeepingWriter(Keeper keeper) {
    super(keeper, false);
    this.keeper = keeper;
  }

  /** The first write or flush failure, if there was one. */
  Optional<IOException> failure() {
    return Optional.ofNullable(keeper.failure);
  }

  /** The reason an output failed: the kept exception's message, else "write error". */
  static String reason(PrintWriter out) {
    if (out instanceof FailureKeepingWriter k && k.failure().isPresent()) {
      IOException e = k.failure().get();
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return "write error";
  }

  private static final class Keeper extends FilterWriter {
    private volatile IOException failure;

    Keeper(Writer out) {
      super(out);
    }

    private IOException keep(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }

    @Override
    public void write(int c) throws IOException {
      try {
        super.write(c);
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      try {
        super.write(cbuf, off, len);
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      try {
        super.write(str, off, len);
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        super.flush();
      } catch (IOException e) {
        throw keep(e);
      }
    }
  }
}
