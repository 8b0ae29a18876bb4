package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.khabar.kb.KbEntity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entities of a document and, for later stages, which entity each token belongs to.
 * {@code entityAt(t)} is an index into {@link #entities()}, or -1.
 */
public final class EntityLayer {

  private final ImmutableList<Entity> entities;
  private final int[] tokenEntity;
  private final int[] mentionStart;
  private final ImmutableList<Optional<KbEntity>> linked;
  /** Entity index of each country the document names, by ISO code. */
  private final ImmutableMap<String, Integer> countries;

  EntityLayer(ImmutableList<Entity> entities, int[] tokenEntity, int[] mentionStart,
      ImmutableList<Optional<KbEntity>> linked) {
    this.entities = entities;
    this.tokenEntity = tokenEntity;
    this.mentionStart = mentionStart;
    this.linked = linked;
    Map<String, Integer> byCode = new HashMap<>();
    for (int i = 0; i < linked.size(); i++) {
      int index = i;
      linked.get(i).flatMap(KbEntity::countryCode).ifPresent(c -> byCode.putIfAbsent(c, index));
    }
    this.countries = ImmutableMap.copyOf(byCode);
  }

  /** Index of the document's entity for the country with ISO code {@code code}, or null. */
  public Integer countryEntity(String code) {
    return countries.get(code);
  }

  /**
   * Where the mention covering token {@code t} starts in the text, or -1 if none starts in it:
   * after the token's start when a proclitic is attached (وبوتين → the offset of بوتين).
   */
  public int mentionStartAt(int t) {
    return mentionStart[t];
  }

  public List<Entity> entities() {
    return entities;
  }

  /** Index of the entity whose id is {@code id} (E1, E2 …), or -1. */
  public int indexOf(String id) {
    for (int i = 0; i < entities.size(); i++) {
      if (entities.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the entity covering token {@code t}, or -1. */
  public int entityAt(int t) {
    return tokenEntity[t];
  }

  /** The knowledge-base record behind entity {@code index}, if linked. */
  public Optional<KbEntity> linked(int index) {
    return linked.get(index);
  }
}
