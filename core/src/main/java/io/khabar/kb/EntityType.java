package io.khabar.kb;

/** The kind of a named entity; the one entity-type enum of the library. */
public enum EntityType {
  /** A person, named or referred to by title (الرئيس السوري). */
  PERSON,
  /** A country, region, city or other place. */
  LOCATION,
  /** A state body, international organisation, armed group, party, company or news outlet. */
  ORGANIZATION,
  /** Any other named thing. */
  MISC
}
