package io.khabar.testdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One document with its document-level gold annotation (the format of
 * {@code ../shared/gold/README.md}): {@code name} is the gold file's stem (e.g. {@code kh-001}),
 * {@code text} the exact input text, {@code published} the date to resolve relative expressions.
 */
public record AnnotatedDocument(
    String name,
    String text,
    LocalDate published,
    List<GoldEntity> entities,
    List<GoldTimex> timexes,
    List<GoldEvent> events) {
  public AnnotatedDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
    events = List.copyOf(events);
  }
}
