package io.khabar;

/**
 * A text longer than the extractor's configured maximum ({@link Extractor.Builder#maxChars(int)});
 * nothing was read. Thrown before any work, so a caller can split the text or skip it.
 */
public final class DocumentTooLargeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int length;
  private final int maxChars;

  /**
   * @param length the length of the rejected text, in UTF-16 chars
   * @param maxChars the configured maximum
   */
  public DocumentTooLargeException(int length, int maxChars) {
    super("text of " + length + " chars is longer than the maximum of " + maxChars
        + " (Extractor.Builder#maxChars)");
    this.length = length;
    this.maxChars = maxChars;
  }

  /** The length of the rejected text, in UTF-16 chars. */
  public int length() {
    return length;
  }

  /** The maximum the extractor was configured with. */
  public int maxChars() {
    return maxChars;
  }
}
