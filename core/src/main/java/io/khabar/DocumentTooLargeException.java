package io.khabar;

/** A text longer than the extractor's configured maximum; nothing was read. */
public final class DocumentTooLargeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int length;
  private final int maxChars;

  public DocumentTooLargeException(int length, int maxChars) {
    super("text of " + length + " chars is longer than the maximum of " + maxChars
        + " (Extractor.Builder#maxChars)");
    this.length = length;
    this.maxChars = maxChars;
  }

  public int length() {
    return length;
  }

  public int maxChars() {
    return maxChars;
  }
}
