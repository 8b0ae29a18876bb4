package io.khabar.event;

import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.ner.EntityLayer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an entity can be in an event. Persons, organisations and countries act, and so does a
 * capital standing for its government (اتفقت بغداد وواشنطن، استقبلت دمشق الوفد) wherever a place
 * cue has not already made it the place; other cities and regions are places.
 */
final class EntityKinds {

  private EntityKinds() {}

  static boolean isActor(EntityLayer layer, int entity) {
    EntityType t = layer.entities().get(entity).type();
    return t == EntityType.PERSON || t == EntityType.ORGANIZATION || isCountry(layer, entity)
        || isCapital(layer, entity);
  }

  static boolean isCapital(EntityLayer layer, int entity) {
    return layer.linked(entity).flatMap(KbEntity::subtype).filter("capital"::equals).isPresent();
  }

  static boolean isPerson(EntityLayer layer, int entity) {
    return layer.entities().get(entity).type() == EntityType.PERSON;
  }

  static boolean isPlace(EntityLayer layer, int entity) {
    return layer.entities().get(entity).type() == EntityType.LOCATION;
  }

  /** A state, present or past (the Soviet Union acts as Russia does). */
  static boolean isCountry(EntityLayer layer, int entity) {
    return layer.linked(entity).filter(k -> k.countryCode().isPresent()
        || k.subtype().filter("historical-state"::equals).isPresent()).isPresent();
  }

  /** The document's entity for the country of a place, if the document names that country. */
  static Optional<Integer> hostCountry(EntityLayer layer, int place) {
    Optional<String> code = layer.linked(place).flatMap(KbEntity::country);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(layer.countryEntity(code.get()));
  }

  static Optional<Occurrence> lastActor(EntityLayer layer, List<Occurrence> os) {
    for (int k = os.size() - 1; k >= 0; k--) {
      if (isActor(layer, os.get(k).entity())) {
        return Optional.of(os.get(k));
      }
    }
    return Optional.empty();
  }

  /** A person or body is named within {@code reach} tokens from {@code i}: the title before a name. */
  static boolean namedWithin(EntityLayer layer, int i, int to, int reach) {
    for (int k = i; k < Math.min(to, i + reach); k++) {
      int e = layer.entityAt(k);
      if (e >= 0 && isActor(layer, e)) {
        return true;
      }
    }
    return false;
  }

  /** A person is named within {@code reach} tokens from {@code i}. */
  static boolean personWithin(EntityLayer layer, int i, int to, int reach) {
    for (int k = i; k < Math.min(to, i + reach); k++) {
      int e = layer.entityAt(k);
      if (e >= 0 && isPerson(layer, e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A statement needs a person, a body or a state that speaks: a state speaks through its
   * government (أعربت المملكة عن، حضت الولايات المتحدة شركاءها), a city or region never does.
   */
  static boolean speakerIsNamed(EntityLayer layer, Set<Integer> agent) {
    return agent.stream().anyMatch(a -> {
      EntityType t = layer.entities().get(a).type();
      return t == EntityType.PERSON || t == EntityType.ORGANIZATION || isCountry(layer, a);
    });
  }
}
