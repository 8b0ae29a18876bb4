package io.khabar.ner;

import io.khabar.Extractor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the recogniser's sentence tests read off an extraction: one default extractor, loaded once
 * for all of them, the entities of a sentence, and an entity found by the text of one of its
 * mentions.
 */
final class NameTestTexts {

  static final Extractor EXTRACTOR = Extractor.createDefault();
  /** The publication date the tests' sentences are read at unless they say otherwise. */
  static final LocalDate PUBLISHED = LocalDate.of(2018, 6, 1);

  private NameTestTexts() {}

  static List<Entity> entities(String text) {
    return entities(text, PUBLISHED);
  }

  static List<Entity> entities(String text, LocalDate published) {
    return EXTRACTOR.extract(text, published).entities();
  }

  /** The entity with a mention whose text is exactly {@code text}. */
  static Optional<Entity> withMention(List<Entity> es, String text) {
    return es.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(text)))
        .findFirst();
  }

  /** Whether any mention's text contains {@code word}. */
  static boolean anyMentionContains(List<Entity> es, String word) {
    return es.stream().flatMap(e -> e.mentions().stream()).anyMatch(m -> m.text().contains(word));
  }
}
