package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One real-world entity of a document with all its mentions.
 *
 * @param id document-local id ({@code E1}, {@code E2} …), in order of first mention
 * @param type person, location, organisation or misc
 * @param name canonical Latin name: the knowledge-base name, else a transliteration
 * @param kbId Wikidata id where known
 * @param key the knowledge-base key where linked (stable across documents)
 * @param mentions every mention, in text order
 */
public record Entity(
    String id,
    EntityType type,
    String name,
    Optional<String> kbId,
    Optional<String> key,
    List<Mention> mentions) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kbId, "kbId");
    Objects.requireNonNull(key, "key");
    mentions = ImmutableList.sortedCopyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " without mentions");
    }
  }
}
