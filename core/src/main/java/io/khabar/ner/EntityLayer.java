package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.KbEntity;
import java.util.Optional;

/**
 * The entities of a document and, for later stages, which entity each token belongs to.
 * {@code entityAt(t)} is an index into {@link #entities()}, or -1.
 */
public final class EntityLayer {

  private final ImmutableList<Entity> entities;
  private final int[] tokenEntity;
  private final ImmutableList<Optional<KbEntity>> linked;

  EntityLayer(ImmutableList<Entity> entities, int[] tokenEntity,
      ImmutableList<Optional<KbEntity>> linked) {
    this.entities = entities;
    this.tokenEntity = tokenEntity;
    this.linked = linked;
  }

  public ImmutableList<Entity> entities() {
    return entities;
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
