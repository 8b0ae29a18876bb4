package io.khabar;

import com.google.common.collect.ImmutableList;
import io.khabar.event.Event;
import io.khabar.json.ExtractionJson;
import io.khabar.ner.Entity;
import io.khabar.text.Span;
import io.khabar.time.Timex;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What khabar read in one article: entities with their mentions, time expressions, typed events
 * and the sentences, all with offsets into {@link #text()}. Immutable; {@link #toJson()} writes
 * the output contract.
 *
 * <p>Ids are positional: entity {@code E1} is {@code entities().get(0)}, timex {@code T1} is
 * {@code timexes().get(0)}, event {@code V1} is {@code events().get(0)}.
 */
public final class Extraction {

  private final String text;
  private final Optional<String> document;
  private final Optional<LocalDate> published;
  private final ImmutableList<Entity> entities;
  private final ImmutableList<Timex> timexes;
  private final ImmutableList<Event> events;
  private final ImmutableList<Span> sentences;

  /**
   * Assembles an extraction; {@link Extractor#extract(String, LocalDate)} is the usual way to get
   * one. The lists are taken as they are (ids are their positions), none may be null.
   */
  public Extraction(String text, Optional<String> document, Optional<LocalDate> published,
      List<Entity> entities, List<Timex> timexes, List<Event> events, List<Span> sentences) {
    this.text = Objects.requireNonNull(text, "text");
    this.document = Objects.requireNonNull(document, "document");
    this.published = Objects.requireNonNull(published, "published");
    this.entities = ImmutableList.copyOf(Objects.requireNonNull(entities, "entities"));
    this.timexes = ImmutableList.copyOf(Objects.requireNonNull(timexes, "timexes"));
    this.events = ImmutableList.copyOf(Objects.requireNonNull(events, "events"));
    this.sentences = ImmutableList.copyOf(Objects.requireNonNull(sentences, "sentences"));
  }

  /** The empty extraction of an empty (or blank) text. */
  public static Extraction empty(String text, Optional<LocalDate> published) {
    return new Extraction(text, Optional.empty(), published, ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of());
  }

  /** The input text every offset refers to. */
  public String text() {
    return text;
  }

  /** The document name or id, when the caller gave one (the command line sets the file name). */
  public Optional<String> document() {
    return document;
  }

  /** The publication date relative expressions were resolved against, if one was given. */
  public Optional<LocalDate> published() {
    return published;
  }

  /**
   * The entities, each with all its mentions, in order of first mention; entity {@code E<n>} is
   * element {@code n - 1}.
   */
  public List<Entity> entities() {
    return entities;
  }

  /** The time expressions in text order, with their TIMEX3 values; {@code T<n>} is element {@code n - 1}. */
  public List<Timex> timexes() {
    return timexes;
  }

  /**
   * The typed events in text order; {@code V<n>} is element {@code n - 1}. Participants and places
   * name entities of {@link #entities()} by id, the date's source names a timex of
   * {@link #timexes()}.
   */
  public List<Event> events() {
    return events;
  }

  /**
   * The events the text reports as having happened or happening ({@link
   * io.khabar.event.Modality#isAsserted()}), in text order: what a user who wants facts keeps.
   * Planned, negated, exhorted, expected, feared, conditional and hypothetical events are left
   * out; {@link #events()} has them all.
   */
  public java.util.List<Event> assertedEvents() {
    return events.stream().filter(e -> e.core().modality().isAsserted()).toList();
  }

  /** The sentences the text was split into, as offsets into {@link #text()}. */
  public List<Span> sentences() {
    return sentences;
  }

  /** The same extraction under another document name. */
  public Extraction withDocument(String name) {
    return new Extraction(text, Optional.of(name), published, entities, timexes, events, sentences);
  }

  /** The entity with id {@code E<n>}. */
  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * The output contract as one line of JSON: {@code document}, {@code published}, {@code entities}
   * (with {@code mentions}), {@code timexes}, {@code events}, every offset a UTF-16 index into the
   * text, end exclusive. One line per article, so a batch can be written as JSON Lines.
   */
  public String toJson() {
    return ExtractionJson.write(this, false);
  }

  /** The output contract, indented for people. */
  public String toPrettyJson() {
    return ExtractionJson.write(this, true);
  }
}
