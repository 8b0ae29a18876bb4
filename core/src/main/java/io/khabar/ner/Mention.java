package io.khabar.ner;

import io.khabar.text.Span;
import java.util.Objects;

/** One occurrence of an entity: its exact text and original offsets (no proclitics inside). */
public record Mention(Span span, String text) implements Comparable<Mention> {
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("mention text '" + text + "' does not fit " + span);
    }
  }

  /** The mention of {@code text} at {@code span}. */
  public static Mention of(String text, Span span) {
    return new Mention(span, span.textOf(text));
  }

  @Override
  public int compareTo(Mention o) {
    return span.compareTo(o.span);
  }
}
