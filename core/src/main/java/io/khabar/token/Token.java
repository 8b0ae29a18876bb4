package io.khabar.token;

import io.khabar.text.Span;
import java.util.Objects;

/** One token of a {@link TokenizedText}: where it is in the original text, its text and its type. */
public record Token(Span span, String text, TokenType type) {

  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
