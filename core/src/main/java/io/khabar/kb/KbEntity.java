package io.khabar.kb;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
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
    ImmutableList<String> aliases,
    ImmutableList<String> abbreviations,
    Optional<String> country,
    ImmutableList<Role> roles,
    Optional<String> parent,
    Optional<String> subtype,
    ImmutableList<String> demonyms) {

  public KbEntity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(wikidata, "wikidata");
    Objects.requireNonNull(aliases, "aliases");
    Objects.requireNonNull(abbreviations, "abbreviations");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(subtype, "subtype");
    Objects.requireNonNull(demonyms, "demonyms");
  }

  /** The roles active on {@code date}. */
  public ImmutableList<Role> rolesOn(LocalDate date) {
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
