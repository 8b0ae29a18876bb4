package io.khabar.ner;

import io.khabar.text.Span;
import java.util.Objects;

/**
 * One occurrence of an entity: its exact text and original offsets (no proclitics inside), and
 * whether it names the entity or describes it ({@link MentionKind}).
 */
public record Mention(Span span, String text, MentionKind kind) implements Comparable<Mention> {
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("mention text '" + text + "' does not fit " + span);
    }
  }

  /** The name mention of {@code text} at {@code span}. */
  public static Mention of(String text, Span span) {
    return of(text, span, MentionKind.NAME);
  }

  /** The mention of {@code text} at {@code span}, of the given kind. */
  public static Mention of(String text, Span span, MentionKind kind) {
    return new Mention(span, span.textOf(text), kind);
  }

  @Override
  public int compareTo(Mention o) {
    return span.compareTo(o.span);
  }
}
