package io.khabar.token;

import com.google.common.collect.ImmutableList;
import io.khabar.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * An immutable view of a tokenised text: the text, its tokens and its sentences.
 *
 * <p>Sentence spans run from the start of their first token to the end of their last, so they
 * never include surrounding whitespace; {@link #sentenceTokens(int)} gives their tokens.
 */
public final class TokenizedText {

  private final String text;
  private final ImmutableList<Token> tokens;
  private final ImmutableList<Span> sentences;
  /** Token index where each sentence starts, plus the token count at the end. */
  private final int[] sentenceBounds;

  TokenizedText(String text, TokenBuffer buffer) {
    this.text = text;
    int n = buffer.size();
    ImmutableList.Builder<Token> tb = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      int s = buffer.startAt(i);
      int e = buffer.endAt(i);
      tb.add(new Token(new Span(s, e), text.substring(s, e), buffer.type(i)));
    }
    this.tokens = tb.build();
    int sc = buffer.sentenceCount();
    ImmutableList.Builder<Span> sb = ImmutableList.builderWithExpectedSize(sc);
    sentenceBounds = new int[sc + 1];
    for (int s = 0; s < sc; s++) {
      int first = buffer.sentenceStart(s);
      int last = buffer.sentenceEnd(s) - 1;
      sentenceBounds[s] = first;
      sb.add(new Span(buffer.startAt(first), buffer.endAt(last)));
    }
    sentenceBounds[sc] = n;
    this.sentences = sb.build();
  }

  public String text() {
    return text;
  }

  public List<Token> tokens() {
    return tokens;
  }

  /** Sentence spans (chars of {@link #text()}), in order, each from its first to its last token. */
  public List<Span> sentences() {
    return sentences;
  }

  /** The tokens of sentence {@code s}. */
  public List<Token> sentenceTokens(int s) {
    Objects.checkIndex(s, sentences.size());
    return tokens.subList(sentenceBounds[s], sentenceBounds[s + 1]);
  }

  /** The text of sentence {@code s}. */
  public String sentenceText(int s) {
    return sentences.get(s).textOf(text);
  }

  @Override
  public String toString() {
    return "TokenizedText[" + tokens.size() + " tokens, " + sentences.size() + " sentences]";
  }
}
