package io.khabar.kb;

/** Bad knowledge-base data, with the file (or stream name) and 1-based line where it was found. */
public final class KbFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  public KbFormatException(String source, int line, String message) {
    super(source + ":" + line + ": " + message);
    this.source = source;
    this.line = line;
  }

  public KbFormatException(String source, int line, String message, Throwable cause) {
    super(source + ":" + line + ": " + message, cause);
    this.source = source;
    this.line = line;
  }

  /** The file or stream name given when loading. */
  public String source() {
    return source;
  }

  /** 1-based line number, 0 when the problem is not tied to a line. */
  public int line() {
    return line;
  }
}
