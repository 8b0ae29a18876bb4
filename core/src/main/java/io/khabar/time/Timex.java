package io.khabar.time;

import io.khabar.text.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * One time expression found in a text.
 *
 * @param span original offsets of the expression ({@code text.substring(start, end)})
 * @param text the covered original text
 * @param type TIMEX3 type
 * @param value TIMEX3 value (ISO 8601 based: {@code 2026-01-28}, {@code 2026-W05},
 *     {@code 2025-FA}, {@code P15D}, {@code 2015/2020}); empty when it cannot be resolved
 * @param future whether the expression, or the sentence it is in, points forward in time
 */
public record Timex(Span span, String text, TimexType type, Optional<String> value, boolean future) {

  public Timex {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
