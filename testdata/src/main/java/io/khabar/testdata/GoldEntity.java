package io.khabar.testdata;

import java.util.List;
import java.util.Objects;

/**
 * A gold entity: a stable {@code key}, a scored type (PERSON, LOCATION, ORGANIZATION or MISC),
 * a canonical Latin-script name and the aliases exactly as the mentions appear in the text
 * (without proclitics). {@code optional} entities are neither required nor penalised.
 */
public record GoldEntity(String key, String type, String canonical, List<String> aliases, boolean optional) {
  public GoldEntity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonical, "canonical");
    aliases = List.copyOf(aliases);
  }
}
