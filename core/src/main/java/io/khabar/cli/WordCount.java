package io.khabar.cli;

/**
 * Words for the words/s rate: maximal runs of letters, digits and combining marks (so that a
 * word with harakat counts once). Cheap and tokenizer-independent: it is a throughput unit, not
 * a linguistic count.
 */
public final class WordCount {

  private WordCount() {}

  /** The words of {@code text}. */
  public static long of(CharSequence text) {
    long words = 0;
    boolean inWord = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      boolean wordChar = Character.isLetterOrDigit(c)
          || (inWord && Character.getType(c) == Character.NON_SPACING_MARK);
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
    }
    return words;
  }
}
