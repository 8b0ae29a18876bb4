package io.khabar.ner;

/**
 * A recognised name: tokens {@code [start, end)} of the sentence given to {@link
 * ArabicNameFinder#find}, its type (PERS, LOC, ORG or MISC) and the model's probability for it
 * (mean of its tokens' tag probabilities, 0–1).
 */
public record NameSpan(int start, int end, String type, double probability) {

  public NameSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token range [" + start + ", " + end + ")");
    }
    if (type == null || type.isEmpty()) {
      throw new IllegalArgumentException("type must not be empty");
    }
  }

  public int length() {
    return end - start;
  }
}
