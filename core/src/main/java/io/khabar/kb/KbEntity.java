package io.khabar.kb;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One knowledge-base entity (one JSONL line, see {@code io/khabar/kb/README.md}).
 *
 * @param key stable lower-case ASCII slug, unique in the knowledge base
 * @param name canonical Latin name as English-language news writes it
 * @param wikidata Q-id when known for certain
 * @param aliases Arabic names as written in news
 * @param abbreviations Arabic or Latin acronyms (قسد، SDF)
 * @param country ISO 3166 alpha-2 code of the entity's country, where meaningful
 * @param roles offices held (people)
 * @param parent key of the containing place or organisation
 * @param subtype country, city, governorate, armed-group, agency …
 * @param demonyms adjectives used in titles (السوري، السورية) — countries and some organisations
 *     (الأممي for the UN)
 */
public record KbEntity(
    String key,
    EntityType type,
    String name,
    Optional<String> wikidata,
    List<String> aliases,
    List<String> abbreviations,
    Optional<String> country,
    List<Role> roles,
    Optional<String> parent,
    Optional<String> subtype,
    List<String> demonyms) {

  public KbEntity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(wikidata, "wikidata");
    aliases = ImmutableList.copyOf(aliases);
    abbreviations = ImmutableList.copyOf(abbreviations);
    Objects.requireNonNull(country, "country");
    roles = ImmutableList.copyOf(roles);
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(subtype, "subtype");
    demonyms = ImmutableList.copyOf(demonyms);
  }

  /** The roles active on {@code date}. */
  public List<Role> rolesOn(LocalDate date) {
    return roles.stream().filter(r -> r.activeOn(date)).collect(ImmutableList.toImmutableList());
  }

  /** The ISO code when this is a country entity ({@code country-xx}). */
  public Optional<String> countryCode() {
    return key.startsWith("country-") && key.length() == 10
        ? Optional.of(key.substring(8).toUpperCase(java.util.Locale.ROOT))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return key + " (" + type + ", " + name + ")";
  }
}
