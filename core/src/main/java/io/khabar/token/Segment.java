package io.khabar.token;

import io.khabar.text.Span;
import java.util.Objects;

/** One piece of a segmented word: its original-text span and its role. */
public record Segment(Span span, SegmentKind kind) {

  public Segment {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
  }

  /** The covered text of the original input. */
  public String textOf(CharSequence text) {
    return span.textOf(text);
  }
}
