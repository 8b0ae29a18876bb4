package io.khabar.kb;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A phrase found by {@link PhraseTrie}: tokens {@code [start, end)} of the searched
 * {@link io.khabar.text.TokenSequence}, and every value stored under the matched phrase (several
 * entities may share an alias; ranking is the caller's business).
 *
 * <p>{@code strippedChars} is the number of leading matching-form chars of token {@code start}
 * that are proclitics outside the phrase (و، ف، ب، ل، ك and their pairs): 1 for وبوتين,
 * بالسويداء or للرئيس (the ل of the elided article stays in the phrase), 2 for وبدمشق. The article
 * ال is never counted: it is part of the name's surface, whether or not the stored phrase has
 * it. So the phrase's first char in the original text is the token's char whose matching-form
 * index is {@code strippedChars}.
 */
public record PhraseMatch<V>(int start, int end, int strippedChars, List<V> values) {

  public PhraseMatch {
    values = ImmutableList.copyOf(values);
    if (start < 0 || end <= start || strippedChars < 0 || values.isEmpty()) {
      throw new IllegalArgumentException(
          "bad match [" + start + ", " + end + ") stripped=" + strippedChars);
    }
  }

  /** Number of tokens matched. */
  public int length() {
    return end - start;
  }
}
