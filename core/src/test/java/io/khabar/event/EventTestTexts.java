package io.khabar.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.khabar.Extraction;
import io.khabar.Extractor;
import io.khabar.ner.Entity;
import io.khabar.ner.Mention;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the event stage's sentence tests read off an extraction: one default extractor, loaded
 * once for all of them, the events of a type, the one attack, an event's place, and the names of
 * an event's participants or of the statements' speakers.
 */
final class EventTestTexts {

  static final Extractor EXTRACTOR = Extractor.createDefault();
  /** The publication date the tests' sentences are read at unless they say otherwise. */
  static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

  private EventTestTexts() {}

  static Extraction extract(String text) {
    return EXTRACTOR.extract(text, PUBLISHED);
  }

  static List<Event> ofType(Extraction x, EventType type) {
    return x.events().stream().filter(e -> e.type() == type).toList();
  }

  /** The names of all of {@code e}'s participants. */
  static Set<String> names(Extraction x, Event e) {
    return e.core().participants().stream()
        .map(p -> x.entity(p.entity()).map(Entity::name).orElseThrow())
        .collect(Collectors.toSet());
  }

  /** The names of every statement's speakers in {@code x}. */
  static Set<String> speakers(Extraction x) {
    return ofType(x, EventType.STATEMENT).stream().flatMap(e -> names(x, e).stream())
        .collect(Collectors.toSet());
  }

  /** The surface forms of the mentions of every statement's speakers in {@code x}. */
  static Set<String> spoken(Extraction x) {
    return ofType(x, EventType.STATEMENT).stream()
        .flatMap(e -> e.core().participants().stream())
        .flatMap(p -> x.entity(p.entity()).orElseThrow().mentions().stream())
        .map(Mention::text).collect(Collectors.toSet());
  }

  /** The one attack of {@code x}, failing with the extraction when there is not exactly one. */
  static Event onlyAttack(Extraction x) {
    List<Event> attacks = ofType(x, EventType.ATTACK);
    assertEquals(1, attacks.size(), x.toPrettyJson());
    return attacks.get(0);
  }

  /** The name of {@code e}'s place, if it has one. */
  static Optional<String> place(Extraction x, Event e) {
    return e.core().place().flatMap(x::entity).map(Entity::name);
  }

  /** The names of {@code e}'s participants in {@code role}. */
  static Set<String> names(Extraction x, Event e, ParticipantRole role) {
    return e.core().participants().stream().filter(p -> p.role() == role)
        .map(p -> x.entity(p.entity()).map(Entity::name).orElseThrow())
        .collect(Collectors.toSet());
  }
}
