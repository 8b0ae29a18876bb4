package io.khabar.testdata.conll;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One sentence of a CoNLL-style NER corpus: tokens and their BIO tags, same length. Tags are
 * normalised to {@code O}, {@code B-TYPE} or {@code I-TYPE} with TYPE one of PERS, LOC, ORG, MISC.
 */
public record TaggedSentence(ImmutableList<String> tokens, ImmutableList<String> tags) {

  public TaggedSentence {
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(
          "tokens and tags differ in length: " + tokens.size() + " vs " + tags.size());
    }
  }

  public static TaggedSentence of(List<String> tokens, List<String> tags) {
    return new TaggedSentence(ImmutableList.copyOf(tokens), ImmutableList.copyOf(tags));
  }

  public int size() {
    return tokens.size();
  }

  public String[] tokenArray() {
    return tokens.toArray(new String[0]);
  }

  public String[] tagArray() {
    return tags.toArray(new String[0]);
  }
}
