package io.khabar.testdata;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A gold time expression: its {@code text} as it appears in the document and its accepted
 * TIMEX3 values resolved against the document's publication date (empty when unresolvable;
 * several when genuinely ambiguous). {@code type} is DATE unless the gold says otherwise
 * (DURATION, SET); {@code form} is the surface-form class used by the coverage table of our own
 * documents (e.g. MONTH_LEVANTINE, WEEKDAY_PAST), empty for the shared gold. A RANGE
 * ("بين عامي 2015 و2020") has its start as value and its end in {@code end}.
 */
public record GoldTimex(
    String text, List<String> values, String type, Optional<String> form, Optional<String> end) {
  public GoldTimex {
    Objects.requireNonNull(text, "text");
    values = List.copyOf(values);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(end, "end");
  }

  /** The first accepted value, or empty when the expression cannot be resolved. */
  public Optional<String> value() {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
